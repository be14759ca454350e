import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ChatClientEvent, ChatServerEvent } from '@nabij/chat/contracts';
import type { ChatQueueEntry } from '@nabij/chat/contracts';
import { CHAT_CONNECTOR } from '../chat-connection';
import { message, SESSION_ID, sessionView } from '../testing/chat-fixtures';
import { FakeChatConnection } from '../testing/fake-chat-connection';
import { ChatQueuePage } from './chat-queue.page';

const entry: ChatQueueEntry = {
  id: SESSION_ID,
  status: 'waiting',
  position: 1,
  waitingSeconds: 240,
  anonymous: true,
  clientName: null,
  email: 'anon@example.nl',
  postcode: '2312 AB',
  birthDate: '1990-04-12',
  financier: 'Leiden',
  caseId: null,
  createdAt: '2026-03-02T14:30:00.000Z',
};

describe('ChatQueuePage (duty worker)', () => {
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

  beforeEach(async () => {
    localStorage.clear();
    socket = new FakeChatConnection();
    socket.reply = () => ({ ok: true, data: { session: sessionView({ status: 'active', queue: null }), messages: [message(1, 'client', 'Hallo?')] } });
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'chat/wachtrij', component: ChatQueuePage }]), { provide: CHAT_CONNECTOR, useValue: async () => socket }],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/chat/wachtrij');
    el = harness.routeNativeElement as HTMLElement;
    await settle();
    socket.fire('connect');
  });
  afterEach(() => http.verify());

  it('shows who waits with e-mail, postcode and birth date, and reloads when the queue changes', async () => {
    http.expectOne('/api/chat/queue').flush({ waiting: [entry], mine: [], onDuty: true });
    await settle();
    const item = el.querySelector('.chat-queue-item')!;
    expect(item.textContent).toContain('anon@example.nl');
    expect(item.textContent).toContain('2312 AB');
    expect(item.textContent).toContain('1990-04-12');
    expect(item.textContent).toContain('Wacht 4 min');
    socket.fire(ChatServerEvent.QueueChanged, { organisationId: 'o' });
    http.expectOne('/api/chat/queue').flush({ waiting: [], mine: [], onDuty: true });
    await settle();
    expect(el.textContent).toContain('Er wacht niemand.');
  });

  it('picks a chat up, opens it beside the queue and ends it', async () => {
    http.expectOne('/api/chat/queue').flush({ waiting: [entry], mine: [], onDuty: true });
    await settle();
    el.querySelector<HTMLButtonElement>('.chat-queue-item button')!.click();
    http.expectOne({ method: 'POST', url: `/api/chat/sessions/${SESSION_ID}/pick-up` }).flush(sessionView({ status: 'active', queue: null }));
    await settle();
    http.expectOne(`/api/chat/sessions/${SESSION_ID}`).flush(sessionView({ status: 'active', queue: null }));
    await settle();
    http.expectOne('/api/chat/queue').flush({ waiting: [], mine: [{ ...entry, status: 'active', position: null }], onDuty: true });
    await settle();
    expect(socket.sent(ChatClientEvent.Join)).toEqual([{ sessionId: SESSION_ID, lastSeenSeq: 0 }]);
    expect(el.querySelector('.chat-panel h3')?.textContent).toContain('Chat met anon@example.nl');
    expect(el.querySelector('.chat-panel .chat-log')?.textContent).toContain('Hallo?');

    el.querySelector<HTMLButtonElement>('.chat-panel .button--danger')!.click();
    http.expectOne({ method: 'POST', url: `/api/chat/sessions/${SESSION_ID}/end` }).flush(sessionView({ status: 'ended', queue: null }));
    await settle();
    expect(el.querySelector('.chat-panel')?.textContent).toContain('De chat is gestopt');
    expect(el.querySelector('.chat-panel textarea')).toBeNull();
  });

  it('says so when a colleague was faster', async () => {
    http.expectOne('/api/chat/queue').flush({ waiting: [entry], mine: [], onDuty: true });
    await settle();
    el.querySelector<HTMLButtonElement>('.chat-queue-item button')!.click();
    http.expectOne(`/api/chat/sessions/${SESSION_ID}/pick-up`).flush({ statusCode: 409, error: 'Conflict', message: 'taken' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne('/api/chat/queue').flush({ waiting: [], mine: [], onDuty: true });
    await settle();
    expect(el.textContent).toContain('Een collega heeft deze chat al opgepakt.');
  });
});
