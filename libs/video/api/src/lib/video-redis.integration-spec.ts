import { NamespaceRedisAdapter } from '@nabij/platform/api';
import { VideoAck, VideoClientEvent, VideoRoomState, VideoServerEvent, VideoSignal } from '@nabij/video/contracts';
import type { Socket } from 'socket.io-client';
import {
  connectVideo,
  connectVideoGuest,
  createVideoTestApp,
  emitAck,
  makeVideoCase,
  nextEvent,
  VideoTestApp,
} from './testing/video-test-app';

jest.setTimeout(90_000);

const REDIS = { REDIS_URL: 'redis://127.0.0.1:6379' };
const OFFER = { type: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n' };

/** Two API instances on one database and the Redis on 127.0.0.1:6379: a call whose people are on different instances. */
describe('video calls across two API instances (Redis adapter)', () => {
  let a: VideoTestApp;
  let b: VideoTestApp;
  const sockets: Socket[] = [];
  const track = (s: Socket) => (sockets.push(s), s);
  const join = (s: Socket, appointmentId: string) => emitAck<VideoAck<VideoRoomState>>(s, VideoClientEvent.Join, { appointmentId });

  beforeAll(async () => {
    a = await createVideoTestApp(REDIS);
    b = await createVideoTestApp(REDIS, a.database);
  });
  beforeEach(() => {
    a.clock.set('2026-03-02T13:55:00Z');
    b.clock.set('2026-03-02T13:55:00Z');
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(async () => {
    // The servers handle the last sockets' leaving (through Redis) before the instances and their Redis clients close.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await b?.close();
    await a?.close();
  });

  it('uses Redis for /video on both instances', () => {
    expect(a.app.get(NamespaceRedisAdapter).enabled).toBe(true);
    expect(b.app.get(NamespaceRedisAdapter).enabled).toBe(true);
  });

  it('shows the worker on A the client waiting on B, admits them across, and relays signals and the hang-up both ways', async () => {
    const v = await makeVideoCase(a);
    const worker = track(await connectVideo(a, v.worker.token));
    const client = track(await connectVideo(b, v.client.token));
    await join(worker, v.appointmentId);
    const seen = nextEvent<VideoRoomState>(worker, VideoServerEvent.Room, (s) => s.participants.some((p) => p.role === 'client'));
    expect(await join(client, v.appointmentId)).toMatchObject({ ok: true, data: { you: 'waiting' } });
    expect((await seen).participants).toContainEqual({ role: 'client', name: 'Sanne de Vries', presence: 'waiting' });

    const admitted = nextEvent<VideoRoomState>(client, VideoServerEvent.Room, (s) => s.you === 'in_call');
    expect(await emitAck(worker, VideoClientEvent.Admit, { appointmentId: v.appointmentId })).toMatchObject({ ok: true });
    await admitted;

    const offer = nextEvent<VideoSignal>(client, VideoServerEvent.Signal);
    await emitAck(worker, VideoClientEvent.Signal, { appointmentId: v.appointmentId, to: 'client', description: OFFER });
    expect(await offer).toEqual({ appointmentId: v.appointmentId, to: 'client', from: 'worker', description: OFFER });
    const answer = nextEvent<VideoSignal>(worker, VideoServerEvent.Signal);
    await emitAck(client, VideoClientEvent.Signal, {
      appointmentId: v.appointmentId,
      to: 'worker',
      description: { ...OFFER, type: 'answer' },
    });
    expect((await answer).from).toBe('client');

    const ended = nextEvent(client, VideoServerEvent.Ended);
    expect(await emitAck(worker, VideoClientEvent.HangUp, { appointmentId: v.appointmentId })).toMatchObject({ ok: true });
    expect(await ended).toMatchObject({ appointmentId: v.appointmentId, endedBy: 'worker' });
  });

  it('admits a guest on B from A, refuses their link on a second device on A, and withdrawing on A takes them out on B', async () => {
    const v = await makeVideoCase(a);
    const link = (
      await a
        .http()
        .post(`/api/video/rooms/${v.appointmentId}/guests`)
        .auth(v.worker.token, { type: 'bearer' })
        .send({ kind: 'interpreter', firstName: 'Amira' })
        .expect(201)
    ).body;
    const worker = track(await connectVideo(a, v.worker.token));
    await join(worker, v.appointmentId);
    const guest = track(await connectVideoGuest(b, link.token));
    await join(guest, v.appointmentId);
    const guestIn = nextEvent<VideoRoomState>(guest, VideoServerEvent.Room, (s) => s.you === 'in_call');
    expect(await emitAck(worker, VideoClientEvent.Admit, { appointmentId: v.appointmentId, who: 'guest' })).toMatchObject({ ok: true });
    await guestIn;

    const second = track(await connectVideoGuest(a, link.token));
    expect(await join(second, v.appointmentId)).toMatchObject({ ok: false, error: 'in_use' });
    second.close();

    const told = nextEvent<{ reason: string }>(guest, VideoServerEvent.LoginEnded);
    const closed = new Promise<void>((resolve) => guest.once('disconnect', () => resolve()));
    await a.http().delete(`/api/video/rooms/${v.appointmentId}/guests/${link.id}`).auth(v.worker.token, { type: 'bearer' }).expect(200);
    expect(await told).toEqual({ reason: 'link_revoked' });
    await closed;
  });
});
