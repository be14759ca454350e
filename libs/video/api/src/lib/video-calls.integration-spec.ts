import { makeWorker } from '@nabij/identity/api/testing';
import { JobsService, PersonalDataRegistry } from '@nabij/platform/api';
import { MINUTE } from '@nabij/platform/testing';
import {
  VideoAck,
  VideoCallEnded,
  VideoClientEvent,
  VideoMediaState,
  VideoRoomState,
  VideoServerEvent,
  VideoSignal,
} from '@nabij/video/contracts';
import type { Socket } from 'socket.io-client';
import {
  collect,
  connectVideo,
  emitAck,
  makeVideoCase,
  nextEvent,
  useVideoTestApp,
  VideoCase,
  VideoTestApp,
  workerAndClientInCall,
} from './testing/video-test-app';

jest.setTimeout(60_000);

const OFFER = { type: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n' };

/** The waiting room, signalling only between the two people in the call, hang-up, time entry and no-show. */
describe('video calls: waiting room, signalling and the end of a call', () => {
  let t: VideoTestApp;
  const track = useVideoTestApp((app) => (t = app));
  const connect = async (token: string) => track(await connectVideo(t, token));
  const join = (s: Socket, appointmentId: string) => emitAck<VideoAck<VideoRoomState>>(s, VideoClientEvent.Join, { appointmentId });

  const inCall = (v: VideoCase) => workerAndClientInCall(t, v, track);

  it('lets the client wait until the worker admits them, and shows the worker who is waiting', async () => {
    const v = await makeVideoCase(t);
    const worker = await connect(v.worker.token);
    const client = await connect(v.client.token);
    expect(await join(worker, v.appointmentId)).toEqual({
      ok: true,
      data: {
        appointmentId: v.appointmentId,
        participants: [{ role: 'worker', name: v.worker.name, presence: 'in_call' }],
        you: 'in_call',
        startedAt: null,
      },
    });
    const workerSees = nextEvent<VideoRoomState>(worker, VideoServerEvent.Room, (s) => s.participants.length === 2);
    const clientJoin = await join(client, v.appointmentId);
    expect(clientJoin).toMatchObject({ ok: true, data: { you: 'waiting', startedAt: null } });
    expect((await workerSees).participants).toContainEqual({ role: 'client', name: 'Sanne de Vries', presence: 'waiting' });

    const clientIn = nextEvent<VideoRoomState>(client, VideoServerEvent.Room, (s) => s.you === 'in_call');
    const admit = await emitAck<VideoAck<VideoRoomState>>(worker, VideoClientEvent.Admit, { appointmentId: v.appointmentId });
    expect(admit).toMatchObject({ ok: true, data: { startedAt: '2026-03-02T13:55:00.000Z' } });
    expect((await clientIn).participants).toEqual([
      { role: 'worker', name: v.worker.name, presence: 'in_call' },
      { role: 'client', name: 'Sanne de Vries', presence: 'in_call' },
    ]);
  });

  it('lets only the worker admit', async () => {
    const v = await makeVideoCase(t);
    const client = await connect(v.client.token);
    await join(client, v.appointmentId);
    expect(await emitAck(client, VideoClientEvent.Admit, { appointmentId: v.appointmentId })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
  });

  it('relays offers, answers, candidates and media state between the two people in the call, rebuilt from known fields', async () => {
    const v = await makeVideoCase(t);
    const { worker, client } = await inCall(v);
    const offer = nextEvent<VideoSignal>(client, VideoServerEvent.Signal);
    expect(
      await emitAck(worker, VideoClientEvent.Signal, { appointmentId: v.appointmentId, description: OFFER, extra: 'dropped' }),
    ).toEqual({
      ok: true,
      data: null,
    });
    expect(await offer).toEqual({ appointmentId: v.appointmentId, description: OFFER, from: 'worker' });
    const candidate = nextEvent<VideoSignal>(worker, VideoServerEvent.Signal);
    const ice = { candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host', sdpMid: '0', sdpMLineIndex: 0 };
    await emitAck(client, VideoClientEvent.Signal, { appointmentId: v.appointmentId, candidate: ice });
    expect(await candidate).toEqual({ appointmentId: v.appointmentId, candidate: ice, from: 'client' });
    const muted = nextEvent<VideoMediaState>(worker, VideoServerEvent.Media);
    await emitAck(client, VideoClientEvent.Media, { appointmentId: v.appointmentId, audio: false, video: true });
    expect(await muted).toEqual({ appointmentId: v.appointmentId, audio: false, video: true, audioOnly: false, from: 'client' });
  });

  it('tells the others when a side goes on with sound only on a poor connection, and back', async () => {
    const v = await makeVideoCase(t);
    const { worker, client } = await inCall(v);
    const poor = nextEvent<VideoMediaState>(worker, VideoServerEvent.Media);
    await emitAck(client, VideoClientEvent.Media, { appointmentId: v.appointmentId, audio: true, video: true, audioOnly: true });
    expect(await poor).toEqual({ appointmentId: v.appointmentId, audio: true, video: true, audioOnly: true, from: 'client' });
    const back = nextEvent<VideoMediaState>(client, VideoServerEvent.Media);
    await emitAck(worker, VideoClientEvent.Media, { appointmentId: v.appointmentId, audio: true, video: true, audioOnly: false });
    expect(await back).toMatchObject({ audioOnly: false, from: 'worker' });
  });

  it('relays an ICE restart offer as such, and refuses the flag on an answer or as anything but true or false', async () => {
    const v = await makeVideoCase(t);
    const { worker, client } = await inCall(v);
    const restart = nextEvent<VideoSignal>(client, VideoServerEvent.Signal);
    await emitAck(worker, VideoClientEvent.Signal, { appointmentId: v.appointmentId, to: 'client', description: OFFER, iceRestart: true });
    expect(await restart).toEqual({ appointmentId: v.appointmentId, to: 'client', from: 'worker', description: OFFER, iceRestart: true });
    for (const bad of [
      { description: { ...OFFER, type: 'answer' }, iceRestart: true },
      { description: OFFER, iceRestart: 'yes' },
    ])
      expect(await emitAck(client, VideoClientEvent.Signal, { appointmentId: v.appointmentId, ...bad })).toMatchObject({
        ok: false,
        error: 'invalid',
        message: expect.stringContaining('iceRestart'),
      });
  });

  it('never relays to or from a waiting client, nor to another appointment’s call', async () => {
    const v = await makeVideoCase(t);
    const other = await makeVideoCase(t);
    const { worker: otherWorker, client: otherClient } = await inCall(other);
    const worker = await connect(v.worker.token);
    const client = await connect(v.client.token);
    await join(worker, v.appointmentId);
    await join(client, v.appointmentId);
    const heardByClient = collect(client, VideoServerEvent.Signal);
    const heardElsewhere = [...collect(otherWorker, VideoServerEvent.Signal), ...collect(otherClient, VideoServerEvent.Signal)];
    const heardByWorker = collect(worker, VideoServerEvent.Signal);

    expect(await emitAck(client, VideoClientEvent.Signal, { appointmentId: v.appointmentId, description: OFFER })).toMatchObject({
      ok: false,
      error: 'not_in_call',
    });
    // The worker's offer goes to the call only: the waiting client is not in it yet.
    await emitAck(worker, VideoClientEvent.Signal, { appointmentId: v.appointmentId, description: OFFER });
    // A participant of one call cannot send into another appointment's call.
    expect(await emitAck(otherWorker, VideoClientEvent.Signal, { appointmentId: v.appointmentId, description: OFFER })).toMatchObject({
      ok: false,
      error: 'not_in_call',
    });
    expect(await emitAck(client, VideoClientEvent.Media, { appointmentId: v.appointmentId, audio: true, video: true })).toMatchObject({
      ok: false,
      error: 'not_in_call',
    });
    // A round trip after the sends, so anything relayed would have arrived by now.
    await join(worker, v.appointmentId);
    expect(heardByClient).toEqual([]);
    expect(heardByWorker).toEqual([]);
    expect(heardElsewhere).toEqual([]);
  });

  it('refuses malformed signals, naming the field', async () => {
    const v = await makeVideoCase(t);
    const { worker } = await inCall(v);
    const cases: Array<[unknown, string]> = [
      [{ appointmentId: v.appointmentId }, 'exactly one'],
      [{ appointmentId: v.appointmentId, description: OFFER, candidate: { candidate: 'x' } }, 'exactly one'],
      [{ appointmentId: v.appointmentId, description: { type: 'rollback', sdp: 'x' } }, 'description.type'],
      [{ appointmentId: v.appointmentId, description: { type: 'offer', sdp: 'x'.repeat(40_000) } }, 'description.sdp'],
      [{ appointmentId: v.appointmentId, description: { type: 'offer', sdp: 'a\u0000b' } }, 'description.sdp'],
      [{ appointmentId: v.appointmentId, candidate: { candidate: 5 } }, 'candidate.candidate'],
      [{ appointmentId: v.appointmentId, candidate: { candidate: 'c', sdpMLineIndex: -1 } }, 'candidate.sdpMLineIndex'],
      [{ appointmentId: v.appointmentId, audio: 'no', video: true }, 'exactly one'],
    ];
    for (const [payload, field] of cases) {
      const ack = await emitAck<VideoAck<null>>(worker, VideoClientEvent.Signal, payload);
      expect(ack).toMatchObject({ ok: false, error: 'invalid' });
      expect(ack.ok === false && ack.message).toContain(field);
    }
    const media = await emitAck<VideoAck<null>>(worker, VideoClientEvent.Media, {
      appointmentId: v.appointmentId,
      audio: 'no',
      video: true,
    });
    expect(media.ok === false && media.message).toContain('audio');
    const audioOnly = await emitAck<VideoAck<null>>(worker, VideoClientEvent.Media, {
      appointmentId: v.appointmentId,
      audio: true,
      video: true,
      audioOnly: 'yes',
    });
    expect(audioOnly).toMatchObject({ ok: false, error: 'invalid', message: 'audioOnly must be true or false.' });
  });

  it('lets an admitted client who reloads come straight back into the same call', async () => {
    const v = await makeVideoCase(t);
    const { worker, client } = await inCall(v);
    client.close();
    const again = await connect(v.client.token);
    const back = await join(again, v.appointmentId);
    expect(back).toMatchObject({ ok: true, data: { you: 'in_call', startedAt: '2026-03-02T13:55:00.000Z' } });
    const offer = nextEvent<VideoSignal>(again, VideoServerEvent.Signal);
    await emitAck(worker, VideoClientEvent.Signal, { appointmentId: v.appointmentId, description: OFFER });
    await offer;
  });

  it('ends the call for both when the worker hangs up, and prefills one video time entry with the real duration', async () => {
    const v = await makeVideoCase(t);
    const { worker, client } = await inCall(v);
    t.clock.advance(37 * MINUTE + 10_000);
    const ended = nextEvent<VideoCallEnded>(client, VideoServerEvent.Ended);
    const ack = await emitAck<VideoAck<VideoCallEnded>>(worker, VideoClientEvent.HangUp, { appointmentId: v.appointmentId });
    expect(ack).toEqual({ ok: true, data: { appointmentId: v.appointmentId, durationSeconds: 37 * 60 + 10, endedBy: 'worker' } });
    expect(await ended).toEqual({ appointmentId: v.appointmentId, durationSeconds: 37 * 60 + 10, endedBy: 'worker' });
    // After the end nobody is in the call: signals go nowhere.
    expect(await emitAck(client, VideoClientEvent.Signal, { appointmentId: v.appointmentId, description: OFFER })).toMatchObject({
      ok: false,
    });
    await t.app.get(JobsService).drain();
    const entries = await t.dataSource.query(
      `SELECT worker_id, case_id, contact_type, minutes, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, status, source
         FROM time_entry WHERE source_id = $1`,
      [v.appointmentId],
    );
    expect(entries).toEqual([
      {
        worker_id: v.worker.id,
        case_id: v.caseId,
        contact_type: 'video',
        minutes: 38,
        occurred_on: '2026-03-02',
        status: 'to_confirm',
        source: 'appointment',
      },
    ]);
    // The worker sees it among the entries to confirm.
    const mine = await t
      .http()
      .get('/api/time/entries')
      .query({ from: '2026-03-02', to: '2026-03-02' })
      .auth(v.worker.token, { type: 'bearer' });
    expect(JSON.stringify(mine.body)).toContain(v.appointmentId);
  });

  it('ends the call when the last person leaves, and registers no time when the client was never admitted', async () => {
    const v = await makeVideoCase(t);
    const worker = await connect(v.worker.token);
    const client = await connect(v.client.token);
    await join(worker, v.appointmentId);
    await join(client, v.appointmentId);
    t.clock.advance(10 * MINUTE);
    client.close();
    await nextEvent<VideoRoomState>(worker, VideoServerEvent.Room, (s) => s.participants.length === 1);
    expect(await emitAck(worker, VideoClientEvent.HangUp, { appointmentId: v.appointmentId })).toEqual({
      ok: true,
      data: { appointmentId: v.appointmentId, durationSeconds: 0, endedBy: 'worker' },
    });
    await t.app.get(JobsService).drain();
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM time_entry WHERE source_id = $1', [v.appointmentId])).toEqual([
      { n: 0 },
    ]);
    const calls = await t.dataSource.query(
      'SELECT ended_at IS NOT NULL AS ended, client_joined_at IS NOT NULL AS came FROM video_call WHERE appointment_id = $1',
      [v.appointmentId],
    );
    expect(calls).toEqual([{ ended: true, came: true }]);
  });

  it('ends the call with everyone_left when both close their page', async () => {
    const v = await makeVideoCase(t);
    const { worker, client } = await inCall(v);
    t.clock.advance(20 * MINUTE);
    client.close();
    worker.close();
    const ended = await waitFor(async () => {
      const [row] = await t.dataSource.query('SELECT duration_seconds FROM video_call WHERE appointment_id = $1', [v.appointmentId]);
      return row?.duration_seconds === null ? null : row;
    });
    expect(ended).toEqual({ duration_seconds: 20 * 60 });
  });

  it('marks an appointment the client never joined as no-show through the dossier, after its start', async () => {
    const v = await makeVideoCase(t);
    const worker = await connect(v.worker.token);
    await join(worker, v.appointmentId);
    const patch = () =>
      t
        .http()
        .patch(`/api/dossier/cases/${v.caseId}/appointments/${v.appointmentId}`)
        .auth(v.worker.token, { type: 'bearer' })
        .send({ status: 'no_show' });
    expect((await patch()).status).toBe(409); // not started yet
    t.clock.set(new Date(v.startsAt.getTime() + 15 * MINUTE));
    const room = await t.http().get(`/api/video/rooms/${v.appointmentId}`).auth(v.worker.token, { type: 'bearer' }).expect(200);
    expect(room.body.clientJoined).toBe(false);
    expect((await patch()).body).toMatchObject({ id: v.appointmentId, status: 'no_show' });
    // A colleague cannot mark it.
    const colleague = await makeWorker(t, { organisationId: v.organisationId });
    expect(
      (
        await t
          .http()
          .patch(`/api/dossier/cases/${v.caseId}/appointments/${v.appointmentId}`)
          .auth(colleague.token, { type: 'bearer' })
          .send({ status: 'no_show' })
      ).status,
    ).toBe(404);
  });

  it('tells the worker the client came once they joined the waiting room', async () => {
    const v = await makeVideoCase(t);
    const client = await connect(v.client.token);
    await join(client, v.appointmentId);
    const room = await t.http().get(`/api/video/rooms/${v.appointmentId}`).auth(v.worker.token, { type: 'bearer' }).expect(200);
    expect(room.body.clientJoined).toBe(true);
  });

  it('gives the client their video calls in "download my data", and nothing of another client', async () => {
    const v = await makeVideoCase(t);
    const other = await makeVideoCase(t);
    await inCall(v);
    await inCall(other);
    const source = t.app
      .get(PersonalDataRegistry)
      .sources()
      .find((s) => s.section === 'video')!;
    const mine = (await source.collect(v.client.id)) as { calls: Array<Record<string, unknown>> };
    expect(mine.calls).toEqual([
      expect.objectContaining({
        appointmentId: v.appointmentId,
        appointmentStartsAt: expect.any(Date),
        worker: v.worker.name,
        admittedAt: new Date('2026-03-02T13:55:00Z'),
      }),
    ]);
    expect(JSON.stringify(mine)).not.toContain(other.appointmentId);
  });
});

async function waitFor<T>(probe: () => Promise<T | undefined | null>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
