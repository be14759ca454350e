import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { MyCalls } from '@nabij/outreach/contracts';
import { MyCallsPage } from './my-calls.page';
import { openPage, settle } from '../testing/open-page';

const CALLS: MyCalls = {
  toCall: [
    {
      id: 'e2',
      listName: 'Belronde',
      familyName: 'Familie Bakker',
      phone: '0687654321',
      clientId: null,
      postcode: null,
      school: null,
      status: 'call_back',
      callBackAt: '2026-12-01T13:00:00.000Z',
      attempts: 1,
    },
    {
      id: 'e3',
      listName: 'Belronde',
      familyName: 'Familie de Vries',
      phone: null,
      clientId: 'c3',
      postcode: null,
      school: null,
      status: 'to_call',
      callBackAt: null,
      attempts: 0,
    },
  ],
  tasks: [
    {
      id: 't1',
      entryId: 'e1',
      familyName: 'Familie Yilmaz',
      kind: 'call_back',
      dueOn: '2026-12-15',
      note: null,
      doneAt: null,
      caseId: null,
      consent: false,
      referral: null,
      madeCaseId: null,
    },
    {
      id: 't2',
      entryId: 'e3',
      familyName: 'Sanne de Vries',
      kind: 'follow_up',
      dueOn: '2026-12-03',
      note: 'Waar wil je hulp bij? Geld en schulden',
      doneAt: null,
      caseId: 'case-9',
      consent: false,
      referral: null,
      madeCaseId: null,
    },
  ],
};

describe('MyCallsPage', () => {
  let http: HttpTestingController;

  async function open(): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    const page = await openPage(MyCallsPage, 'bellijst', '/bellijst', [['/api/outreach/calls', CALLS]]);
    http = page.http;
    return page;
  }

  it('lists the families to call in the order given, with the call-back time, and the open tasks', async () => {
    const { el } = await open();
    const families = [...el.querySelectorAll('section.family h3')].map((h) => h.textContent?.trim());
    expect(families).toEqual(['Familie Bakker', 'Familie de Vries', 'Terugbellen: Familie Yilmaz', 'Hulp regelen: Sanne de Vries']);
    expect(el.querySelector('a[href="/bellijst/e2"]')?.getAttribute('aria-label')).toBe('Open Familie Bakker');
    expect(el.textContent).toContain('Terugbellen op dinsdag 1 december 14:00');
    expect(el.textContent).toContain('Uiterlijk 15 december 2026');
  });

  it('gives the number to call, or says there is none and how to ask for it', async () => {
    const { el } = await open();
    const [bakker, deVries] = [...el.querySelectorAll('section.family')];
    expect(bakker.querySelector('a[href="tel:0687654321"]')?.textContent?.trim()).toBe('Bel 0687654321');
    expect(deVries.querySelector('a[href^="tel:"]')).toBeNull();
    expect(deVries.textContent).toContain('Geen nummer');
    expect(deVries.textContent).toContain('Vraag het nummer in een bericht via het dossier.');
  });

  it("links a client's follow-up to their case, where the help is arranged", async () => {
    const { el } = await open();
    const links = [...el.querySelectorAll<HTMLAnchorElement>('a')].filter((a) => a.textContent?.trim() === 'Regel de hulp in het dossier');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/caseload/case-9']);
  });

  it('closes a task and takes it off the list', async () => {
    const { harness, el } = await open();
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Klaar')!.click();
    http.expectOne({ method: 'POST', url: '/api/outreach/tasks/t1/done' }).flush(null);
    await settle(harness);
    expect(el.textContent).toContain('De taak is klaar.');
    expect(el.textContent).not.toContain('Terugbellen: Familie Yilmaz');
    expect(el.textContent).toContain('Hulp regelen: Sanne de Vries');
  });
});
