import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ChatAppointmentSlotsResponse } from '@nabij/chat/contracts';
import { ChatClientEvent, ChatServerEvent } from '@nabij/chat/contracts';
import { AuthStore } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { CHAT_CONNECTOR } from '../chat-connection';
import { message, SESSION_ID, sessionView } from '../testing/chat-fixtures';
import { FakeChatConnection } from '../testing/fake-chat-connection';
import { ClientChatPage } from './client-chat.page';

const OPEN = { open: true, closesAt: '2026-03-02T16:00:00Z', nextOpensAt: null, workersOnDuty: 1 };
const CLOSED = { open: false, closesAt: null, nextOpensAt: '2026-03-02T14:00:00Z', workersOnDuty: 0 };
const CASE_ID = '9b2d7c10-1111-4222-8333-444455556666';
// Monday 2 March 2026 15:00 and 15:30, Tuesday 3 March 19:00 (Amsterdam, UTC+1).
const SLOTS: ChatAppointmentSlotsResponse = {
  caseId: CASE_ID,
  workerName: 'Wim Werker',
  slots: [
    { startsAt: '2026-03-02T14:00:00.000Z', endsAt: '2026-03-02T14:30:00.000Z' },
    { startsAt: '2026-03-02T14:30:00.000Z', endsAt: '2026-03-02T15:00:00.000Z' },
    { startsAt: '2026-03-03T18:00:00.000Z', endsAt: '2026-03-03T18:30:00.000Z' },
  ],
  upcoming: null,
};

describe('ClientChatPage (registered client)', () => {
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
    harness = await RouterTestingHarness.create('/chat');
    el = harness.routeNativeElement as HTMLElement;
  }

  beforeEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    socket = new FakeChatConnection();
    socket.reply = () => ({
      ok: true,
      data: { session: sessionView({ status: 'active', queue: null, anonymous: false }), messages: [message(1, 'worker', 'Hoi!')] },
    });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'chat', component: ClientChatPage, data: { mode: 'client' } },
            { path: '**', children: [] },
          ],
          withComponentInputBinding(),
        ),
        { provide: CHAT_CONNECTOR, useValue: async () => socket },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const login = firstValueFrom(TestBed.inject(AuthStore).login({ email: 'client@example.nl', password: 'x' }));
    http.expectOne('/api/auth/login').flush({
      accessToken: 'access',
      expiresIn: 900,
      user: { id: 'u1', email: 'client@example.nl', name: 'Cliënt', role: 'client', organisation: null, financier: null, team: null },
    });
    await login;
  });
  afterEach(() => http.verify());

  /** Chat is open: the client starts a chat and the socket joins it. */
  async function startChat(): Promise<void> {
    await open();
    http.expectOne('/api/chat/status').flush(OPEN);
    http.expectOne('/api/chat/sessions').flush([]);
    await settle();
    el.querySelector<HTMLButtonElement>('.chat-step button')!.click();
    http.expectOne({ method: 'POST', url: '/api/chat/sessions' }).flush(sessionView({ anonymous: false, caseId: CASE_ID }));
    await settle();
    socket.fire('connect');
    await settle();
  }

  async function closedPage(offer: ChatAppointmentSlotsResponse = SLOTS): Promise<void> {
    await open();
    http.expectOne('/api/chat/status').flush(CLOSED);
    http.expectOne('/api/chat/sessions').flush([]);
    await settle();
    http.expectOne('/api/chat/appointment-slots').flush(offer);
    await settle();
  }

  it('outside hours offers a message and a chat appointment, with the free slots grouped by day', async () => {
    await closedPage();
    expect(el.textContent).toContain('De chat is nu dicht');
    expect(el.querySelector('a[href="/berichten"]')).not.toBeNull();
    expect(el.querySelector('.back-link a[href="/home"]')?.textContent).toBe('Terug naar je overzicht');
    const form = el.querySelector('.chat-appointment')!;
    expect(form.querySelector('h3')?.textContent).toContain('Maak een chatafspraak');
    expect(form.textContent).toContain('Wim Werker');
    const legends = [...form.querySelectorAll('legend')].map((l) => l.textContent?.trim());
    expect(legends).toEqual(['maandag 2 maart', 'dinsdag 3 maart']);
    expect([...form.querySelectorAll('label.chat-choice')].map((l) => l.textContent?.trim())).toEqual(['15:00', '15:30', '19:00']);
  });

  it('asks to choose a time, books the chosen slot and confirms it with weekday, date and time', async () => {
    await closedPage();
    el.querySelector<HTMLButtonElement>('.chat-appointment button[type=submit]')!.click();
    await settle();
    expect(el.textContent).toContain('Kies eerst een tijd.');
    el.querySelectorAll<HTMLInputElement>('input[name=chat-slot]')[2].click();
    el.querySelector<HTMLButtonElement>('.chat-appointment button[type=submit]')!.click();
    const book = http.expectOne({ method: 'POST', url: '/api/chat/appointments' });
    expect(book.request.body).toEqual({ startsAt: '2026-03-03T18:00:00.000Z' });
    book.flush({ id: 'a1', caseId: CASE_ID, startsAt: '2026-03-03T18:00:00.000Z', durationMinutes: 30 });
    await settle();
    expect(el.querySelector('.chat-appointment [role=status]')?.textContent).toContain('Je chatafspraak is op dinsdag 3 maart 19:00.');
    expect(el.querySelector('input[name=chat-slot]')).toBeNull();
  });

  it('when a slot was just taken, says so and shows the fresh slots', async () => {
    await closedPage();
    el.querySelectorAll<HTMLInputElement>('input[name=chat-slot]')[0].click();
    el.querySelector<HTMLButtonElement>('.chat-appointment button[type=submit]')!.click();
    http.expectOne('/api/chat/appointments').flush({ statusCode: 409, message: 'taken' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne('/api/chat/appointment-slots').flush({ ...SLOTS, slots: SLOTS.slots.slice(1) });
    await settle();
    expect(el.textContent).toContain('Die tijd is net door iemand anders gekozen.');
    expect(el.querySelectorAll('input[name=chat-slot]')).toHaveLength(2);
  });

  it('shows an existing booking instead of the slots, and nothing when there is no case to book on', async () => {
    await closedPage({ ...SLOTS, upcoming: { id: 'a1', caseId: CASE_ID, startsAt: '2026-03-02T14:30:00.000Z', durationMinutes: 30 } });
    expect(el.textContent).toContain('Je chatafspraak is op maandag 2 maart 15:30.');
    expect(el.querySelector('input[name=chat-slot]')).toBeNull();
  });

  it('hides the appointment part for a client without an open case', async () => {
    await open();
    http.expectOne('/api/chat/status').flush(CLOSED);
    http.expectOne('/api/chat/sessions').flush([]);
    await settle();
    http.expectOne('/api/chat/appointment-slots').flush({ statusCode: 404, message: 'no case' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(el.querySelector('.chat-appointment')).toBeNull();
    expect(el.querySelector('a[href="/berichten"]')).not.toBeNull();
  });

  it('starts a chat, and stops it only after "Weet je het zeker?"', async () => {
    await startChat();
    expect(socket.sent(ChatClientEvent.Join)).toEqual([expect.objectContaining({ sessionId: SESSION_ID })]);
    expect(el.textContent).toContain('Hoi!');

    el.querySelector<HTMLButtonElement>('.chat-stop')!.click();
    await settle();
    expect(el.textContent).toContain('Weet je zeker dat je de chat wilt stoppen?');
    el.querySelector<HTMLButtonElement>('.chat-stop-no')!.click();
    await settle();
    expect(el.querySelector('.chat-stop-yes')).toBeNull();
    http.expectNone(`/api/chat/sessions/${SESSION_ID}/end`);

    el.querySelector<HTMLButtonElement>('.chat-stop')!.click();
    await settle();
    el.querySelector<HTMLButtonElement>('.chat-stop-yes')!.click();
    http
      .expectOne({ method: 'POST', url: `/api/chat/sessions/${SESSION_ID}/end` })
      .flush(sessionView({ status: 'ended', queue: null, anonymous: false }));
    await settle();
    expect(el.textContent).toContain('De chat is gestopt');
    expect(el.textContent).toContain('Drie korte vragen');
  });

  it('shows "Deelnemen" to the video call as soon as the worker chooses "Verder met video", and keeps the chat', async () => {
    await startChat();
    expect(el.querySelector('.chat-video-join')).toBeNull();

    const appointmentId = '0c4e6a20-aaaa-4bbb-8ccc-ddddeeeeffff';
    socket.fire(
      ChatServerEvent.Session,
      sessionView({ status: 'active', queue: null, anonymous: false, caseId: CASE_ID, videoAppointmentId: appointmentId }),
    );
    await settle();
    const join = el.querySelector<HTMLAnchorElement>('.chat-video-join a')!;
    expect(join.textContent?.trim()).toBe('Deelnemen');
    expect(join.getAttribute('href')).toBe(`/video/${appointmentId}`);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Je hulpverlener wil verder met video.');
    // The chat itself goes on beside it.
    expect(el.textContent).toContain('Hoi!');
    expect(el.querySelector('.chat-stop')).not.toBeNull();
  });
});
