import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { CallListDetail } from '@nabij/outreach/contracts';
import { CallListPage } from './call-list.page';
import { openPage, settle } from '../testing/open-page';

const LIST: CallListDetail = {
  id: 'l1',
  name: 'Belronde december',
  createdAt: '2026-12-01T09:00:00.000Z',
  questionnaireTitle: 'Belronde gezinnen',
  source: 'csv',
  sourceLabel: null,
  total: 2,
  unassigned: 2,
  counts: { to_call: 2, no_answer: 0, call_back: 0, refused: 0, reached: 0 },
  entries: [
    {
      id: 'e1',
      line: 2,
      familyName: 'Familie Yilmaz',
      postcode: null,
      school: 'De Regenboog',
      client: false,
      status: 'to_call',
      assignedWorkerId: null,
      assignedWorkerName: null,
    },
    {
      id: 'e2',
      line: 3,
      familyName: 'Familie Bakker',
      postcode: null,
      school: null,
      client: false,
      status: 'to_call',
      assignedWorkerId: null,
      assignedWorkerName: null,
    },
  ],
  workers: [
    { id: 'w1', name: 'Wendy Werker' },
    { id: 'w2', name: 'Carlos Collega' },
  ],
};

describe('CallListPage', () => {
  let http: HttpTestingController;

  async function open(): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    const page = await openPage(CallListPage, 'bellijsten/:listId', '/bellijsten/l1', [['/api/outreach/lists/l1', LIST]]);
    http = page.http;
    return page;
  }

  it('assigns the chosen families to the chosen worker and shows who calls them', async () => {
    const { harness, el } = await open();
    const boxes = el.querySelectorAll<HTMLInputElement>('tbody input[type=checkbox]');
    expect(boxes[1].closest('label')?.textContent).toContain('Kies Familie Bakker');
    boxes[1].click();
    const select = el.querySelector<HTMLSelectElement>('#verdeel-aan')!;
    select.value = 'w2';
    select.dispatchEvent(new Event('change'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const req = http.expectOne({ method: 'POST', url: '/api/outreach/lists/l1/assign' });
    expect(req.request.body).toEqual({ entryIds: ['e2'], workerId: 'w2' });
    req.flush({
      ...LIST,
      entries: [LIST.entries[0], { ...LIST.entries[1], assignedWorkerId: 'w2', assignedWorkerName: 'Carlos Collega' }],
    });
    await settle(harness);
    expect(el.querySelectorAll('tbody tr')[1].textContent).toContain('Carlos Collega');
    expect(el.textContent).toContain('De gezinnen zijn verdeeld.');
  });

  it('asks to choose families first', async () => {
    const { harness, el } = await open();
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    harness.detectChanges();
    http.expectNone('/api/outreach/lists/l1/assign');
    expect(el.textContent).toContain('Kies eerst een of meer gezinnen.');
  });
});
