import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { InboxThread } from '@nabij/messages/contracts';
import { formatAmsterdamShortDateTime } from '@nabij/platform/portal';
import { sortByDeadline } from '../inbox.store';
import { InboxPage } from './inbox.page';

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const thread = (id: string, name: string, dueIn: number | null, unread = 0): InboxThread => ({
  id,
  caseId: 'c-' + id,
  dutyQueue: false,
  client: { id: 'k-' + id, name },
  lastMessageAt: hours(-1),
  unread,
  dueAt: dueIn === null ? null : hours(dueIn),
  secondsLeft: dueIn === null ? null : dueIn * 3600,
  overdue: dueIn !== null && dueIn < 0,
});

describe('sortByDeadline', () => {
  it('puts the most urgent first: overdue, then due soon, then answered threads', () => {
    const sorted = sortByDeadline([
      thread('a', 'Answered', null),
      thread('b', 'Later', 40),
      thread('c', 'Overdue', -3),
      thread('d', 'Soon', 5),
    ]);
    expect(sorted.map((t) => t.client.name)).toEqual(['Overdue', 'Soon', 'Later', 'Answered']);
  });
});

describe('InboxPage', () => {
  it('lists threads by deadline, says "nog 5 uur" and highlights the overdue one', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'inbox', component: InboxPage }], withComponentInputBinding()),
      ],
    });
    const harness = await RouterTestingHarness.create('/inbox');
    const dewi = thread('d', 'Dewi', 5.2, 2);
    TestBed.inject(HttpTestingController)
      .expectOne('/api/messages/inbox')
      .flush([thread('b', 'Bram', 40), dewi, thread('c', 'Cor', -3)]);
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    const rows = [...(harness.routeNativeElement as HTMLElement).querySelectorAll<HTMLElement>('.inbox-row')];
    expect(rows.map((r) => r.querySelector('.inbox-row__name')?.textContent)).toEqual(['Cor', 'Dewi', 'Bram']);
    expect(rows[0].classList).toContain('is-overdue');
    expect(rows[0].querySelector('.inbox-row__due')?.textContent).toContain('3 uur te laat');
    expect(rows[1].classList).toContain('is-soon');
    expect(rows[1].querySelector('.inbox-row__due')?.textContent).toContain('nog 5 uur');
    // The concrete deadline too, in Amsterdam time, as the client is promised it.
    const due = formatAmsterdamShortDateTime(dewi.dueAt!, 'nl-NL');
    expect(rows[1].querySelector('.inbox-row__due')?.textContent).toContain(`(uiterlijk ${due})`);
    expect(rows[1].textContent).toContain('2 ongelezen');
    expect(rows[2].classList).not.toContain('is-overdue');
    expect(rows[2].querySelector('.inbox-row__due')?.textContent).toContain('nog 40 uur');
  });
});

describe('InboxPage: closing a conversation', () => {
  it('closes the open thread with one button, then says it is closed and hides the button', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'inbox/:threadId', component: InboxPage }], withComponentInputBinding()),
      ],
    });
    const harness = await RouterTestingHarness.create('/inbox/t1');
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/messages/inbox').flush([thread('t1', 'Dewi', null)]);
    http
      .expectOne('/api/messages/inbox/t1')
      .flush({ id: 't1', caseId: null, dutyQueue: true, dueAt: null, closedAt: null, askEvaluation: false, messages: [] });
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement as HTMLElement;
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Gesprek afsluiten')!;
    expect(button.getAttribute('aria-describedby')).toBe('close-hint');
    button.click();
    const close = http.expectOne('/api/messages/inbox/t1/close');
    expect(close.request.method).toBe('POST');
    close.flush(null, { status: 204, statusText: 'No Content' });
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    expect(el.textContent).toContain('Dit gesprek is afgesloten.');
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Gesprek afsluiten')).toBe(false);
  });
});
