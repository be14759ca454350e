import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { makeOrganisation, MINUTE } from '@nabij/platform/testing';
import { VideoAck, VideoClientEvent, VideoRoomState } from '@nabij/video/contracts';
import { connectVideo, emitAck, makeVideoCase, useVideoTestApp, VideoTestApp } from './testing/video-test-app';

jest.setTimeout(60_000);

/** Who may join which call room: the case's client and its worker, in the join window; everyone else refused. */
describe('video call rooms: who may join', () => {
  let t: VideoTestApp;
  const track = useVideoTestApp((app) => (t = app));
  const join = async (token: string, appointmentId: string) =>
    emitAck<VideoAck<VideoRoomState>>(track(await connectVideo(t, token)), VideoClientEvent.Join, { appointmentId });
  const room = (token: string, appointmentId: string) => t.http().get(`/api/video/rooms/${appointmentId}`).auth(token, { type: 'bearer' });

  it('shows the room to the client and the worker of the case, each with the other person and whether it is open', async () => {
    const v = await makeVideoCase(t);
    const asClient = await room(v.client.token, v.appointmentId).expect(200);
    expect(asClient.body).toMatchObject({
      appointmentId: v.appointmentId,
      caseId: v.caseId,
      startsAt: v.startsAt.toISOString(),
      opensAt: new Date(v.startsAt.getTime() - 10 * MINUTE).toISOString(),
      closesAt: new Date(v.startsAt.getTime() + 75 * MINUTE).toISOString(),
      open: true,
      you: 'client',
      otherName: v.worker.name,
      clientJoined: false,
    });
    const asWorker = await room(v.worker.token, v.appointmentId).expect(200);
    expect(asWorker.body).toMatchObject({ you: 'worker', otherName: 'Sanne de Vries', open: true });
  });

  it('writes an access-log entry when the worker opens the room, none for the client', async () => {
    const v = await makeVideoCase(t);
    await room(v.worker.token, v.appointmentId).expect(200);
    await room(v.client.token, v.appointmentId).expect(200);
    const entries = await t.dataSource.query(
      `SELECT actor_id, action, resource_type, client_id FROM audit_entry WHERE resource_id = $1 ORDER BY occurred_at`,
      [v.appointmentId],
    );
    expect(entries).toEqual([{ actor_id: v.worker.id, action: 'read', resource_type: 'video_room', client_id: v.client.id }]);
  });

  it('refuses team leads and admins with 403, on the routes and on the socket', async () => {
    const v = await makeVideoCase(t);
    const lead = await makeTeamLead(t, { organisationId: v.organisationId });
    const admin = await makeAdmin(t, { organisationId: v.organisationId });
    for (const who of [lead, admin]) {
      expect((await room(who.token, v.appointmentId)).status).toBe(403);
      expect((await t.http().get('/api/video/upcoming').auth(who.token, { type: 'bearer' })).status).toBe(403);
      expect(
        (await t.http().get('/api/video/ice-servers').query({ appointmentId: v.appointmentId }).auth(who.token, { type: 'bearer' })).status,
      ).toBe(403);
      await expect(connectVideo(t, who.token)).rejects.toThrow('forbidden');
    }
  });

  it('answers 404 to another client, a colleague and a worker of another organisation, and refuses their join', async () => {
    const v = await makeVideoCase(t);
    const org = await makeOrganisation(t);
    const otherClient = await makeClient(t, { organisationId: v.organisationId, financierId: (await makeOrganisation(t)).financierId });
    const colleague = await makeWorker(t, { organisationId: v.organisationId });
    const stranger = await makeWorker(t, { organisationId: org.organisationId });
    for (const who of [otherClient, colleague, stranger]) {
      expect((await room(who.token, v.appointmentId)).status).toBe(404);
      expect(await join(who.token, v.appointmentId)).toMatchObject({ ok: false, error: 'not_found' });
    }
  });

  it('refuses sockets without a valid access token', async () => {
    await expect(connectVideo(t, undefined)).rejects.toThrow('unauthorized');
    await expect(connectVideo(t, 'not-a-token')).rejects.toThrow('unauthorized');
  });

  it('opens the room 10 minutes before the start and closes it 30 minutes after the planned end', async () => {
    const v = await makeVideoCase(t, { startsAt: new Date('2026-03-02T14:30:00Z'), durationMinutes: 45 });
    t.clock.set('2026-03-02T14:19:59Z');
    expect((await room(v.client.token, v.appointmentId).expect(200)).body.open).toBe(false);
    expect(await join(v.client.token, v.appointmentId)).toMatchObject({ ok: false, error: 'not_open' });
    t.clock.set('2026-03-02T14:20:00Z');
    expect(await join(v.client.token, v.appointmentId)).toMatchObject({ ok: true });
    t.clock.set('2026-03-02T15:44:59Z');
    expect(await join(v.worker.token, v.appointmentId)).toMatchObject({ ok: true });
    t.clock.set('2026-03-02T15:45:00Z');
    expect(await join(v.worker.token, v.appointmentId)).toMatchObject({ ok: false, error: 'not_open' });
  });

  it('has no call room for an appointment of another kind (404)', async () => {
    const v = await makeVideoCase(t, { kind: 'face_to_face' });
    expect((await room(v.client.token, v.appointmentId)).status).toBe(404);
    expect(await join(v.worker.token, v.appointmentId)).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('lists the person’s open and coming video appointments on the home pages', async () => {
    const v = await makeVideoCase(t);
    const client = await t.http().get('/api/video/upcoming').auth(v.client.token, { type: 'bearer' }).expect(200);
    expect(client.body).toEqual([expect.objectContaining({ appointmentId: v.appointmentId, otherName: v.worker.name })]);
    const worker = await t.http().get('/api/video/upcoming').auth(v.worker.token, { type: 'bearer' }).expect(200);
    expect(worker.body).toEqual([expect.objectContaining({ appointmentId: v.appointmentId, otherName: 'Sanne de Vries' })]);
    t.clock.set(new Date(v.startsAt.getTime() + 75 * MINUTE));
    expect((await t.http().get('/api/video/upcoming').auth(v.client.token, { type: 'bearer' }).expect(200)).body).toEqual([]);
  });

  it('answers bad input with 400 naming the field, and a bad socket payload with invalid', async () => {
    const v = await makeVideoCase(t);
    const res = await t.http().get('/api/video/ice-servers').query({ appointmentId: 'nope' }).auth(v.client.token, { type: 'bearer' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('appointmentId');
    const badId = await room(v.client.token, 'not-a-uuid');
    expect(badId.status).toBe(400);
    expect(JSON.stringify(badId.body)).toContain('appointmentId');
    const socket = track(await connectVideo(t, v.client.token));
    for (const payload of [null, 'x', { appointmentId: 42 }, { appointmentId: 'x'.repeat(5000) }]) {
      expect(await emitAck(socket, VideoClientEvent.Join, payload)).toMatchObject({ ok: false, error: 'invalid' });
    }
  });
});
