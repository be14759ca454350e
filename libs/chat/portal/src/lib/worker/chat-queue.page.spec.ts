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
  nickname: null,
  visitorNumber: 3,
  connected: true,
  goneSince: null,
  topic: null,
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
    socket.reply = () => ({
      ok: true,
      data: { session: sessionView({ status: 'active', queue: null }), messages: [message(1, 'client', 'Hallo?')] },
    });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'chat/wachtrij', component: ChatQueuePage }]),
        { provide: CHAT_CONNECTOR, useValue: async () => socket },
      ],
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

  it('tells visitors apart, shows who is still connected and the question they typed while waiting', async () => {
    const gone: ChatQueueEntry = {
      ...entry,
      id: 'a2b3c4d5-1111-4222-8333-444455556666',
      position: 2,
      visitorNumber: null,
      nickname: 'Zonnebloem',
      connected: false,
      goneSince: '2026-03-02T14:41:00.000Z',
      topic: 'Ik krijg steeds aanmaningen van de energie.',
    };
    http.expectOne('/api/chat/queue').flush({ waiting: [entry, gone], mine: [], onDuty: true, graceSeconds: 75 });
    await settle();
    const [first, second] = Array.from(el.querySelectorAll('.chat-queue-item'));
    expect(first.querySelector('.chat-queue-who')?.textContent).toContain('1. Anoniem 3');
    expect(first.querySelector('.chat-presence')?.textContent).toContain('Is er nog');
    expect(first.querySelector('.chat-queue-topic')).toBeNull();
    expect(second.querySelector('.chat-queue-who')?.textContent).toContain('2. Zonnebloem (anoniem)');
    // Said in words, not only by the dot's colour.
    expect(second.querySelector('.chat-presence')?.textContent).toContain('Weg sinds 15:41. Gaat uit de rij na 75 seconden.');
    expect(second.querySelector('.chat-queue-topic')?.textContent).toContain('Vraag: Ik krijg steeds aanmaningen van de energie.');
    expect(second.querySelector('button')?.textContent).toContain('Oppakken: Zonnebloem (anoniem)');
  });

  it('picks a chat up, opens it beside the queue and ends it', async () => {
    http.expectOne('/api/chat/queue').flush({ waiting: [entry], mine: [], onDuty: true });
    await settle();
    el.querySelector<HTMLButtonElement>('.chat-queue-item button')!.click();
    http
      .expectOne({ method: 'POST', url: `/api/chat/sessions/${SESSION_ID}/pick-up` })
      .flush(sessionView({ status: 'active', queue: null }));
    await settle();
    http.expectOne(`/api/chat/sessions/${SESSION_ID}`).flush(sessionView({ status: 'active', queue: null }));
    await settle();
    http.expectOne('/api/chat/queue').flush({ waiting: [], mine: [{ ...entry, status: 'active', position: null }], onDuty: true });
    await settle();
    expect(socket.sent(ChatClientEvent.Join)).toEqual([{ sessionId: SESSION_ID, lastSeenSeq: 0 }]);
    expect(el.querySelector('.chat-panel h3')?.textContent).toContain('Chat met Anoniem 3');
    expect(el.querySelector('.chat-panel .chat-log')?.textContent).toContain('Hallo?');

    el.querySelector<HTMLButtonElement>('.chat-panel .button--danger')!.click();
    http
      .expectOne({ method: 'POST', url: `/api/chat/sessions/${SESSION_ID}/end` })
      .flush(sessionView({ status: 'ended', queue: null, durationSeconds: 754 }));
    await settle();
    expect(el.querySelector('.chat-panel')?.textContent).toContain('De chat is gestopt');
    // The ended chat says how long it lasted, as its time entry will (whole minutes, rounded up).
    expect(el.querySelector('[data-testid=chat-duration]')?.textContent).toContain(
      'Duur: 13 min. De tijd staat in Mijn uren om te bevestigen.',
    );
    expect(el.querySelector('.chat-panel textarea')).toBeNull();
  });

  it('says so when a colleague was faster', async () => {
    http.expectOne('/api/chat/queue').flush({ waiting: [entry], mine: [], onDuty: true });
    await settle();
    el.querySelector<HTMLButtonElement>('.chat-queue-item button')!.click();
    http
      .expectOne(`/api/chat/sessions/${SESSION_ID}/pick-up`)
      .flush({ statusCode: 409, error: 'Conflict', message: 'taken' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne('/api/chat/queue').flush({ waiting: [], mine: [], onDuty: true });
    await settle();
    expect(el.textContent).toContain('Een collega heeft deze chat al opgepakt.');
  });

  it('links an anonymous chat to one of the worker’s open cases, found by client name', async () => {
    http.expectOne('/api/chat/queue').flush({ waiting: [], mine: [{ ...entry, status: 'active', position: null }], onDuty: true });
    await settle();
    http.expectOne(`/api/chat/sessions/${SESSION_ID}`).flush(sessionView({ status: 'active', queue: null }));
    await settle();
    const panel = () => el.querySelector('.chat-panel')!;
    panel().querySelector<HTMLButtonElement>('.chat-convert-open')!.click();
    await settle();
    const caseOf = (id: string, name: string) => ({
      id,
      client: { id: `c-${id}`, name },
      financier: { id: 'f', name: 'Leiden' },
      kindOfWork: 'algemeen_mw',
      problemAreas: [],
      usesOnlineDossier: true,
      openedOn: '2026-02-01',
      closedOn: null,
      closeReason: null,
      assignedWorker: null,
    });
    http.expectOne('/api/dossier/cases').flush([caseOf('case-1', 'Fatima Bakker'), caseOf('case-2', 'Jan de Vries')]);
    await settle();
    expect(panel().querySelectorAll('.chat-convert-list li')).toHaveLength(2);
    const search = panel().querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'vries';
    search.dispatchEvent(new Event('input'));
    await settle();
    const rows = panel().querySelectorAll('.chat-convert-list li');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Jan de Vries');
    search.value = 'niemand';
    search.dispatchEvent(new Event('input'));
    await settle();
    expect(panel().textContent).toContain('Geen cliënt met die naam in je caseload.');
    search.value = 'jan';
    search.dispatchEvent(new Event('input'));
    await settle();
    panel().querySelector<HTMLButtonElement>('.chat-convert-list button')!.click();
    const convert = http.expectOne({ method: 'POST', url: `/api/chat/sessions/${SESSION_ID}/convert` });
    expect(convert.request.body).toEqual({ caseId: 'case-2' });
    convert.flush(sessionView({ status: 'active', queue: null, anonymous: false, caseId: 'case-2' }));
    await settle();
    expect(panel().querySelector('[role=status]')?.textContent).toContain('Gekoppeld aan het dossier van Jan de Vries');
    expect(panel().querySelector('.chat-convert-open')).toBeNull();
  });

  it('offers no linking for a registered client’s chat, and says so when linking is refused', async () => {
    const registered = {
      ...entry,
      id: 'b1c2d3e4-1111-4222-8333-444455556666',
      status: 'active' as const,
      position: null,
      anonymous: false,
      clientName: 'Fatima Bakker',
      caseId: 'case-1',
    };
    socket.reply = (_event, payload: { sessionId: string }) => {
      const anonymous = payload.sessionId === SESSION_ID;
      return {
        ok: true,
        data: {
          session: sessionView({ id: payload.sessionId, status: 'active', queue: null, anonymous, caseId: anonymous ? null : 'case-1' }),
          messages: [],
        },
      };
    };
    http
      .expectOne('/api/chat/queue')
      .flush({ waiting: [], mine: [{ ...entry, status: 'active', position: null }, registered], onDuty: true });
    await settle();
    http.expectOne(`/api/chat/sessions/${SESSION_ID}`).flush(sessionView({ status: 'active', queue: null }));
    await settle();
    http
      .expectOne(`/api/chat/sessions/${registered.id}`)
      .flush(sessionView({ id: registered.id, status: 'active', queue: null, anonymous: false, caseId: 'case-1' }));
    await settle();
    const panels = el.querySelectorAll('.chat-panel');
    expect(panels).toHaveLength(2);
    expect(panels[1].querySelector('.chat-convert-open')).toBeNull();
    panels[0].querySelector<HTMLButtonElement>('.chat-convert-open')!.click();
    await settle();
    http.expectOne('/api/dossier/cases').flush([
      {
        id: 'case-1',
        client: { id: 'c1', name: 'Fatima Bakker' },
        financier: { id: 'f', name: 'Leiden' },
        kindOfWork: 'algemeen_mw',
        problemAreas: [],
        usesOnlineDossier: true,
        openedOn: '2026-02-01',
        closedOn: null,
        closeReason: null,
        assignedWorker: null,
      },
    ]);
    await settle();
    panels[0].querySelector<HTMLButtonElement>('.chat-convert-list button')!.click();
    http
      .expectOne(`/api/chat/sessions/${SESSION_ID}/convert`)
      .flush({ statusCode: 409, message: 'running' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(panels[0].textContent).toContain('de cliënt heeft nog een andere chat open');
  });
});
