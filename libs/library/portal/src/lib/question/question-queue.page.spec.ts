import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { QueuedQuestion } from '@nabij/library/contracts';
import { QuestionQueuePage } from './question-queue.page';

const OPEN: QueuedQuestion = {
  id: 'q1',
  nickname: 'Zonnebloem',
  question: 'Ik heb een brief van de deurwaarder.',
  askedAt: '2026-11-28T09:00:00.000Z',
  dueAt: '2026-11-30T09:00:00.000Z',
  overdue: true,
  answer: null,
  answeredAt: null,
  invitedAt: null,
};
const ANSWERED: QueuedQuestion = {
  ...OPEN,
  id: 'q2',
  nickname: 'Merel',
  question: 'Mijn huur is te hoog.',
  overdue: false,
  answer: 'Kijk of je huurtoeslag krijgt.',
  answeredAt: '2026-11-29T09:00:00.000Z',
};

describe('QuestionQueuePage', () => {
  let http: HttpTestingController;

  async function open(list: QueuedQuestion[]): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'anonieme-vragen', component: QuestionQueuePage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/anonieme-vragen');
    http.expectOne('/api/library/questions').flush(list);
    harness.detectChanges();
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  function type(el: HTMLElement, value: string): void {
    const box = el.querySelector<HTMLTextAreaElement>('#antwoord-q1')!;
    box.value = value;
    box.dispatchEvent(new Event('input'));
  }

  async function send(harness: RouterTestingHarness, el: HTMLElement): Promise<void> {
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    harness.detectChanges();
  }

  it('shows open questions with their deadline (late ones marked) before the answered ones', async () => {
    const { el } = await open([OPEN, ANSWERED]);
    const sections = [...el.querySelectorAll('section.thread-item')];
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).toEqual([
      expect.stringContaining('Van Zonnebloem'),
      expect.stringContaining('Van Merel'),
    ]);
    expect(sections[0].textContent).toContain('Te laat: de 48 uur zijn voorbij');
    expect(sections[0].querySelector('textarea')).not.toBeNull();
    expect(sections[1].querySelector('textarea')).toBeNull();
    expect(sections[1].textContent).toContain('Kijk of je huurtoeslag krijgt.');
  });

  it('asks for an answer before sending, and sends nothing empty', async () => {
    const { harness, el } = await open([OPEN]);
    type(el, '   ');
    await send(harness, el);
    expect(el.querySelector('#antwoord-q1')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/library/questions/q1/answer');
  });

  it('sends the answer and moves the question to the answered ones', async () => {
    const { harness, el } = await open([OPEN]);
    type(el, 'Bel de deurwaarder en vraag om een regeling.');
    await send(harness, el);
    const req = http.expectOne('/api/library/questions/q1/answer');
    expect(req.request.body).toEqual({ answer: 'Bel de deurwaarder en vraag om een regeling.' });
    req.flush({ ...OPEN, answer: 'Bel de deurwaarder en vraag om een regeling.', answeredAt: '2026-12-01T09:00:00.000Z', overdue: false });
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.querySelector('textarea')).toBeNull();
    expect(el.textContent).toContain('Je antwoord is verstuurd.');
    expect(el.textContent).toContain('Er zijn geen vragen.');
  });

  it('says a colleague answered first (409)', async () => {
    const { harness, el } = await open([OPEN]);
    type(el, 'Mijn antwoord.');
    await send(harness, el);
    http
      .expectOne('/api/library/questions/q1/answer')
      .flush({ statusCode: 409, error: 'Conflict', message: 'x', code: 'question_answered' }, { status: 409, statusText: 'Conflict' });
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.querySelector('#antwoord-q1-error')?.textContent).toContain('Een collega heeft deze vraag al beantwoord.');
  });

  it('invites the asker to register with a labelled button, then says when', async () => {
    const { harness, el } = await open([OPEN]);
    el.querySelector<HTMLButtonElement>('button[aria-label="Zonnebloem uitnodigen om zich aan te melden"]')!.click();
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/library/questions/q1/invite');
    req.flush({ ...OPEN, invitedAt: '2026-11-30T10:00:00.000Z' });
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.querySelector('button[aria-label="Zonnebloem uitnodigen om zich aan te melden"]')).toBeNull();
    expect(el.textContent).toContain('Uitgenodigd om zich aan te melden op');
  });
});
