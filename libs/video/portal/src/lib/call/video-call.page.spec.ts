import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { VideoClientEvent, VideoRoomState, VideoRoomView, VideoServerEvent } from '@nabij/video/contracts';
import { FakeVideoConnection, installFakeWebRtc } from '../testing/fake-video-connection';
import { VIDEO_CONNECTOR } from './video-connection';
import { VideoCallPage } from './video-call.page';

const ID = '5f0c7a52-2d51-4f5e-9c59-0d5a3b0f8d11';

/** The room once the worker admitted the client. */
const BOTH_IN_CALL: VideoRoomState = {
  appointmentId: ID,
  participants: [
    { role: 'worker', name: 'Youssef Amrani', presence: 'in_call' },
    { role: 'client', name: 'Sanne de Vries', presence: 'in_call' },
  ],
  you: 'in_call',
  startedAt: '2026-03-02T13:55:00.000Z',
};

function roomView(you: 'client' | 'worker', extra: Partial<VideoRoomView> = {}): VideoRoomView {
  return {
    appointmentId: ID,
    caseId: 'c0c0c0c0-2d51-4f5e-9c59-0d5a3b0f8d11',
    startsAt: '2026-03-02T14:00:00.000Z',
    durationMinutes: 45,
    opensAt: '2026-03-02T13:50:00.000Z',
    closesAt: '2026-03-02T15:15:00.000Z',
    open: true,
    status: 'planned',
    you,
    otherName: you === 'client' ? 'Youssef Amrani' : 'Sanne de Vries',
    clientJoined: false,
    ...extra,
  };
}

describe('VideoCallPage', () => {
  let http: HttpTestingController;
  let socket: FakeVideoConnection;
  let harness: RouterTestingHarness;
  let el: HTMLElement;
  let media: ReturnType<typeof installFakeWebRtc>;
  let connectedAs: string[];

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }

  function button(name: string): HTMLButtonElement {
    const found = [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`no button ${name} in: ${el.textContent}`);
    return found;
  }

  async function open(view: VideoRoomView): Promise<void> {
    http.expectOne(`/api/video/rooms/${ID}`).flush(view);
    await settle();
  }

  /** Camera on, then join: the ICE servers come from the API, the room state from the socket. */
  async function join(state: VideoRoomState): Promise<void> {
    button('Camera en microfoon aanzetten').click();
    await settle();
    socket.reply = (event) => (event === VideoClientEvent.Join ? { ok: true, data: state } : { ok: true, data: null });
    button('Deelnemen aan het gesprek').click();
    await settle();
    http.expectOne(`/api/video/ice-servers?appointmentId=${ID}`).flush({ iceServers: [], expiresAt: null });
    await settle();
    // The worker's invite panel asks for the call's guest links.
    for (const request of http.match(`/api/video/rooms/${ID}/guests`)) request.flush([]);
    await settle();
  }

  beforeEach(async () => {
    localStorage.clear();
    media = installFakeWebRtc();
    socket = new FakeVideoConnection();
    connectedAs = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'video/:appointmentId', component: VideoCallPage },
            { path: 'video-gast', component: VideoCallPage },
          ],
          withComponentInputBinding(),
        ),
        {
          provide: VIDEO_CONNECTOR,
          useValue: async (guestToken?: string) => {
            if (guestToken) connectedAs.push(guestToken);
            return socket;
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(`/video/${ID}`);
    el = harness.routeNativeElement as HTMLElement;
    await settle();
  });
  afterEach(() => http.verify());

  it('explains in plain words, per browser, how to allow the camera when permission is refused', async () => {
    await open(roomView('client'));
    media.getUserMedia.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    button('Camera en microfoon aanzetten').click();
    await settle();
    const help = el.querySelector('[role=alert]')!;
    expect(help.textContent).toContain('Je browser geeft de camera of microfoon niet');
    expect(help.textContent).toContain('Chrome of Edge');
    expect(help.textContent).toContain('Safari');
    expect(help.textContent).toContain('Firefox');
    expect(button('Opnieuw proberen')).toBeTruthy();
  });

  it('says when the room opens, and keeps the join button off until then', async () => {
    await open(roomView('client', { open: false }));
    expect(el.textContent).toContain('Je kunt om 14:50 naar binnen.');
    button('Camera en microfoon aanzetten').click();
    await settle();
    expect(button('Deelnemen aan het gesprek').disabled).toBe(true);
  });

  it('puts the client in the waiting room, then in the call when admitted, and shows the other side’s mute', async () => {
    await open(roomView('client'));
    await join({
      appointmentId: ID,
      participants: [{ role: 'client', name: 'Sanne de Vries', presence: 'waiting' }],
      you: 'waiting',
      startedAt: null,
    });
    expect(el.querySelector('h3')?.textContent).toContain('Je zit in de wachtkamer');
    socket.fire(VideoServerEvent.Room, BOTH_IN_CALL);
    await settle();
    expect(el.textContent).toContain('Verbinding: Verbinding maken…');
    expect(button('Gesprek verlaten')).toBeTruthy();
    socket.fire(VideoServerEvent.Media, { appointmentId: ID, audio: false, video: true });
    await settle();
    expect(el.textContent).toContain('Youssef Amrani heeft de microfoon uit.');
  });

  it('shows the worker who waits, admits them, and offers the connection once they are in', async () => {
    await open(roomView('worker'));
    await join({
      appointmentId: ID,
      participants: [
        { role: 'worker', name: 'Youssef Amrani', presence: 'in_call' },
        { role: 'client', name: 'Sanne de Vries', presence: 'waiting' },
      ],
      you: 'in_call',
      startedAt: null,
    });
    expect(el.textContent).toContain('Sanne de Vries zit in de wachtkamer.');
    button('Laat Sanne de Vries binnen').click();
    await settle();
    expect(socket.sent(VideoClientEvent.Admit)).toEqual([{ appointmentId: ID }]);
    socket.fire(VideoServerEvent.Room, BOTH_IN_CALL);
    await settle();
    expect(socket.sent(VideoClientEvent.Signal)).toEqual([{ appointmentId: ID, to: 'client', description: { type: 'offer', sdp: 'v=0' } }]);
  });

  it('rebuilds a failed connection from the worker’s side with a new offer, without leaving the room', async () => {
    await open(roomView('worker'));
    await join(BOTH_IN_CALL);
    expect(socket.sent(VideoClientEvent.Signal)).toHaveLength(1);
    const peer = media.peers.at(-1)!;
    peer.connectionState = 'failed';
    peer.onconnectionstatechange?.();
    await settle();
    expect(el.textContent).toContain('Verbinding: Verbinding maken…');
    expect(socket.sent(VideoClientEvent.Signal)).toHaveLength(2);
    expect(media.peers.length).toBe(2);
    expect(socket.sent(VideoClientEvent.HangUp)).toEqual([]);
  });

  it('restarts ICE on the same connection when a settled link fails (a network change), without a new link', async () => {
    await open(roomView('worker'));
    await join(BOTH_IN_CALL);
    socket.fire(VideoServerEvent.Signal, { appointmentId: ID, from: 'client', description: { type: 'answer', sdp: 'v=0' } });
    await settle();
    const peer = media.peers.at(-1)!;
    peer.connectionState = 'failed';
    peer.onconnectionstatechange?.();
    await settle();
    expect(media.peers.length).toBe(1);
    expect(peer.iceRestarts).toBe(1);
    expect(socket.sent(VideoClientEvent.Signal).at(-1)).toEqual({
      appointmentId: ID,
      to: 'client',
      description: { type: 'offer', sdp: 'v=0' },
      iceRestart: true,
    });
  });

  it('answers an ICE restart on the running connection, and a new offer on a new one', async () => {
    await open(roomView('client'));
    await join(BOTH_IN_CALL);
    const offer = { appointmentId: ID, from: 'worker', description: { type: 'offer', sdp: 'v=0' } };
    socket.fire(VideoServerEvent.Signal, offer);
    await settle();
    expect(media.peers.length).toBe(1);
    socket.fire(VideoServerEvent.Signal, { ...offer, iceRestart: true });
    await settle();
    expect(media.peers.length).toBe(1);
    socket.fire(VideoServerEvent.Signal, offer);
    await settle();
    expect(media.peers.length).toBe(2);
    expect(
      socket.sent(VideoClientEvent.Signal).filter((s) => (s as { description?: { type: string } }).description?.type === 'answer'),
    ).toHaveLength(3);
  });

  it('switches between the front and back camera of a phone on the running link', async () => {
    media = installFakeWebRtc(['front', 'back']);
    await open(roomView('worker'));
    await join(BOTH_IN_CALL);
    button('Andere camera').click();
    await settle();
    expect(media.peers.at(-1)!.replaced).toEqual([{ kind: 'video', deviceId: 'back' }]);
    button('Andere camera').click();
    await settle();
    expect(media.peers.at(-1)!.replaced.at(-1)).toEqual({ kind: 'video', deviceId: 'front' });
  });

  it('offers no camera switch with one camera', async () => {
    await open(roomView('client'));
    await join(BOTH_IN_CALL);
    expect(el.textContent).not.toContain('Andere camera');
  });

  it('toggles the microphone with a pressed state and tells the other side', async () => {
    await open(roomView('client'));
    await join({ appointmentId: ID, participants: [], you: 'in_call', startedAt: '2026-03-02T13:55:00.000Z' });
    const mute = button('Microfoon uit');
    expect(mute.getAttribute('aria-pressed')).toBe('false');
    mute.click();
    await settle();
    expect(button('Microfoon aan').getAttribute('aria-pressed')).toBe('true');
    expect(socket.sent(VideoClientEvent.Media).at(-1)).toEqual({ appointmentId: ID, audio: false, video: true, audioOnly: false });
  });

  it('tells the worker the call ended, and offers no-show when the client never came', async () => {
    await open(roomView('worker'));
    await join({ appointmentId: ID, participants: [], you: 'in_call', startedAt: null });
    socket.reply = () => ({ ok: true, data: { appointmentId: ID, durationSeconds: 0, endedBy: 'worker' } });
    button('Ophangen').click();
    await settle();
    expect(el.textContent).toContain('Het gesprek is klaar');
    button('Markeer als niet gekomen').click();
    http
      .expectOne({ method: 'PATCH', url: `/api/dossier/cases/c0c0c0c0-2d51-4f5e-9c59-0d5a3b0f8d11/appointments/${ID}` })
      .flush({ id: ID, status: 'no_show' });
    await settle();
    expect(el.textContent).toContain('De afspraak staat als niet gekomen in het dossier.');
  });

  it('lets the worker make a guest link, shows it once to copy, and withdraws it', async () => {
    await open(roomView('worker'));
    await join(BOTH_IN_CALL);
    expect(el.textContent).toContain('Tolk of collega uitnodigen');
    button('Link maken').click();
    await settle();
    expect(el.textContent).toContain('Vul een voornaam in');
    const name = el.querySelector<HTMLInputElement>('#guest-first-name')!;
    name.value = 'Amira';
    name.dispatchEvent(new Event('input'));
    button('Link maken').click();
    const made = http.expectOne({ method: 'POST', url: `/api/video/rooms/${ID}/guests` });
    expect(made.request.body).toEqual({ kind: 'interpreter', firstName: 'Amira' });
    const link = {
      id: 'l1',
      kind: 'interpreter',
      firstName: 'Amira',
      createdAt: '2026-03-02T13:56:00.000Z',
      admittedAt: null,
      revokedAt: null,
    };
    made.flush({ ...link, token: 'secret', url: 'http://localhost:3000/video-gast#secret' });
    await settle();
    expect(el.querySelector<HTMLInputElement>('#guest-link')!.value).toBe('http://localhost:3000/video-gast#secret');
    expect(el.textContent).toContain('Je ziet de link alleen nu');
    button('Link van Amira intrekken').click();
    http.expectOne({ method: 'DELETE', url: `/api/video/rooms/${ID}/guests/l1` }).flush({ ...link, revokedAt: '2026-03-02T14:00:00.000Z' });
    await settle();
    expect(el.querySelector('#guest-link')).toBeNull();
    expect(el.textContent).toContain('De link werkt niet meer.');
  });

  it('shows the worker a waiting guest, lets them in, and offers the guest a link of their own', async () => {
    await open(roomView('worker'));
    await join(BOTH_IN_CALL);
    const guest = { role: 'guest' as const, name: 'Amira', guestKind: 'interpreter' as const };
    socket.fire(VideoServerEvent.Room, {
      ...BOTH_IN_CALL,
      participants: [...BOTH_IN_CALL.participants, { ...guest, presence: 'waiting' }],
    });
    await settle();
    expect(el.textContent).toContain('Amira (tolk) zit in de wachtkamer.');
    button('Laat Amira binnen').click();
    await settle();
    expect(socket.sent(VideoClientEvent.Admit)).toEqual([{ appointmentId: ID, who: 'guest' }]);
    socket.fire(VideoServerEvent.Room, {
      ...BOTH_IN_CALL,
      participants: [...BOTH_IN_CALL.participants, { ...guest, presence: 'in_call' }],
    });
    await settle();
    expect(socket.sent(VideoClientEvent.Signal).map((s) => (s as { to: string }).to)).toEqual(['client', 'guest']);
    expect([...el.querySelectorAll('video.video--remote')].map((v) => v.getAttribute('aria-label'))).toEqual([
      'Video van Sanne de Vries',
      'Video van Amira (tolk)',
    ]);
  });

  it('opens the guest page from the link’s token, with first names only and no way to the dossier', async () => {
    http.expectOne(`/api/video/rooms/${ID}`).flush(roomView('client'));
    await harness.navigateByUrl('/video-gast#the-token');
    el = harness.routeNativeElement as HTMLElement;
    await settle();
    const room = http.expectOne({ method: 'POST', url: '/api/video/guest/room' });
    expect(room.request.body).toEqual({ token: 'the-token' });
    room.flush({
      appointmentId: ID,
      startsAt: '2026-03-02T14:00:00.000Z',
      durationMinutes: 45,
      opensAt: '2026-03-02T13:50:00.000Z',
      closesAt: '2026-03-02T15:15:00.000Z',
      open: true,
      kind: 'interpreter',
      firstName: 'Amira',
      workerFirstName: 'Youssef',
      clientFirstName: 'Sanne',
    });
    await settle();
    expect(el.textContent).toContain('Met Youssef en Sanne');
    button('Camera en microfoon aanzetten').click();
    await settle();
    socket.reply = (event) =>
      event === VideoClientEvent.Join
        ? { ok: true, data: { appointmentId: ID, participants: [], you: 'waiting', startedAt: null } }
        : { ok: true, data: null };
    button('Deelnemen aan het gesprek').click();
    await settle();
    const ice = http.expectOne({ method: 'POST', url: '/api/video/guest/ice-servers' });
    expect(ice.request.body).toEqual({ token: 'the-token' });
    ice.flush({ iceServers: [], expiresAt: null });
    await settle();
    expect(connectedAs).toEqual(['the-token']);
    expect(el.textContent).toContain('De hulpverlener laat je zo binnen.');
    expect(el.querySelector('.call-text')).toBeNull();
    // Once admitted the interpreter has the text panel too, and still nothing of the case.
    socket.fire(VideoServerEvent.Room, {
      ...BOTH_IN_CALL,
      participants: [...BOTH_IN_CALL.participants, { role: 'guest', name: 'Amira', presence: 'in_call', guestKind: 'interpreter' }],
    });
    await settle();
    socket.fire(VideoServerEvent.Text, { appointmentId: ID, from: 'worker', body: 'Welkom Amira.', at: '2026-03-02T14:01:00.000Z' });
    await settle();
    expect(el.querySelector('.call-text [role=log]')?.textContent).toContain('Welkom Amira.');
    expect(el.querySelector('a[href*="dossier"]')).toBeNull();
  });

  describe('the text panel', () => {
    const line = (from: string, body: string, at = '2026-03-02T14:03:00.000Z') => ({ appointmentId: ID, from, body, at });

    async function type(text: string): Promise<void> {
      const box = el.querySelector<HTMLTextAreaElement>('#call-text-input')!;
      box.value = text;
      box.dispatchEvent(new Event('input'));
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await settle();
    }

    it('lets the client type during the call, shows who wrote what, and says the text is not kept', async () => {
      await open(roomView('client'));
      await join(BOTH_IN_CALL);
      const panel = el.querySelector('.call-text')!;
      expect(panel.textContent).toContain('We bewaren de tekst niet, behalve als je hulpverlener hem in je dossier zet.');
      socket.reply = (event, payload: { body: string }) =>
        event === VideoClientEvent.Text ? { ok: true, data: line('client', payload.body) } : { ok: true, data: null };
      await type('Mijn huisnummer is 12a');
      expect(socket.sent(VideoClientEvent.Text)).toEqual([{ appointmentId: ID, body: 'Mijn huisnummer is 12a' }]);
      socket.fire(VideoServerEvent.Text, line('worker', 'Dank je, genoteerd.', '2026-03-02T14:04:00.000Z'));
      await settle();
      const lines = [...panel.querySelectorAll('[role=log] li')].map((li) => [
        li.querySelector('span')?.textContent?.trim(),
        li.querySelector('p')?.textContent,
      ]);
      expect(lines).toEqual([
        ['Jij · 15:03', 'Mijn huisnummer is 12a'],
        ['Youssef Amrani · 15:04', 'Dank je, genoteerd.'],
      ]);
      expect(el.querySelector<HTMLTextAreaElement>('#call-text-input')!.value).toBe('');
    });

    it('keeps the text out of the dossier until the worker presses "Bewaar in dossier" after the call', async () => {
      await open(roomView('worker'));
      await join(BOTH_IN_CALL);
      socket.fire(VideoServerEvent.Text, line('client', 'Kunt u de brief mailen?'));
      await settle();
      socket.reply = () => ({ ok: true, data: { appointmentId: ID, durationSeconds: 600, endedBy: 'worker' } });
      button('Ophangen').click();
      await settle();
      http.expectNone(`/api/video/rooms/${ID}/text`);
      expect(el.querySelector('.text-save')?.textContent).toContain('Er is tijdens het gesprek getypt (1 berichten).');
      button('Bewaar in dossier').click();
      const save = http.expectOne({ method: 'POST', url: `/api/video/rooms/${ID}/text` });
      expect(save.request.body).toEqual({ lines: [{ from: 'client', body: 'Kunt u de brief mailen?', at: '2026-03-02T14:03:00.000Z' }] });
      save.flush({ reportId: 'r1' });
      await settle();
      expect(el.querySelector('.text-save [role=status]')?.textContent).toContain('De tekst staat in het dossier');
      expect(el.textContent).not.toContain('Bewaar in dossier');
    });

    it('offers no saving when nothing was typed, nor to the client', async () => {
      await open(roomView('client'));
      await join(BOTH_IN_CALL);
      socket.fire(VideoServerEvent.Text, line('worker', 'Hoi'));
      socket.fire(VideoServerEvent.Ended, { appointmentId: ID, durationSeconds: 60, endedBy: 'worker' });
      await settle();
      expect(el.textContent).toContain('Het gesprek is klaar');
      expect(el.querySelector('.text-save')).toBeNull();
    });
  });

  describe('on a poor connection', () => {
    /** What getStats() says: the loss the other side reports, the bitrate estimate and round trip of the link. */
    const linkStats = (fractionLost: number, availableOutgoingBitrate: number, rtt: number) => [
      { type: 'remote-inbound-rtp', kind: 'video', fractionLost, roundTripTime: rtt },
      { type: 'candidate-pair', id: 'p', state: 'succeeded', nominated: true, availableOutgoingBitrate, currentRoundTripTime: rtt },
    ];
    const POOR_STATS = linkStats(0.3, 400_000, 0.2);
    const GOOD_STATS = linkStats(0, 2_000_000, 0.05);

    // Only the once-a-second stats reading and the clock are faked; the page's own waits stay real.
    beforeEach(() => jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'queueMicrotask', 'nextTick'] }));
    afterEach(() => jest.useRealTimers());

    async function seconds(n: number): Promise<void> {
      for (let i = 0; i < n; i++) {
        jest.advanceTimersByTime(1000);
        await settle();
      }
    }

    /** The worker in the call with the client, over the link they offered, which reports `stats`. */
    async function inCallWith(stats: Array<Record<string, unknown>>) {
      await open(roomView('worker'));
      await join(BOTH_IN_CALL);
      const peer = media.peers.at(-1)!;
      peer.connectionState = 'connected';
      peer.stats = stats;
      return peer;
    }

    it('stops sending video after a few poor seconds, says so in plain words and tells the other side', async () => {
      const peer = await inCallWith(POOR_STATS);
      await seconds(3);
      expect(el.querySelector('.poor-connection')).toBeNull();
      expect(peer.sendingVideo).toBe(true);
      await seconds(3);
      expect(el.querySelector('.poor-connection[role=alert]')?.textContent).toContain(
        'Slechte verbinding: we gaan verder met alleen geluid.',
      );
      expect(peer.sendingVideo).toBe(false);
      expect(socket.sent(VideoClientEvent.Media).at(-1)).toEqual({ appointmentId: ID, audio: true, video: true, audioOnly: true });
      // The camera itself stays on: the own picture and the camera button are as they were.
      expect(button('Camera uit').getAttribute('aria-pressed')).toBe('false');
    });

    it('brings the video back by itself once the connection is good for a while', async () => {
      const peer = await inCallWith(POOR_STATS);
      await seconds(6);
      expect(peer.sendingVideo).toBe(false);
      peer.stats = GOOD_STATS;
      await seconds(10);
      expect(peer.sendingVideo).toBe(false);
      await seconds(7);
      expect(peer.sendingVideo).toBe(true);
      expect(el.querySelector('.poor-connection')).toBeNull();
      expect(socket.sent(VideoClientEvent.Media).at(-1)).toMatchObject({ audioOnly: false });
    });

    it('tries video again at once with the button', async () => {
      const peer = await inCallWith(POOR_STATS);
      await seconds(6);
      button('Probeer video opnieuw').click();
      await settle();
      expect(peer.sendingVideo).toBe(true);
      expect(el.querySelector('.poor-connection')).toBeNull();
      expect(socket.sent(VideoClientEvent.Media).at(-1)).toMatchObject({ audioOnly: false });
    });

    it("shows the other side's fall-back to sound only", async () => {
      await inCallWith(GOOD_STATS);
      socket.fire(VideoServerEvent.Media, { appointmentId: ID, audio: true, video: true, audioOnly: true, from: 'client' });
      await settle();
      expect(el.querySelector('.remote-poor')?.textContent).toContain(
        'Slechte verbinding bij Sanne de Vries: we gaan verder met alleen geluid.',
      );
      expect(el.querySelector('.poor-connection')).toBeNull();
    });
  });
});
