import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { CallEntryDetail, FinishedCall } from '@nabij/outreach/contracts';
import { CallPage } from './call.page';
import { openPage, settle } from '../testing/open-page';

const ENTRY: CallEntryDetail = {
  id: 'e1',
  listName: 'Belronde december',
  familyName: 'Familie Yilmaz',
  phone: '0612345678',
  clientId: null,
  postcode: '2312 AB',
  school: 'De Regenboog',
  status: 'to_call',
  callBackAt: null,
  attempts: 0,
  attemptsMade: [{ id: 'a1', startedAt: '2026-12-01T10:00:00.000Z', endedAt: null, outcome: null, callBackAt: null }],
  runningAttemptId: 'a1',
  questionnaire: {
    id: 'v1',
    questionnaireId: 'q1',
    number: 1,
    status: 'published',
    publishedAt: '2026-11-01T10:00:00.000Z',
    definition: {
      title: 'Korte belronde',
      sections: [
        {
          title: 'Vragen',
          questions: [
            { key: 'cijfer', type: 'scale', text: 'Welk cijfer geef je?', required: true },
            { key: 'nodig', type: 'text', text: 'Wat heb je nodig?', required: true, showIf: { question: 'cijfer', op: 'lt', value: 6 } },
            { key: 'bellen', type: 'yes_no', text: 'Mogen we je nog eens bellen?', required: true, followUp: 'call_back' },
            { key: 'wanneer', type: 'date', text: 'Wanneer?', showIf: { question: 'bellen', op: 'eq', value: true } },
          ],
        },
      ],
    },
  },
  responses: [],
  tasks: [],
};

describe('CallPage', () => {
  let http: HttpTestingController;

  async function open(entry: CallEntryDetail = ENTRY): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    const page = await openPage(CallPage, 'bellijst/:entryId', '/bellijst/e1', [['/api/outreach/entries/e1', entry]]);
    http = page.http;
    return page;
  }

  const labelled = (el: HTMLElement, text: string): HTMLInputElement => {
    const label = [...el.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
    if (!label) throw new Error(`no label ${text}`);
    return label.querySelector('input')!;
  };
  const click = (harness: RouterTestingHarness, input: HTMLInputElement) => {
    input.click();
    harness.detectChanges();
  };

  it('offers to start the call when none runs, with a phone link', async () => {
    const { harness, el } = await open({ ...ENTRY, attemptsMade: [], runningAttemptId: null });
    expect(el.querySelector('a[href="tel:0612345678"]')).not.toBeNull();
    el.querySelector<HTMLButtonElement>('button.button--large')!.click();
    http.expectOne({ method: 'POST', url: '/api/outreach/entries/e1/calls' }).flush(ENTRY.attemptsMade[0]);
    await settle(harness);
    expect(el.textContent).toContain('Hoe ging het?');
  });

  it('says there is no number for a client without one, instead of a phone link', async () => {
    const { el } = await open({ ...ENTRY, phone: null, clientId: 'c1', attemptsMade: [], runningAttemptId: null });
    expect(el.querySelector('a[href^="tel:"]')).toBeNull();
    expect(el.textContent).toContain('Geen nummer');
    expect(el.textContent).toContain('Vraag het nummer in een bericht via het dossier.');
  });

  it('shows a follow-up question only for a score below 6, and sends the answers with a call-back', async () => {
    const { harness, el } = await open();
    click(harness, labelled(el, 'Gesproken'));
    expect(el.textContent).toContain('Welk cijfer geef je?');
    expect(el.textContent).not.toContain('Wat heb je nodig?');
    click(harness, labelled(el, '7'));
    expect(el.textContent).not.toContain('Wat heb je nodig?');
    click(harness, labelled(el, '4'));
    const need = el.querySelector<HTMLTextAreaElement>('#vraag-nodig')!;
    expect(need).not.toBeNull();
    need.value = 'Hulp met de rekeningen';
    need.dispatchEvent(new Event('input'));
    click(harness, labelled(el, 'Ja'));
    const when = el.querySelector<HTMLInputElement>('#vraag-wanneer')!;
    when.value = '2026-12-15';
    when.dispatchEvent(new Event('input'));
    harness.detectChanges();
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    harness.detectChanges();
    const req = http.expectOne({ method: 'POST', url: '/api/outreach/calls/a1/finish' });
    expect(req.request.body).toEqual({
      outcome: 'reached',
      answers: { cijfer: 4, nodig: 'Hulp met de rekeningen', bellen: true, wanneer: '2026-12-15' },
    });
    const done: FinishedCall = {
      entry: { ...ENTRY, status: 'reached' },
      minutes: 13,
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
      ],
    };
    req.flush(done);
    await settle(harness);
    expect(el.textContent).toContain('Opgeslagen. 13 minuten staan bij Mijn uren om te bevestigen.');
    expect(el.textContent).toContain('Terugbellen');
  });

  it('offers "Maak een dossier" next to "Verwijs door" for a family without an account, and refers from the new case', async () => {
    const { harness, el } = await open();
    click(harness, labelled(el, 'Gesproken'));
    click(harness, labelled(el, '7'));
    click(harness, labelled(el, 'Nee'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const followUp = {
      id: 't2',
      entryId: 'e1',
      familyName: 'Familie Yilmaz',
      kind: 'follow_up' as const,
      dueOn: '2026-12-03',
      note: 'Waarmee kunnen we je helpen? Geld en schulden',
      doneAt: null,
      caseId: null,
      consent: true,
      referral: null,
      madeCaseId: null,
    };
    http.expectOne('/api/outreach/calls/a1/finish').flush({ entry: { ...ENTRY, status: 'reached' }, minutes: 9, tasks: [followUp] });
    await settle(harness);
    expect(el.textContent).toContain('Deze familie heeft geen open dossier bij jou.');
    const buttons = () => [...el.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(buttons()).toEqual(['Maak een dossier']);
    el.querySelector<HTMLButtonElement>('button')!.click();
    http.expectOne('/api/financiers').flush([{ id: 'f1', name: 'Leiden', organisation: 'Buurtwerk Leiden' }]);
    await new Promise((r) => setTimeout(r));
    await settle(harness);
    const birth = el.querySelector<HTMLInputElement>('input[type=date]')!;
    birth.value = '1979-03-08';
    birth.dispatchEvent(new Event('input'));
    const kind = el.querySelectorAll<HTMLSelectElement>('select')[1];
    kind.value = 'algemeen_mw';
    kind.dispatchEvent(new Event('change'));
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne({ method: 'POST', url: '/api/outreach/tasks/t2/case' });
    expect(req.request.body).toEqual({ name: 'Familie Yilmaz', birthDate: '1979-03-08', financierId: 'f1', kindOfWork: 'algemeen_mw' });
    req.flush({ caseId: 'case-9', clientId: 'c9', letter: null });
    await new Promise((r) => setTimeout(r));
    await settle(harness);
    expect(el.textContent).toContain('Het account en het dossier zijn gemaakt.');
    expect(el.querySelector('a[href="/caseload/case-9"]')).not.toBeNull();
    // The follow-up now has the family's case: "Verwijs door" can follow from it.
    expect(buttons()).toEqual(['Verwijs door']);
  });

  it("shows the follow-ups of an earlier call on the family's page: open ones with their steps, a case made with its link", async () => {
    const task = {
      id: 't2',
      entryId: 'e1',
      familyName: 'Familie Yilmaz',
      kind: 'follow_up' as const,
      dueOn: '2026-12-03',
      note: 'Waarmee kunnen we je helpen? Opvoeding',
      doneAt: null,
      caseId: null,
      consent: true,
      referral: null,
      madeCaseId: null,
    };
    const earlier = { ...ENTRY, status: 'reached' as const, attemptsMade: [], runningAttemptId: null };
    let { el } = await open({ ...earlier, tasks: [task, { ...task, id: 't3', doneAt: '2026-12-02T09:00:00.000Z' }] });
    expect(el.textContent).toContain('Hulp regelen uit eerdere gesprekken');
    expect(el.textContent).toContain('Waarmee kunnen we je helpen? Opvoeding');
    // The open follow-up only; one marked done without a case or referral asks for nothing more.
    expect([...el.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual(['Begin het gesprek', 'Maak een dossier']);
    TestBed.resetTestingModule();
    ({ el } = await open({
      ...earlier,
      clientId: 'c9',
      tasks: [{ ...task, doneAt: '2026-12-02T09:00:00.000Z', caseId: 'case-9', madeCaseId: 'case-9' }],
    }));
    expect(el.textContent).toContain('Het account en het dossier zijn gemaakt.');
    expect(el.querySelector('a[href="/caseload/case-9"]')).not.toBeNull();
    expect(el.querySelector('a[href="/toelating/c9/brief"]')?.textContent?.trim()).toBe('Brief met een nieuwe code');
  });

  it('drops the answer to a follow-up when the score goes up again', async () => {
    const { harness, el } = await open();
    click(harness, labelled(el, 'Gesproken'));
    click(harness, labelled(el, '3'));
    const need = el.querySelector<HTMLTextAreaElement>('#vraag-nodig')!;
    need.value = 'Rust';
    need.dispatchEvent(new Event('input'));
    click(harness, labelled(el, '8'));
    click(harness, labelled(el, 'Nee'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(http.expectOne('/api/outreach/calls/a1/finish').request.body.answers).toEqual({ cijfer: 8, bellen: false });
  });

  it('names a required question left open and sends nothing', async () => {
    const { harness, el } = await open();
    click(harness, labelled(el, 'Gesproken'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    harness.detectChanges();
    http.expectNone('/api/outreach/calls/a1/finish');
    expect(el.querySelector('#vraag-cijfer-error')?.textContent).toContain('Vul dit in.');
    expect(el.textContent).toContain('Kijk de vragen met een melding nog eens na.');
  });

  it('asks for a time when the family wants to be called back later', async () => {
    const { harness, el } = await open();
    click(harness, labelled(el, 'Terugbellen op een ander moment'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    harness.detectChanges();
    http.expectNone('/api/outreach/calls/a1/finish');
    const when = el.querySelector<HTMLInputElement>('#terugbellen')!;
    expect(when.getAttribute('aria-invalid')).toBe('true');
    when.value = '2026-12-02T10:30';
    when.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const req = http.expectOne('/api/outreach/calls/a1/finish');
    expect(req.request.body).toEqual({ outcome: 'call_back', callBackAt: new Date('2026-12-02T10:30').toISOString() });
  });
});
