import { makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, makeOrganisation, TestAccount, TestOrganisation } from '@nabij/platform/testing';
import type { VideoAck, VideoRoomState, VideoSignal } from '@nabij/video/contracts';
import type { Socket } from 'socket.io-client';
import { connectVideo, emitAck, makeVideoGroup, nextEvent, useVideoTestApp, VideoGroup, VideoTestApp } from './testing/video-test-app';

jest.setTimeout(60_000);

const OFFER = { type: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' };

describe('group sessions held in Nabij (video room of a training group)', () => {
  let t: VideoTestApp;
  const track = useVideoTestApp((app) => (t = app));
  let org: TestOrganisation;
  let trainer: TestAccount;
  let sanne: TestAccount;
  let kees: TestAccount;
  let outsider: TestAccount;
  let otherGroupMember: TestAccount;
  let teamLead: TestAccount;
  let stranger: TestAccount;
  let group: VideoGroup;
  let otherGroup: VideoGroup;
  let roomGroup: VideoGroup;

  beforeAll(async () => {
    org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId, canTrain: true };
    trainer = await makeWorker(t, { ...staff, name: 'Femke Bakker', email: 'femke.bakker@example.nl' });
    teamLead = await makeTeamLead(t, staff);
    const client = (name: string, email: string) =>
      makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name, email });
    sanne = await client('Sanne de Vries', 'sanne.devries@example.nl');
    kees = await client('Kees Jansen', 'kees.jansen@example.nl');
    outsider = await client('Piet Outsider', 'piet.outsider@example.nl');
    otherGroupMember = await client('Anna Anders', 'anna.anders@example.nl');
    group = await makeVideoGroup(t, {
      organisationId: org.organisationId,
      trainers: [trainer],
      participants: [{ account: sanne }, { account: kees, nickname: 'Zonnetje' }],
    });
    otherGroup = await makeVideoGroup(t, {
      organisationId: org.organisationId,
      trainers: [trainer],
      participants: [{ account: otherGroupMember }],
    });
    roomGroup = await makeVideoGroup(t, {
      organisationId: org.organisationId,
      trainers: [trainer],
      participants: [{ account: sanne }],
      place: 'room',
    });
    const second = await makeOrganisation(t);
    stranger = await makeWorker(t, { organisationId: second.organisationId, teamId: second.teamId, canTrain: true });
  });

  const join = (socket: Socket, sessionId: string) =>
    emitAck<VideoAck<VideoRoomState>>(socket, 'video:join', { appointmentId: sessionId, kind: 'group_session' });

  it('shows its room to the trainer and participants only; others get 404, a team lead 403', async () => {
    const view = await t.http().get(`/api/video/group-sessions/${group.sessionId}`).set(bearer(kees));
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      sessionId: group.sessionId,
      you: 'participant',
      displayName: 'Zonnetje',
      open: true,
      opensAt: '2026-03-02T13:45:00.000Z',
      closesAt: '2026-03-02T15:00:00.000Z',
      maxPeople: 13,
    });
    expect((await t.http().get(`/api/video/group-sessions/${group.sessionId}`).set(bearer(trainer))).body.you).toBe('trainer');
    for (const who of [outsider, otherGroupMember, stranger])
      expect((await t.http().get(`/api/video/group-sessions/${group.sessionId}`).set(bearer(who))).status).toBe(404);
    expect((await t.http().get(`/api/video/group-sessions/${group.sessionId}`).set(bearer(teamLead))).status).toBe(403);
    expect((await t.http().get(`/api/video/group-sessions/${roomGroup.sessionId}`).set(bearer(sanne))).status).toBe(404);
    const bad = await t.http().get(`/api/video/group-sessions/not-a-uuid`).set(bearer(sanne));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('sessionId');
    expect((await t.http().get(`/api/video/group-sessions/${group.sessionId}/ice-servers`).set(bearer(sanne))).status).toBe(200);
    expect((await t.http().get(`/api/video/group-sessions/${group.sessionId}/ice-servers`).set(bearer(outsider))).status).toBe(404);
  });

  it('lets the trainer plan a session online in Nabij (no link kept) and change it to a room and back; only a video session has a room', async () => {
    const path = `/api/training-cohorts/${group.cohortId}/sessions`;
    const planned = await t
      .http()
      .post(path)
      .set(bearer(trainer))
      .send({ startsAt: '2026-03-09T19:00:00+01:00', minutes: 90, place: 'video', link: 'https://meet.example.nl/vergeten' });
    expect(planned.status).toBe(201);
    expect(planned.body).toMatchObject({ place: 'video', room: null, address: null, link: null });
    const room = await t.http().get(`/api/video/group-sessions/${planned.body.id}`).set(bearer(sanne));
    expect(room.body).toMatchObject({ open: false, opensAt: '2026-03-09T17:45:00.000Z', closesAt: '2026-03-09T19:30:00.000Z' });

    const moved = await t
      .http()
      .put(`${path}/${planned.body.id}`)
      .set(bearer(trainer))
      .send({ startsAt: '2026-03-09T19:00:00+01:00', minutes: 90, place: 'room', room: 'Zaal 2', address: 'Breestraat 10, Leiden' });
    expect(moved.status).toBe(200);
    expect((await t.http().get(`/api/video/group-sessions/${planned.body.id}`).set(bearer(sanne))).status).toBe(404);
    const back = await t
      .http()
      .put(`${path}/${planned.body.id}`)
      .set(bearer(trainer))
      .send({ startsAt: '2026-03-09T19:00:00+01:00', minutes: 90, place: 'video' });
    expect(back.body).toMatchObject({ place: 'video', room: null, address: null });
    const bad = await t.http().post(path).set(bearer(trainer)).send({ startsAt: '2026-03-09T19:00:00+01:00', minutes: 90, place: 'zoom' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('place');
  });

  it('lets in at most the group maximum plus its trainers', async () => {
    const many = await Promise.all(
      Array.from({ length: 13 }, (_, i) =>
        makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: `Deelnemer${i} Achternaam` }),
      ),
    );
    const big = await makeVideoGroup(t, {
      organisationId: org.organisationId,
      trainers: [trainer],
      participants: many.map((account) => ({ account })),
    });
    const tr = track(await connectVideo(t, trainer.token));
    expect(await join(tr, big.sessionId)).toMatchObject({ ok: true });
    for (const account of many.slice(0, 12)) {
      const s = track(await connectVideo(t, account.token));
      expect(await join(s, big.sessionId)).toMatchObject({ ok: true, data: { you: 'in_call' } });
    }
    const last = track(await connectVideo(t, many[12].token));
    expect(await join(last, big.sessionId)).toMatchObject({ ok: false, error: 'full' });
    // A second page of someone already in does not count twice.
    const again = track(await connectVideo(t, many[0].token));
    expect(await join(again, big.sessionId)).toMatchObject({ ok: true });
  });

  it("turns away a participant of another group, a client outside the group and another organisation's worker", async () => {
    const cases: Array<[TestAccount, string]> = [
      [otherGroupMember, group.sessionId],
      [sanne, otherGroup.sessionId],
      [outsider, group.sessionId],
      [stranger, group.sessionId],
    ];
    for (const [who, sessionId] of cases) {
      const socket = track(await connectVideo(t, who.token));
      expect(await join(socket, sessionId)).toMatchObject({ ok: false, error: 'not_found' });
    }
  });

  it('has no room for a session in a room (or with a link), nor an appointment room under a session id', async () => {
    const socket = track(await connectVideo(t, sanne.token));
    expect(await join(socket, roomGroup.sessionId)).toMatchObject({ ok: false, error: 'not_found' });
    expect(await emitAck(socket, 'video:join', { appointmentId: group.sessionId })).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('opens 15 minutes before the start and closes at the end', async () => {
    const socket = track(await connectVideo(t, trainer.token));
    t.clock.set('2026-03-02T13:44:00Z');
    expect(await join(socket, group.sessionId)).toMatchObject({ ok: false, error: 'not_open' });
    t.clock.set('2026-03-02T15:00:00Z');
    expect(await join(socket, group.sessionId)).toMatchObject({ ok: false, error: 'not_open' });
  });

  it('refuses bad join payloads with a reason naming the field', async () => {
    const socket = track(await connectVideo(t, sanne.token));
    for (const payload of [null, 'x', { appointmentId: 'nope', kind: 'group_session' }, { appointmentId: group.sessionId, kind: 'party' }])
      expect(await emitAck(socket, 'video:join', payload)).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('lets participants wait for a trainer, then everyone is in; the room lists display names only', async () => {
    const s = track(await connectVideo(t, sanne.token));
    const first = await join(s, group.sessionId);
    expect(first).toMatchObject({ ok: true, data: { you: 'waiting', kind: 'group_session' } });

    const tr = track(await connectVideo(t, trainer.token));
    const sanneIn = nextEvent<VideoRoomState>(s, 'video:room', (r) => r.you === 'in_call');
    const trained = await join(tr, group.sessionId);
    expect(trained).toMatchObject({ ok: true, data: { you: 'in_call' } });
    await sanneIn;

    const k = track(await connectVideo(t, kees.token));
    const joined = await join(k, group.sessionId);
    if (!joined.ok) throw new Error(joined.message);
    expect(joined.data.you).toBe('in_call');
    expect(joined.data.participants.map(({ role, name, presence }) => ({ role, name, presence }))).toEqual([
      { role: 'worker', name: 'Femke', presence: 'in_call' },
      { role: 'client', name: 'Sanne', presence: 'in_call' },
      { role: 'client', name: 'Zonnetje', presence: 'in_call' },
    ]);
    const peers = joined.data.participants.map((p) => p.peerId);
    expect(new Set(peers).size).toBe(3);
    expect(peers).toContain(joined.data.yourPeerId);
    const json = JSON.stringify(joined.data);
    for (const secret of ['Bakker', 'de Vries', 'Jansen', '@', kees.id, sanne.id, trainer.id]) expect(json).not.toContain(secret);
  });

  it('passes a signal to the one peer it is addressed to, stamped with the sender, and to nobody else', async () => {
    const tr = track(await connectVideo(t, trainer.token));
    const s = track(await connectVideo(t, sanne.token));
    const k = track(await connectVideo(t, kees.token));
    const trainerState = await join(tr, group.sessionId);
    await join(s, group.sessionId);
    const kState = await join(k, group.sessionId);
    if (!trainerState.ok || !kState.ok) throw new Error('join failed');
    const keesPeer = kState.data.yourPeerId as string;
    const trainerPeer = trainerState.data.yourPeerId as string;

    const toKees = nextEvent<VideoSignal>(k, 'video:signal');
    let sanneGotIt = false;
    s.on('video:signal', () => (sanneGotIt = true));
    expect(await emitAck(tr, 'video:signal', { appointmentId: group.sessionId, toPeer: keesPeer, description: OFFER })).toEqual({
      ok: true,
      data: null,
    });
    expect(await toKees).toMatchObject({ from: 'worker', fromPeer: trainerPeer, description: OFFER });
    expect(sanneGotIt).toBe(false);

    expect(await emitAck(tr, 'video:signal', { appointmentId: group.sessionId, description: OFFER })).toMatchObject({
      ok: false,
      error: 'invalid',
    });
    expect(await emitAck(tr, 'video:signal', { appointmentId: group.sessionId, toPeer: '<script>', description: OFFER })).toMatchObject({
      ok: false,
      error: 'invalid',
    });
    expect(await emitAck(tr, 'video:admit', { appointmentId: group.sessionId })).toMatchObject({ ok: false });
  });

  it("lets a trainer turn a participant's microphone off, and nobody else", async () => {
    const tr = track(await connectVideo(t, trainer.token));
    const s = track(await connectVideo(t, sanne.token));
    const k = track(await connectVideo(t, kees.token));
    await join(tr, group.sessionId);
    const sState = await join(s, group.sessionId);
    const kState = await join(k, group.sessionId);
    if (!sState.ok || !kState.ok) throw new Error('join failed');
    const muted = nextEvent<{ appointmentId: string; by: string }>(k, 'video:muted');
    expect(await emitAck(tr, 'video:mute', { appointmentId: group.sessionId, peerId: kState.data.yourPeerId })).toEqual({
      ok: true,
      data: null,
    });
    expect(await muted).toEqual({ appointmentId: group.sessionId, by: 'Femke' });
    expect(await emitAck(s, 'video:mute', { appointmentId: group.sessionId, peerId: kState.data.yourPeerId })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await emitAck(tr, 'video:mute', { appointmentId: group.sessionId, peerId: 'nobody-here' })).toMatchObject({
      ok: false,
      error: 'not_in_call',
    });
    expect(await emitAck(tr, 'video:mute', { appointmentId: group.sessionId, peerId: 42 })).toMatchObject({ ok: false, error: 'invalid' });
  });

  it("passes a text panel line to everyone else in the group call with the sender's peer, and to nobody outside it", async () => {
    const tr = track(await connectVideo(t, trainer.token));
    const s = track(await connectVideo(t, sanne.token));
    const k = track(await connectVideo(t, kees.token));
    await join(tr, group.sessionId);
    const sState = await join(s, group.sessionId);
    await join(k, group.sessionId);
    if (!sState.ok) throw new Error('join failed');
    const toTrainer = nextEvent<{ body: string; fromPeer: string }>(tr, 'video:text');
    const toKees = nextEvent<{ body: string; fromPeer: string }>(k, 'video:text');
    let sanneGotHerOwn = false;
    s.on('video:text', () => (sanneGotHerOwn = true));
    const ack = await emitAck(s, 'video:text', { appointmentId: group.sessionId, body: 'Ik hoor jullie goed.' });
    expect(ack).toMatchObject({ ok: true, data: { from: 'client', fromPeer: sState.data.yourPeerId, body: 'Ik hoor jullie goed.' } });
    expect(await toTrainer).toMatchObject({ fromPeer: sState.data.yourPeerId, body: 'Ik hoor jullie goed.' });
    expect(await toKees).toMatchObject({ fromPeer: sState.data.yourPeerId, body: 'Ik hoor jullie goed.' });
    expect(sanneGotHerOwn).toBe(false);
    expect(await emitAck(s, 'video:text', { appointmentId: group.sessionId, body: '' })).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('keeps the others in the call when the trainer hangs up', async () => {
    const tr = track(await connectVideo(t, trainer.token));
    const s = track(await connectVideo(t, sanne.token));
    await join(tr, group.sessionId);
    await join(s, group.sessionId);
    const alone = nextEvent<VideoRoomState>(s, 'video:room', (r) => r.participants.length === 1);
    expect(await emitAck(tr, 'video:hang-up', { appointmentId: group.sessionId })).toEqual({ ok: true, data: null });
    expect(await alone).toMatchObject({ you: 'in_call', participants: [{ name: 'Sanne', presence: 'in_call' }] });
  });
});
