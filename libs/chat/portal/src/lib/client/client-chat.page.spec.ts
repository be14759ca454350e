import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ChatClientEvent, ChatServerEvent } from '@nabij/chat/contracts';
import { CHAT_CONNECTOR } from '../chat-connection';
import { CHAT_TOKEN_KEY } from '../client-chat.store';
import { message, SESSION_ID, sessionView } from '../testing/chat-fixtures';
import { FakeChatConnection } from '../testing/fake-chat-connection';
import { ClientChatPage } from './client-chat.page';

const OPEN = { open: true, closesAt: '2026-03-02T16:00:00Z', nextOpensAt: null, workersOnDuty: 1 };

describe('ClientChatPage (anonymous)', () => {
  let http: HttpTestingController;
  let socket: FakeChatConnection;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }

  async function open(): Promise<void> {
    harness = await RouterTestingHarness.create('/chat/anoniem');
    el = harness.routeNativeElement as HTMLElement;
  }

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    socket = new FakeChatConnection();
    socket.reply = (event, payload: { body?: string }) =>
      event === ChatClientEvent.Join
        ? {
            ok: true,
            data: {
              session: sessionView({ status: 'active', queue: null }),
              messages: [message(1, 'worker', 'Hoi, waar kan ik je mee helpen?')],
            },
          }
        : { ok: true, data: message(2, 'client', payload.body ?? '') };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'chat/anoniem', component: ClientChatPage, data: { mode: 'anonymous' } },
            { path: '**', children: [] },
          ],
          withComponentInputBinding(),
        ),
        { provide: CHAT_CONNECTOR, useValue: async () => socket },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('outside hours says when chat opens and offers a message via login instead', async () => {
    await open();
    http.expectOne('/api/chat/status').flush({ open: false, closesAt: null, nextOpensAt: '2026-03-02T14:00:00Z', workersOnDuty: 0 });
    await settle();
    expect(el.textContent).toContain('De chat is nu dicht');
    // An anonymous visitor has no overview to go back to.
    expect(el.querySelector('.back-link')).toBeNull();
    expect(el.textContent).toMatch(/De chat opent .* om 15:00/);
    // The messages' one answer rule (48 hours), with the concrete deadline as everywhere else.
    expect(el.textContent).toMatch(
      /binnen 48 uur antwoord: uiterlijk (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} \w+ \d{2}:\d{2}\./,
    );
    expect(el.querySelector('a[href="/login"]')?.textContent).toContain('Log in om een bericht te sturen');
  });

  it('checks the postcode, starts with the optional details, keeps the token for this tab and waits in the queue', async () => {
    await open();
    http.expectOne('/api/chat/status').flush(OPEN);
    await settle();
    const postcode = el.querySelector<HTMLInputElement>('#chat-postcode')!;
    postcode.value = '2312ab';
    postcode.dispatchEvent(new Event('input'));
    postcode.form!.requestSubmit();
    http.expectOne('/api/postcode-check').flush({
      served: true,
      postcode: '2312 AB',
      checkId: 'c1',
      expiresAt: '2030-01-01T00:00:00Z',
      financier: 'Leiden',
      financierId: 'f',
      organisation: 'MW',
      organisationSlug: 'mw',
    });
    await settle();
    http.expectOne('/api/chat/status?organisation=mw').flush(OPEN);
    await settle();
    const email = el.querySelector<HTMLInputElement>('#chat-email')!;
    email.value = 'anon@example.nl';
    email.dispatchEvent(new Event('input'));
    email.form!.requestSubmit();
    const start = http.expectOne({ method: 'POST', url: '/api/chat/anonymous' });
    expect(start.request.body).toEqual({ checkId: 'c1', email: 'anon@example.nl', birthDate: undefined });
    start.flush({ session: sessionView(), chatToken: 'chat_secret' });
    await settle();
    expect(sessionStorage.getItem(CHAT_TOKEN_KEY)).toBe('chat_secret');
    expect(el.textContent).toContain('Je bent nummer 2 in de rij.');
    expect(el.textContent).toContain('Je wacht ongeveer 30 minuten.');
    socket.fire(ChatServerEvent.Queue, { sessionId: SESSION_ID, position: 1, estimatedWaitSeconds: 60 });
    await settle();
    expect(el.textContent).toContain('Je bent nummer 1 in de rij.');
  });

  it("starts the chat when the visitor presses start while the organisation's hours are still loading", async () => {
    await passPostcodeCheck();
    // The form is there; the hours of that organisation have not come back yet.
    const hours = http.expectOne('/api/chat/status?organisation=mw');
    el.querySelector<HTMLInputElement>('#chat-nickname')!.form!.requestSubmit();
    const start = http.expectOne({ method: 'POST', url: '/api/chat/anonymous' });
    expect(start.request.body).toEqual({ checkId: 'c1' });
    start.flush({ session: sessionView(), chatToken: 'chat_secret' });
    hours.flush(OPEN);
    await settle();
    expect(el.querySelector('#waiting-title')?.textContent).toContain('Je staat in de wachtrij');
  });

  it("where more organisations use Nabij, asks the postcode first and then follows that organisation's hours", async () => {
    await open();
    http.expectOne('/api/chat/status').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Say which organisation',
        fields: { organisation: ['organisation is required'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el.textContent).not.toContain('De chat is nu dicht');
    const postcode = el.querySelector<HTMLInputElement>('#chat-postcode')!;
    postcode.value = '8011 AB';
    postcode.dispatchEvent(new Event('input'));
    postcode.form!.requestSubmit();
    http.expectOne('/api/postcode-check').flush({
      served: true,
      postcode: '8011 AB',
      checkId: 'c2',
      expiresAt: '2030-01-01T00:00:00Z',
      financier: 'Zwolle',
      financierId: 'f2',
      organisation: 'Welzijn IJsseldelta',
      organisationSlug: 'welzijn-ijsseldelta',
    });
    await settle();
    http
      .expectOne('/api/chat/status?organisation=welzijn-ijsseldelta')
      .flush({ open: false, closesAt: null, nextOpensAt: '2026-03-02T14:00:00Z', workersOnDuty: 0 });
    await settle();
    expect(el.textContent).toContain('De chat is nu dicht');
    expect(el.querySelector('#chat-email')).toBeNull();
  });

  it('resumes the chat after a reload with the stored token, shows messages as text, and sends on Enter', async () => {
    sessionStorage.setItem(CHAT_TOKEN_KEY, 'chat_secret');
    await open();
    http.expectOne('/api/chat/status').flush(OPEN);
    const resume = http.expectOne('/api/chat/anonymous/session');
    expect(resume.request.headers.get('x-chat-token')).toBe('chat_secret');
    resume.flush(sessionView({ status: 'active', queue: null }));
    await settle();
    socket.fire('connect');
    await settle();
    expect(el.querySelector('.chat-log')?.getAttribute('aria-live')).toBe('polite');
    expect(el.textContent).toContain('Hoi, waar kan ik je mee helpen?');

    socket.fire(ChatServerEvent.Message, message(2, 'worker', '<img src=x onerror=alert(1)>'));
    await settle();
    expect(el.querySelector('.chat-log img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');

    socket.reply = (_event, payload: { body?: string }) => ({ ok: true, data: message(3, 'client', payload.body ?? '') });
    const box = el.querySelector<HTMLTextAreaElement>('textarea')!;
    box.value = 'Ik heb een vraag';
    box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await settle();
    expect(socket.sent(ChatClientEvent.Send)).toEqual([expect.objectContaining({ sessionId: SESSION_ID, body: 'Ik heb een vraag' })]);
    expect(el.textContent).toContain('Ik heb een vraag');
    expect(box.value).toBe('');
  });

  it('after the worker ends the chat, asks the three questions and sends the answers with the token', async () => {
    sessionStorage.setItem(CHAT_TOKEN_KEY, 'chat_secret');
    await open();
    http.expectOne('/api/chat/status').flush(OPEN);
    http.expectOne('/api/chat/anonymous/session').flush(sessionView({ status: 'active', queue: null }));
    await settle();
    socket.fire('connect');
    await settle();
    socket.fire(ChatServerEvent.Session, sessionView({ status: 'ended', queue: null }));
    await settle();
    expect(el.textContent).toContain('De chat is gestopt');
    el.querySelector<HTMLButtonElement>('.card button[type=submit]')!.click();
    await settle();
    expect(el.textContent).toContain('Beantwoord alle drie de vragen.');
    const pick = (name: string, index: number) => el.querySelectorAll<HTMLInputElement>(`input[name=${name}]`)[index].click();
    pick('helpful', 3);
    pick('understood', 4);
    pick('again', 0);
    el.querySelector<HTMLButtonElement>('.card button[type=submit]')!.click();
    const answers = http.expectOne('/api/chat/anonymous/evaluation');
    expect(answers.request.body).toEqual({ helpful: 4, understood: 5, again: true });
    expect(answers.request.headers.get('x-chat-token')).toBe('chat_secret');
    answers.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el.textContent).toContain('Bedankt voor je antwoorden!');
  });

  /** Chat open, the postcode check served for organisation `mw`; that organisation's hours are asked next. */
  async function passPostcodeCheck(): Promise<void> {
    await open();
    http.expectOne('/api/chat/status').flush(OPEN);
    await settle();
    const postcode = el.querySelector<HTMLInputElement>('#chat-postcode')!;
    postcode.value = '2312 AB';
    postcode.dispatchEvent(new Event('input'));
    postcode.form!.requestSubmit();
    http.expectOne('/api/postcode-check').flush({
      served: true,
      postcode: '2312 AB',
      checkId: 'c1',
      expiresAt: '2030-01-01T00:00:00Z',
      financier: 'Leiden',
      financierId: 'f',
      organisation: 'MW',
      organisationSlug: 'mw',
    });
    await settle();
  }

  /** Postcode, then the start form with a nickname: the visitor waits in the queue. */
  async function startWaiting(): Promise<void> {
    await passPostcodeCheck();
    http.expectOne('/api/chat/status?organisation=mw').flush(OPEN);
    await settle();
    const nickname = el.querySelector<HTMLInputElement>('#chat-nickname')!;
    nickname.value = 'Zonnebloem';
    nickname.dispatchEvent(new Event('input'));
    nickname.form!.requestSubmit();
    const start = http.expectOne({ method: 'POST', url: '/api/chat/anonymous' });
    expect(start.request.body).toEqual({ checkId: 'c1', nickname: 'Zonnebloem' });
    start.flush({ session: sessionView(), chatToken: 'chat_secret' });
    await settle();
  }

  it('lets the visitor type their question while waiting, saved with the token for the worker to see', async () => {
    await startWaiting();
    expect(el.textContent).toContain('Ben je meer dan een minuut weg? Dan verlies je je plek in de rij.');
    const question = el.querySelector<HTMLTextAreaElement>('#chat-topic')!;
    expect(el.querySelector('label[for=chat-topic]')?.textContent).toContain('Waar gaat je vraag over?');
    question.value = 'Ik heb schulden.';
    question.dispatchEvent(new Event('input'));
    question.form!.requestSubmit();
    const put = http.expectOne({ method: 'PUT', url: '/api/chat/anonymous/topic' });
    expect(put.request.body).toEqual({ topic: 'Ik heb schulden.' });
    expect(put.request.headers.get('x-chat-token')).toBe('chat_secret');
    put.flush(sessionView({ topic: 'Ik heb schulden.' }));
    await settle();
    expect(el.querySelector('.chat-topic [role=status]')?.textContent).toContain('Je vraag is bewaard.');
  });

  it('tells a visitor taken out of the queue so plainly, and queues them again with the same details and question', async () => {
    await startWaiting();
    const question = el.querySelector<HTMLTextAreaElement>('#chat-topic')!;
    question.value = 'Ik heb schulden.';
    question.dispatchEvent(new Event('input'));
    question.form!.requestSubmit();
    http.expectOne('/api/chat/anonymous/topic').flush(sessionView({ topic: 'Ik heb schulden.' }));
    await settle();

    socket.fire(
      ChatServerEvent.Session,
      sessionView({ status: 'ended', queue: null, endedReason: 'left_queue', topic: 'Ik heb schulden.' }),
    );
    await settle();
    expect(el.querySelector('h2')?.textContent).toContain('Je staat niet meer in de rij');
    expect(el.textContent).toContain('Je was te lang weg van deze pagina.');
    // No questions about a chat that never happened.
    expect(el.textContent).not.toContain('Drie korte vragen');

    el.querySelector<HTMLButtonElement>('.chat-rejoin')!.click();
    await settle();
    const again = http.expectOne({ method: 'POST', url: '/api/chat/anonymous' });
    expect(again.request.body).toEqual({ checkId: 'c1', nickname: 'Zonnebloem' });
    again.flush({
      session: sessionView({ id: 'a2b3c4d5-1111-4222-8333-444455556666', queue: { position: 3, estimatedWaitSeconds: 2400 } }),
      chatToken: 'chat_new',
    });
    await settle();
    const topic = http.expectOne({ method: 'PUT', url: '/api/chat/anonymous/topic' });
    expect(topic.request.body).toEqual({ topic: 'Ik heb schulden.' });
    expect(topic.request.headers.get('x-chat-token')).toBe('chat_new');
    topic.flush(
      sessionView({
        id: 'a2b3c4d5-1111-4222-8333-444455556666',
        queue: { position: 3, estimatedWaitSeconds: 2400 },
        topic: 'Ik heb schulden.',
      }),
    );
    await settle();
    expect(el.textContent).toContain('Je bent nummer 3 in de rij.');
    expect(sessionStorage.getItem(CHAT_TOKEN_KEY)).toBe('chat_new');
  });
});
