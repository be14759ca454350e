import { handOverCase } from '@nabij/dossier/api/testing';
import { makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { AppConfig } from '@nabij/platform/api';
import { makeOrganisation, MINUTE } from '@nabij/platform/testing';
import { CreatedVideoGuestLink, VideoAck, VideoClientEvent, VideoRoomState, VideoServerEvent, VideoSignal } from '@nabij/video/contracts';
import { createHash, createHmac } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import {
  collect,
  connectVideo,
  connectVideoGuest,
  createVideoTestApp,
  emitAck,
  makeVideoCase,
  nextEvent,
  VideoCase,
  VideoTestApp,
} from './testing/video-test-app';

jest.setTimeout(90_000);

const SECRET = 'turn-secret-for-guest-tests';
const OFFER = { type: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n' };

/** An interpreter or colleague by one-time link: who may make one, what the guest sees, and when the link works. */
describe('video guests: a third person by one-time link', () => {
  let t: VideoTestApp;
  const sockets: Socket[] = [];
  const track = (s: Socket) => (sockets.push(s), s);
  const connect = async (token: string) => track(await connectVideo(t, token));
  const join = (s: Socket, appointmentId: string) => emitAck<VideoAck<VideoRoomState>>(s, VideoClientEvent.Join, { appointmentId });
  const guestsOf = (appointmentId: string) => `/api/video/rooms/${appointmentId}/guests`;

  const connectGuest = async (guestToken: unknown) => track(await connectVideoGuest(t, guestToken));

  async function invite(v: VideoCase, body: object = { kind: 'interpreter', firstName: 'Amira' }): Promise<CreatedVideoGuestLink> {
    const res = await t.http().post(guestsOf(v.appointmentId)).auth(v.worker.token, { type: 'bearer' }).send(body);
    if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  const guestRoom = (token: unknown) => t.http().post('/api/video/guest/room').send({ token });
  const guestIce = (token: unknown) => t.http().post('/api/video/guest/ice-servers').send({ token });

  beforeAll(async () => {
    t = await createVideoTestApp({
      STUN_URLS: 'stun:turn.nabij.test:3478',
      TURN_URLS: 'turn:turn.nabij.test:3478',
      TURN_SECRET: SECRET,
      TURN_TTL_SECONDS: '3600',
    });
  });
  beforeEach(() => t.clock.set('2026-03-02T13:55:00Z'));
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => t?.close());

  it('gives the worker a link whose token is shown once and stored only as its SHA-256, and logs the invitation', async () => {
    const v = await makeVideoCase(t);
    const link = await invite(v);
    expect(link).toMatchObject({ kind: 'interpreter', firstName: 'Amira', admittedAt: null, revokedAt: null });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.url).toBe(`${t.app.get(AppConfig).publicUrl}/video-gast#${link.token}`);
    const [row] = await t.dataSource.query(`SELECT * FROM video_guest_link WHERE id = $1`, [link.id]);
    expect(row.token_hash).toBe(createHash('sha256').update(link.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(link.token);
    const listed = await t.http().get(guestsOf(v.appointmentId)).auth(v.worker.token, { type: 'bearer' }).expect(200);
    expect(listed.body).toEqual([
      { id: link.id, kind: 'interpreter', firstName: 'Amira', createdAt: link.createdAt, admittedAt: null, revokedAt: null },
    ]);
    const audit = await t.dataSource.query(
      `SELECT actor_id, action, client_id FROM audit_entry WHERE resource_type = 'video_guest_link' AND resource_id = $1`,
      [link.id],
    );
    expect(audit).toEqual([{ actor_id: v.worker.id, action: 'create', client_id: v.client.id }]);
  });

  it('refuses the client and a team lead with 403, and a colleague or a worker of another organisation with 404', async () => {
    const v = await makeVideoCase(t);
    const link = await invite(v);
    const lead = await makeTeamLead(t, { organisationId: v.organisationId });
    /** The statuses of making, listing and withdrawing a link as this person. */
    const statuses = async (token: string) => [
      (await t.http().post(guestsOf(v.appointmentId)).auth(token, { type: 'bearer' }).send({ kind: 'colleague', firstName: 'Bas' })).status,
      (await t.http().get(guestsOf(v.appointmentId)).auth(token, { type: 'bearer' })).status,
      (
        await t
          .http()
          .delete(`${guestsOf(v.appointmentId)}/${link.id}`)
          .auth(token, { type: 'bearer' })
      ).status,
    ];
    for (const who of [v.client, lead]) expect(await statuses(who.token)).toEqual([403, 403, 403]);
    const colleague = await makeWorker(t, { organisationId: v.organisationId });
    const stranger = await makeWorker(t, { organisationId: (await makeOrganisation(t)).organisationId });
    for (const who of [colleague, stranger]) expect(await statuses(who.token)).toEqual([404, 404, 404]);
    // Another appointment's link id under this appointment is not found either.
    const other = await makeVideoCase(t);
    const otherLink = await invite(other);
    expect(
      (
        await t
          .http()
          .delete(`${guestsOf(v.appointmentId)}/${otherLink.id}`)
          .auth(v.worker.token, { type: 'bearer' })
      ).status,
    ).toBe(404);
    const badId = await t
      .http()
      .delete(`${guestsOf(v.appointmentId)}/not-a-uuid`)
      .auth(v.worker.token, { type: 'bearer' });
    expect(badId.status).toBe(400);
    expect(JSON.stringify(badId.body)).toContain('linkId');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM video_guest_link WHERE appointment_id = $1`, [
      v.appointmentId,
    ]);
    expect(count).toBe(1);
  });

  it.each([
    [{ firstName: 'Amira' }, 'kind'],
    [{ kind: 'relative', firstName: 'Amira' }, 'kind'],
    [{ kind: 'interpreter' }, 'firstName'],
    [{ kind: 'interpreter', firstName: '   ' }, 'firstName'],
    [{ kind: 'interpreter', firstName: 'A'.repeat(41) }, 'firstName'],
  ])('answers %j with 400 naming %s, and makes no link', async (body, field) => {
    const v = await makeVideoCase(t);
    const res = await t.http().post(guestsOf(v.appointmentId)).auth(v.worker.token, { type: 'bearer' }).send(body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(field);
    expect(await t.dataSource.query(`SELECT id FROM video_guest_link WHERE appointment_id = $1`, [v.appointmentId])).toEqual([]);
  });

  it('keeps one link in use per call: a second is 409 until the first is withdrawn', async () => {
    const v = await makeVideoCase(t);
    const first = await invite(v);
    const second = await t
      .http()
      .post(guestsOf(v.appointmentId))
      .auth(v.worker.token, { type: 'bearer' })
      .send({ kind: 'colleague', firstName: 'Bas' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('guest_link_in_use');
    const revoked = await t
      .http()
      .delete(`${guestsOf(v.appointmentId)}/${first.id}`)
      .auth(v.worker.token, { type: 'bearer' })
      .expect(200);
    expect(revoked.body.revokedAt).toBe('2026-03-02T13:55:00.000Z');
    expect((await guestRoom(first.token)).status).toBe(404);
    const again = await invite(v, { kind: 'colleague', firstName: 'Bas' });
    expect((await guestRoom(again.token).expect(200)).body.firstName).toBe('Bas');
  });

  it('shows the guest times and first names only, nothing of the case', async () => {
    const v = await makeVideoCase(t);
    const link = await invite(v);
    const res = await guestRoom(link.token).expect(200);
    expect(res.body).toEqual({
      appointmentId: v.appointmentId,
      startsAt: v.startsAt.toISOString(),
      durationMinutes: 45,
      opensAt: new Date(v.startsAt.getTime() - 10 * MINUTE).toISOString(),
      closesAt: new Date(v.startsAt.getTime() + 75 * MINUTE).toISOString(),
      open: true,
      kind: 'interpreter',
      firstName: 'Amira',
      workerFirstName: v.worker.name!.split(' ')[0],
      clientFirstName: 'Sanne',
    });
    expect(JSON.stringify(res.body)).not.toContain('de Vries');
    expect(JSON.stringify(res.body)).not.toContain(v.caseId);
  });

  it('refuses an unknown token with 404 and a missing one with 400 naming token', async () => {
    expect((await guestRoom('x'.repeat(43))).status).toBe(404);
    expect((await guestRoom('a b')).status).toBe(404);
    const missing = await t.http().post('/api/video/guest/room').send({});
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('token');
    await expect(connectGuest('x'.repeat(43))).rejects.toThrow('unauthorized');
    await expect(connectGuest(42)).rejects.toThrow('unauthorized');
  });

  it('hands the guest TURN credentials in the room window only, and the link stops at the window’s end', async () => {
    const v = await makeVideoCase(t, { startsAt: new Date('2026-03-02T14:30:00Z'), durationMinutes: 45 });
    const link = await invite(v);
    expect((await guestIce(link.token)).status).toBe(409);
    t.clock.set('2026-03-02T14:20:00Z');
    const ice = (await guestIce(link.token).expect(200)).body;
    const username = `${Date.parse('2026-03-02T15:20:00Z') / 1000}:guest-${link.id}`;
    expect(ice.iceServers[1]).toEqual({
      urls: ['turn:turn.nabij.test:3478'],
      username,
      credential: createHmac('sha1', SECRET).update(username).digest('base64'),
    });
    const guest = await connectGuest(link.token);
    expect(await join(guest, v.appointmentId)).toMatchObject({ ok: true });
    t.clock.set('2026-03-02T15:45:00Z');
    expect((await guestIce(link.token)).status).toBe(409);
    expect((await guestRoom(link.token).expect(200)).body.open).toBe(false);
    const late = await connectGuest(link.token);
    expect(await join(late, v.appointmentId)).toMatchObject({ ok: false, error: 'not_open' });
  });

  it('voids the link when the appointment is cancelled', async () => {
    const v = await makeVideoCase(t);
    const link = await invite(v);
    await t
      .http()
      .patch(`/api/dossier/cases/${v.caseId}/appointments/${v.appointmentId}`)
      .auth(v.worker.token, { type: 'bearer' })
      .send({ status: 'cancelled' })
      .expect(200);
    expect((await guestRoom(link.token)).status).toBe(404);
    await expect(connectGuest(link.token)).rejects.toThrow('unauthorized');
  });

  it('lets the guest into its own call only, waiting until the worker admits them; then the call has three people', async () => {
    const v = await makeVideoCase(t);
    const other = await makeVideoCase(t);
    const link = await invite(v);
    const worker = await connect(v.worker.token);
    const client = await connect(v.client.token);
    await join(worker, v.appointmentId);
    await join(client, v.appointmentId);
    await emitAck(worker, VideoClientEvent.Admit, { appointmentId: v.appointmentId });

    const guest = await connectGuest(link.token);
    expect(await join(guest, other.appointmentId)).toMatchObject({ ok: false, error: 'not_found' });
    const workerSees = nextEvent<VideoRoomState>(worker, VideoServerEvent.Room, (s) => s.participants.some((p) => p.role === 'guest'));
    const waiting = await join(guest, v.appointmentId);
    expect(waiting).toMatchObject({ ok: true, data: { you: 'waiting' } });
    expect((await workerSees).participants).toContainEqual({ role: 'guest', name: 'Amira', presence: 'waiting', guestKind: 'interpreter' });
    // Waiting, the guest neither sends nor hears signals.
    expect(await emitAck(guest, VideoClientEvent.Signal, { appointmentId: v.appointmentId, description: OFFER })).toMatchObject({
      ok: false,
      error: 'not_in_call',
    });
    expect(await emitAck(client, VideoClientEvent.Admit, { appointmentId: v.appointmentId, who: 'guest' })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });

    const guestIn = nextEvent<VideoRoomState>(guest, VideoServerEvent.Room, (s) => s.you === 'in_call');
    expect(await emitAck(worker, VideoClientEvent.Admit, { appointmentId: v.appointmentId, who: 'guest' })).toMatchObject({ ok: true });
    // The guest sees first names only.
    expect((await guestIn).participants).toEqual([
      { role: 'worker', name: v.worker.name!.split(' ')[0], presence: 'in_call' },
      { role: 'client', name: 'Sanne', presence: 'in_call' },
      { role: 'guest', name: 'Amira', presence: 'in_call', guestKind: 'interpreter' },
    ]);
    const [row] = await t.dataSource.query(`SELECT admitted_at FROM video_guest_link WHERE id = $1`, [link.id]);
    expect(row.admitted_at).toEqual(new Date('2026-03-02T13:55:00Z'));

    // A signal addressed to the guest reaches the guest only, stamped with its sender.
    const heardByClient = collect<VideoSignal>(client, VideoServerEvent.Signal);
    const toGuest = nextEvent<VideoSignal>(guest, VideoServerEvent.Signal);
    await emitAck(worker, VideoClientEvent.Signal, { appointmentId: v.appointmentId, to: 'guest', description: OFFER });
    expect(await toGuest).toEqual({ appointmentId: v.appointmentId, to: 'guest', from: 'worker', description: OFFER });
    const toClient = nextEvent<VideoSignal>(client, VideoServerEvent.Signal);
    await emitAck(guest, VideoClientEvent.Signal, { appointmentId: v.appointmentId, to: 'client', description: OFFER });
    expect(await toClient).toMatchObject({ from: 'guest', to: 'client' });
    expect(heardByClient.filter((s) => s.from === 'worker')).toEqual([]);
    expect(
      await emitAck(guest, VideoClientEvent.Signal, { appointmentId: v.appointmentId, to: 'teamlead', description: OFFER }),
    ).toMatchObject({
      ok: false,
      error: 'invalid',
    });
  });

  it('brings an admitted guest who reloads straight back in, and refuses the link on a second device meanwhile', async () => {
    const v = await makeVideoCase(t);
    const link = await invite(v);
    const worker = await connect(v.worker.token);
    await join(worker, v.appointmentId);
    const guest = await connectGuest(link.token);
    await join(guest, v.appointmentId);
    await emitAck(worker, VideoClientEvent.Admit, { appointmentId: v.appointmentId, who: 'guest' });
    const second = await connectGuest(link.token);
    expect(await join(second, v.appointmentId)).toMatchObject({ ok: false, error: 'in_use' });
    guest.close();
    await nextEvent<VideoRoomState>(worker, VideoServerEvent.Room, (s) => !s.participants.some((p) => p.role === 'guest'));
    const back = await connectGuest(link.token);
    expect(await join(back, v.appointmentId)).toMatchObject({ ok: true, data: { you: 'in_call' } });
  });

  it('takes the guest out at once when the worker withdraws the link, and the link opens nothing after', async () => {
    const v = await makeVideoCase(t);
    const link = await invite(v);
    const worker = await connect(v.worker.token);
    await join(worker, v.appointmentId);
    const guest = await connectGuest(link.token);
    await join(guest, v.appointmentId);
    const told = nextEvent<{ reason: string }>(guest, VideoServerEvent.LoginEnded);
    const closed = new Promise<void>((resolve) => guest.once('disconnect', () => resolve()));
    const gone = nextEvent<VideoRoomState>(worker, VideoServerEvent.Room, (s) => !s.participants.some((p) => p.role === 'guest'));
    await t
      .http()
      .delete(`${guestsOf(v.appointmentId)}/${link.id}`)
      .auth(v.worker.token, { type: 'bearer' })
      .expect(200);
    expect(await told).toEqual({ reason: 'link_revoked' });
    await closed;
    await gone;
    await expect(connectGuest(link.token)).rejects.toThrow('unauthorized');
    expect((await guestIce(link.token)).status).toBe(404);
  });

  it('keeps the guest link from working once the case has moved to another worker', async () => {
    const v = await makeVideoCase(t);
    const link = await invite(v);
    const successor = await makeWorker(t, { organisationId: v.organisationId });
    await handOverCase(t, v.worker, v.caseId, successor.id);
    expect((await guestRoom(link.token)).status).toBe(404);
  });
});
