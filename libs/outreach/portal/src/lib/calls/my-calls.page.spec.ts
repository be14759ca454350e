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
      phone: '0611111111',
      clientId: null,
      postcode: null,
      school: null,
      status: 'to_call',
      callBackAt: null,
      attempts: 0,
    },
  ],
  tasks: [{ id: 't1', entryId: 'e1', familyName: 'Familie Yilmaz', kind: 'call_back', dueOn: '2026-12-15', note: null, doneAt: null }],
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
    expect(families).toEqual(['Familie Bakker', 'Familie de Vries', 'Terugbellen: Familie Yilmaz']);
    expect(el.querySelector('a[href="/bellijst/e2"]')?.getAttribute('aria-label')).toBe('Open Familie Bakker');
    expect(el.textContent).toContain('Terugbellen op dinsdag 1 december 14:00');
    expect(el.textContent).toContain('Uiterlijk 15 december 2026');
  });

  it('closes a task and takes it off the list', async () => {
    const { harness, el } = await open();
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Klaar')!.click();
    http.expectOne({ method: 'POST', url: '/api/outreach/tasks/t1/done' }).flush(null);
    await settle(harness);
    expect(el.textContent).toContain('De taak is klaar.');
    expect(el.textContent).toContain('Je hebt geen open taken.');
  });
});
