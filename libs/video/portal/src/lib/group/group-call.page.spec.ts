import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { GroupVideoRoomView, VideoClientEvent, VideoRoomState, VideoServerEvent } from '@nabij/video/contracts';
import { VIDEO_CONNECTOR } from '../call/video-connection';
import { FakeVideoConnection, installFakeWebRtc } from '../testing/fake-video-connection';
import { GroupCallPage } from './group-call.page';
import { sendQuality } from './send-quality';

const ID = '7a1c7a52-2d51-4f5e-9c59-0d5a3b0f8d11';

const VIEW: GroupVideoRoomView = {
  sessionId: ID,
  cohortId: 'c1',
  startsAt: '2026-03-02T18:00:00.000Z',
  durationMinutes: 60,
  opensAt: '2026-03-02T17:45:00.000Z',
  closesAt: '2026-03-02T19:00:00.000Z',
  open: true,
  you: 'participant',
  displayName: 'Sanne',
  maxPeople: 13,
};

/** Sanne (peer b) in the call with the trainer (peer a) and Zonnetje (peer c). */
const ALL_IN: VideoRoomState = {
  appointmentId: ID,
  kind: 'group_session',
  yourPeerId: 'peer-b',
  you: 'in_call',
  startedAt: null,
  participants: [
    { role: 'worker', name: 'Femke', presence: 'in_call', peerId: 'peer-a' },
    { role: 'client', name: 'Sanne', presence: 'in_call', peerId: 'peer-b' },
    { role: 'client', name: 'Zonnetje', presence: 'in_call', peerId: 'peer-c' },
  ],
};

describe('GroupCallPage', () => {
  let http: HttpTestingController;
  let socket: FakeVideoConnection;
  let harness: RouterTestingHarness;
  let el: HTMLElement;
  let media: ReturnType<typeof installFakeWebRtc>;

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }

  async function joinWith(state: VideoRoomState, view: GroupVideoRoomView = VIEW): Promise<void> {
    http.expectOne(`/api/video/group-sessions/${ID}`).flush(view);
    await settle();
    socket.reply = (event) => (event === VideoClientEvent.Join ? { ok: true, data: state } : { ok: true, data: null });
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Deelnemen aan het gesprek')!.click();
    await settle();
    http.expectOne(`/api/video/group-sessions/${ID}/ice-servers`).flush({ iceServers: [], expiresAt: null });
    await settle();
  }

  beforeEach(async () => {
    media = installFakeWebRtc();
    socket = new FakeVideoConnection();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'video/groep/:sessionId', component: GroupCallPage }], withComponentInputBinding()),
        { provide: VIDEO_CONNECTOR, useValue: async () => socket },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(`/video/groep/${ID}`);
    el = harness.routeNativeElement as HTMLElement;
    await settle();
  });
  afterEach(() => http.verify());

  it('joins the group room and links with everyone else: offers to the larger peer id, waits for the smaller', async () => {
    await joinWith(ALL_IN);
    expect(socket.sent(VideoClientEvent.Join)).toEqual([{ appointmentId: ID, kind: 'group_session' }]);
    // Only the link it offers has a connection yet; the trainer's comes with the trainer's offer.
    expect(media.peers).toHaveLength(1);
    const offers = socket.sent(VideoClientEvent.Signal) as Array<{ toPeer: string; description?: { type: string } }>;
    expect(offers.filter((s) => s.description?.type === 'offer').map((s) => s.toPeer)).toEqual(['peer-c']);
    const captions = [...el.querySelectorAll('figcaption')].map((c) => c.textContent?.trim());
    expect(captions).toEqual(['Jouw eigen video', 'Femke (trainer)', 'Zonnetje']);
    expect(el.querySelectorAll('video.video--remote')).toHaveLength(2);
  });

  it("answers the trainer's offer on its own link, and drops the link of someone who left", async () => {
    await joinWith(ALL_IN);
    socket.fire(VideoServerEvent.Signal, {
      appointmentId: ID,
      from: 'worker',
      fromPeer: 'peer-a',
      description: { type: 'offer', sdp: 'v=0' },
    });
    await settle();
    const answers = (socket.sent(VideoClientEvent.Signal) as Array<{ toPeer: string; description?: { type: string } }>).filter(
      (s) => s.description?.type === 'answer',
    );
    expect(answers.map((s) => s.toPeer)).toEqual(['peer-a']);
    socket.fire(VideoServerEvent.Room, { ...ALL_IN, participants: ALL_IN.participants.slice(0, 2) });
    await settle();
    expect([...el.querySelectorAll('figcaption')].map((c) => c.textContent?.trim())).toEqual(['Jouw eigen video', 'Femke (trainer)']);
    expect(media.peers.filter((p) => p.connectionState === 'closed').length).toBeGreaterThanOrEqual(1);
  });

  it('turns the microphone off when a trainer asks, and says who did', async () => {
    await joinWith(ALL_IN);
    socket.fire(VideoServerEvent.Muted, { appointmentId: ID, by: 'Femke' });
    await settle();
    expect(el.textContent).toContain('Femke heeft je microfoon uitgezet.');
    const audio = (media.getUserMedia.mock.results[0].value as Promise<MediaStream>).then((s) => s.getAudioTracks()[0].enabled);
    expect(await audio).toBe(false);
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Microfoon aan')).toBe(true);
  });

  it('gives a trainer a button per person to turn their microphone off', async () => {
    await joinWith({ ...ALL_IN, yourPeerId: 'peer-a' }, { ...VIEW, you: 'trainer', displayName: 'Femke' });
    const mute = [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Microfoon van Zonnetje uitzetten');
    mute!.click();
    await settle();
    expect(socket.sent(VideoClientEvent.Mute)).toEqual([{ appointmentId: ID, peerId: 'peer-c' }]);
  });

  it("shows the text panel: others' lines under the name the group knows them by, your own as Jij, also after someone left", async () => {
    await joinWith(ALL_IN);
    expect(el.textContent).toContain('Iedereen in het gesprek leest mee');
    socket.fire(VideoServerEvent.Text, {
      appointmentId: ID,
      from: 'worker',
      fromPeer: 'peer-a',
      body: 'Welkom allemaal!',
      at: '2026-03-02T18:01:00.000Z',
    });
    socket.fire(VideoServerEvent.Text, {
      appointmentId: 'another-session',
      from: 'client',
      fromPeer: 'peer-x',
      body: 'Niet voor jou',
      at: '2026-03-02T18:01:00.000Z',
    });
    socket.reply = (event, payload) =>
      event === VideoClientEvent.Text
        ? {
            ok: true,
            data: {
              appointmentId: ID,
              from: 'client',
              fromPeer: 'peer-b',
              body: (payload as { body: string }).body,
              at: '2026-03-02T18:02:00.000Z',
            },
          }
        : { ok: true, data: null };
    const input = el.querySelector<HTMLTextAreaElement>('#call-text-input')!;
    input.value = 'Hallo, ik ben er.';
    input.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('.call-text button[type=submit]')!.click();
    await settle();
    expect(socket.sent(VideoClientEvent.Text)).toEqual([{ appointmentId: ID, body: 'Hallo, ik ben er.' }]);
    // The trainer leaves; her line keeps her name.
    socket.fire(VideoServerEvent.Room, { ...ALL_IN, participants: ALL_IN.participants.slice(1) });
    await settle();
    const lines = [...el.querySelectorAll('.call-text__lines li')].map((li) =>
      [...li.children].map((part) => part.textContent?.replace(/\s+/g, ' ').trim()).join(' | '),
    );
    expect(lines).toEqual(['Femke (trainer) · 19:01 | Welkom allemaal!', 'Jij · 19:02 | Hallo, ik ben er.']);
    expect(el.querySelectorAll('.call-text__line--mine')).toHaveLength(1);
  });

  it('tells a participant who comes first to wait for the trainer', async () => {
    await joinWith({ ...ALL_IN, you: 'waiting', participants: [{ role: 'client', name: 'Sanne', presence: 'waiting', peerId: 'peer-b' }] });
    expect(el.textContent).toContain('De trainer is er nog niet');
    expect(media.peers).toHaveLength(0);
  });

  it('says when the room opens', async () => {
    http.expectOne(`/api/video/group-sessions/${ID}`).flush({ ...VIEW, open: false });
    await settle();
    expect(el.textContent).toContain('Je kunt naar binnen van 18:45 tot 20:00.');
  });
});

describe('sendQuality', () => {
  it('sends a smaller, slower picture as more people join', () => {
    expect(sendQuality(2)).toMatchObject({ scaleResolutionDownBy: 1 });
    expect(sendQuality(4).maxBitrate).toBeLessThan(sendQuality(2).maxBitrate);
    expect(sendQuality(8).scaleResolutionDownBy).toBeGreaterThan(sendQuality(4).scaleResolutionDownBy);
    expect(sendQuality(14)).toMatchObject({ scaleResolutionDownBy: 4, maxFramerate: 12 });
  });
});
