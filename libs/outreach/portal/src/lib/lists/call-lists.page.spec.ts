import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { CallListSummary } from '@nabij/outreach/contracts';
import { CallListsPage } from './call-lists.page';
import { openPage, settle } from '../testing/open-page';

const LIST: CallListSummary = {
  id: 'l1',
  name: 'Belronde december',
  createdAt: '2026-12-01T09:00:00.000Z',
  questionnaireTitle: 'Belronde gezinnen',
  source: 'csv',
  sourceLabel: null,
  total: 30,
  unassigned: 4,
  counts: { to_call: 10, no_answer: 3, call_back: 2, refused: 1, reached: 14 },
};

describe('CallListsPage', () => {
  let http: HttpTestingController;

  async function open(): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    const page = await openPage(CallListsPage, 'bellijsten', '/bellijsten', [
      ['/api/outreach/lists', [LIST]],
      [
        '/api/outreach/questionnaires',
        [
          { id: 'q0', title: 'Concept', currentVersionId: null, versions: [] },
          { id: 'q1', title: 'Belronde gezinnen', currentVersionId: 'v1', versions: [] },
        ],
      ],
      [
        '/api/outreach/lists/sources',
        {
          teams: [{ id: 't1', name: 'Team Leiden Noord', families: 12 }],
          financiers: [{ id: 'f1', name: 'Leiden', families: 20 }],
          schools: [{ name: 'De Regenboog', families: 8 }],
        },
      ],
    ]);
    http = page.http;
    return page;
  }

  async function submit(harness: RouterTestingHarness, el: HTMLElement, csv: string): Promise<void> {
    const name = el.querySelector<HTMLInputElement>('#lijst-naam')!;
    name.value = 'Scholen Leiden';
    name.dispatchEvent(new Event('input'));
    const file = el.querySelector<HTMLInputElement>('#lijst-bestand')!;
    Object.defineProperty(file, 'files', { value: [new File([csv], 'gezinnen.csv', { type: 'text/csv' })] });
    // The page reads the file with FileReader: wait for that read (a fixed pause was too short on a busy machine).
    const original = FileReader.prototype.readAsText;
    const read = new Promise<void>((resolve) => {
      FileReader.prototype.readAsText = function (this: FileReader, blob: Blob, encoding?: string) {
        FileReader.prototype.readAsText = original;
        // loadend comes after the page's onload; the timer lets the page store the text first.
        this.addEventListener('loadend', () => setTimeout(resolve));
        original.call(this, blob, encoding);
      };
    });
    file.dispatchEvent(new Event('change'));
    await read;
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    harness.detectChanges();
  }

  it('shows each list with counts only, and offers only questionnaires that have a published version', async () => {
    const { el } = await open();
    expect(el.textContent).toContain('30 gezinnen · 14 gesproken · 15 nog bellen · 4 niet verdeeld');
    expect([...el.querySelectorAll('#lijst-vragenlijst option')].map((o) => o.textContent?.trim())).toEqual(['Belronde gezinnen']);
  });

  it('sends the file and lists every bad line when the API refuses it', async () => {
    const { harness, el } = await open();
    await submit(harness, el, 'naam;telefoon\nJansen;12\n');
    const req = http.expectOne({ method: 'POST', url: '/api/outreach/lists' });
    expect(req.request.body).toEqual({ name: 'Scholen Leiden', questionnaireId: 'q1', csv: 'naam;telefoon\nJansen;12\n' });
    req.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'x',
        details: { lines: [{ line: 2, field: 'telefoon', problem: 'Dit is geen Nederlands telefoonnummer.' }] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness);
    const alert = el.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('Er is niets ingelezen.');
    expect(alert.textContent).toContain('Regel 2, telefoon: Dit is geen Nederlands telefoonnummer.');
  });

  it('asks for a name and a file before sending anything', async () => {
    const { harness, el } = await open();
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    harness.detectChanges();
    http.expectNone('/api/outreach/lists');
    expect(el.textContent).toContain('Geef de lijst een naam.');
    expect(el.textContent).toContain('Kies een bestand.');
  });

  it('makes a list of the clients of a team, chosen with their number of families', async () => {
    const { harness, el } = await open();
    const name = el.querySelector<HTMLInputElement>('#lijst-naam')!;
    name.value = 'Team Noord december';
    name.dispatchEvent(new Event('input'));
    const team = [...el.querySelectorAll<HTMLInputElement>('input[name=lijst-bron]')].find((r) => r.value === 'team')!;
    team.click();
    harness.detectChanges();
    expect(el.querySelector('#lijst-bestand')).toBeNull();
    const select = el.querySelector<HTMLSelectElement>('#lijst-groep')!;
    expect(el.querySelector('label[for=lijst-groep]')?.textContent?.trim()).toBe('Team');
    expect([...select.options].map((o) => o.textContent?.trim())).toEqual(['Kies…', 'Team Leiden Noord (12 gezinnen)']);
    // Nothing chosen yet: nothing is sent.
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    harness.detectChanges();
    http.expectNone('/api/outreach/lists');
    expect(el.textContent).toContain('Maak een keuze.');
    select.value = 't1';
    select.dispatchEvent(new Event('change'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const req = http.expectOne({ method: 'POST', url: '/api/outreach/lists' });
    expect(req.request.body).toEqual({ name: 'Team Noord december', questionnaireId: 'q1', teamId: 't1' });
    req.flush({ ...LIST, id: 'l2', name: 'Team Noord december', source: 'team', sourceLabel: 'Team Leiden Noord', total: 12 });
    await settle(harness);
    expect(el.textContent).toContain('De bellijst is gemaakt met 12 gezinnen.');
    expect(el.textContent).toContain('team Team Leiden Noord');
  });
});
