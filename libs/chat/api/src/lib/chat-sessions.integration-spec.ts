import { ChatClientEvent, ChatServerEvent } from '@nabij/chat/contracts';
import type { ChatAck, ChatJoinResult, ChatMessageView, ChatQueueResponse, ChatSessionView } from '@nabij/chat/contracts';
import { JwtService } from '@nestjs/jwt';
import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { MINUTE, TestAccount } from '@nabij/platform/testing';
import type { Socket } from 'socket.io-client';
import { ChatOrganisation, makeChatAccount, makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, connectChat, createChatTestApp, emitAck, nextEvent, startAnonymousChat } from './testing/chat-test-app';

// One chat organisation per app: the service area that routes postcode 2312 to it is global.

describe('chat sessions (HTTP)', () => {
  let t: ChatTestApp;
  let org: ChatOrganisation;
  let worker: string;
  let client: string;
  /** A case of the client with the worker on duty, opened through the dossier. */
  const openCase = async (someone: TestAccount) =>
    (await makeCase(t, { worker: org.worker, clientId: someone.id, openedOn: '2026-02-01' })).id;

  beforeAll(async () => {
    t = await createChatTestApp({ imports: [DossierModule] });
    org = await makeChatOrganisation(t);
    worker = org.worker.token;
    client = org.client.token;
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T14:30:00Z'));

  it('GET /api/chat/status says when chat opens, and that it is open with the worker on duty', async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    expect((await t.http().get('/api/chat/status')).body).toEqual({
      open: false,
      closesAt: null,
      nextOpensAt: '2026-03-02T14:00:00.000Z',
      workersOnDuty: 0,
    });
    t.clock.set('2026-03-02T14:30:00Z');
    const open = await t.http().get(`/api/chat/status?organisation=${org.slug}`);
    expect(open.body).toEqual({ open: true, closesAt: '2026-03-02T16:00:00.000Z', nextOpensAt: null, workersOnDuty: 1 });
    expect((await t.http().get('/api/chat/status?organisation=nope')).status).toBe(404);
  });

  it('refuses to start a chat outside chat hours', async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    const res = await t.http().post('/api/chat/sessions').auth(client, { type: 'bearer' });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('2026-03-02T14:00:00.000Z');
  });

  it('starts an anonymous chat only with a served, unexpired postcode check', async () => {
    const unserved = await t.http().post('/api/postcode-check').send({ postcode: '1012 AB' });
    expect(unserved.body.served).toBe(false);
    const served = await t.http().post('/api/postcode-check').send({ postcode: '2312 AB' });
    expect((await t.http().post('/api/chat/anonymous').send({})).status).toBe(400);
    expect((await t.http().post('/api/chat/anonymous').send({ checkId: '8a1f4a8e-2b0b-4c1e-9a3e-0d6b3c1f2a11' })).status).toBe(400);
    t.clock.advance(121 * MINUTE);
    expect((await t.http().post('/api/chat/anonymous').send({ checkId: served.body.checkId })).body.message).toContain('expired');
    t.clock.set('2026-03-02T14:30:00Z');
    const started = await t
      .http()
      .post('/api/chat/anonymous')
      .send({ checkId: served.body.checkId, email: 'Anon@Example.nl', birthDate: '1990-04-12' });
    expect(started.status).toBe(201);
    expect(started.body.chatToken).toMatch(/^chat_/);
    expect(started.body.session).toMatchObject({ status: 'waiting', anonymous: true, queue: { position: expect.any(Number) } });
    expect((await t.http().post('/api/chat/anonymous').send({ checkId: served.body.checkId })).status).toBe(409);
    const mine = await t.http().get('/api/chat/anonymous/session').set('X-Chat-Token', started.body.chatToken);
    expect(mine.body.id).toBe(started.body.session.id);
    expect((await t.http().get('/api/chat/anonymous/session').set('X-Chat-Token', 'chat_forged')).status).toBe(401);
    // Leave the queue clean for the next tests.
    expect((await t.http().post('/api/chat/anonymous/end').set('X-Chat-Token', started.body.chatToken)).body.status).toBe('ended');
  });

  it('keeps arrival order in the queue, shows the worker what the client gave, and moves clients up', async () => {
    const a = await makeChatAccount(t, org, 'client');
    const b = await makeChatAccount(t, org, 'client');
    const c = await makeChatAccount(t, org, 'client');
    const ids: string[] = [];
    for (const who of [a, b, c]) {
      const res = await t.http().post('/api/chat/sessions').auth(who.token, { type: 'bearer' });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
      t.clock.advance(1000);
    }
    // Starting again resumes the same chat instead of queueing twice.
    expect((await t.http().post('/api/chat/sessions').auth(b.token, { type: 'bearer' })).body).toMatchObject({
      id: ids[1],
      queue: { position: 2 },
    });
    const queue: ChatQueueResponse = (await t.http().get('/api/chat/queue').auth(worker, { type: 'bearer' })).body;
    expect(queue.waiting.map((e) => [e.id, e.position])).toEqual([
      [ids[0], 1],
      [ids[1], 2],
      [ids[2], 3],
    ]);
    // A registered client's name, address, postcode and birth date (identity) and financier (intake).
    expect(queue.waiting[0]).toMatchObject({
      email: a.email,
      clientName: a.name,
      postcode: '2312 AB',
      birthDate: '1990-01-01',
      financier: 'Leiden',
      anonymous: false,
      waitingSeconds: 3,
    });
    expect(queue.onDuty).toBe(true);
    const third: ChatSessionView = (await t.http().get(`/api/chat/sessions/${ids[2]}`).auth(c.token, { type: 'bearer' })).body;
    expect(third.queue).toEqual({ position: 3, estimatedWaitSeconds: 2 * 30 * 60 + 120 });

    expect((await t.http().post(`/api/chat/sessions/${ids[0]}/pick-up`).auth(worker, { type: 'bearer' })).status).toBe(200);
    expect((await t.http().get(`/api/chat/sessions/${ids[2]}`).auth(c.token, { type: 'bearer' })).body.queue.position).toBe(2);
    const after: ChatQueueResponse = (await t.http().get('/api/chat/queue').auth(worker, { type: 'bearer' })).body;
    expect(after.mine.map((e) => e.id)).toEqual([ids[0]]);
    for (const [i, who] of [a, b, c].entries())
      await t.http().post(`/api/chat/sessions/${ids[i]}/end`).auth(who.token, { type: 'bearer' }).expect(200);
  });

  it('lets exactly one of two workers racing win the pick-up', async () => {
    const other = await makeChatAccount(t, org, 'worker');
    const someone = await makeChatAccount(t, org, 'client');
    for (let round = 0; round < 5; round++) {
      const chat = (await t.http().post('/api/chat/sessions').auth(someone.token, { type: 'bearer' })).body;
      const results = await Promise.all(
        [worker, other.token].map((token) => t.http().post(`/api/chat/sessions/${chat.id}/pick-up`).auth(token, { type: 'bearer' })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const [row] = await t.dataSource.query('SELECT worker_id, status FROM chat_session WHERE id = $1', [chat.id]);
      const winner = results[0].status === 200 ? org.worker.id : other.id;
      expect(row).toEqual({ worker_id: winner, status: 'active' });
      await t.http().post(`/api/chat/sessions/${chat.id}/end`).auth(someone.token, { type: 'bearer' }).expect(200);
    }
  });

  it('denies routes to the wrong role (403) and hides other people’s chats (404)', async () => {
    const owner = await makeChatAccount(t, org, 'client');
    const stranger = await makeChatAccount(t, org, 'client');
    const otherWorker = await makeChatAccount(t, org, 'worker');
    const chat = (await t.http().post('/api/chat/sessions').auth(owner.token, { type: 'bearer' })).body;

    expect((await t.http().get('/api/chat/queue')).status).toBe(401);
    expect((await t.http().get('/api/chat/queue').auth(client, { type: 'bearer' })).status).toBe(403);
    expect((await t.http().post('/api/chat/sessions').auth(worker, { type: 'bearer' })).status).toBe(403);
    expect((await t.http().post(`/api/chat/sessions/${chat.id}/pick-up`).auth(owner.token, { type: 'bearer' })).status).toBe(403);
    expect(
      (await t.http().post(`/api/chat/sessions/${chat.id}/convert`).auth(owner.token, { type: 'bearer' }).send({ caseId: chat.id })).status,
    ).toBe(403);

    expect((await t.http().get(`/api/chat/sessions/${chat.id}`).auth(stranger.token, { type: 'bearer' })).status).toBe(404);
    expect((await t.http().get(`/api/chat/sessions/${chat.id}/messages`).auth(stranger.token, { type: 'bearer' })).status).toBe(404);
    expect((await t.http().post(`/api/chat/sessions/${chat.id}/end`).auth(stranger.token, { type: 'bearer' })).status).toBe(404);
    expect((await t.http().get('/api/chat/sessions/not-a-uuid').auth(owner.token, { type: 'bearer' })).status).toBe(400);

    await t.http().post(`/api/chat/sessions/${chat.id}/pick-up`).auth(worker, { type: 'bearer' }).expect(200);
    // Once held, the chat is the holder's: another worker cannot read or end it.
    expect((await t.http().get(`/api/chat/sessions/${chat.id}/messages`).auth(otherWorker.token, { type: 'bearer' })).status).toBe(404);
    expect((await t.http().post(`/api/chat/sessions/${chat.id}/end`).auth(otherWorker.token, { type: 'bearer' })).status).toBe(404);
    await t.http().post(`/api/chat/sessions/${chat.id}/end`).auth(worker, { type: 'bearer' }).expect(200);
  });

  it('records the duration on end and stores the three evaluation answers once', async () => {
    const someone = await makeChatAccount(t, org, 'client');
    const caseId = await openCase(someone);
    const chat = (await t.http().post('/api/chat/sessions').auth(someone.token, { type: 'bearer' })).body;
    expect(chat.caseId).toBe(caseId);
    expect(
      (
        await t
          .http()
          .post(`/api/chat/sessions/${chat.id}/evaluation`)
          .auth(someone.token, { type: 'bearer' })
          .send({ helpful: 5, understood: 4, again: true })
      ).status,
    ).toBe(409);
    await t.http().post(`/api/chat/sessions/${chat.id}/pick-up`).auth(worker, { type: 'bearer' }).expect(200);
    t.clock.advance(37 * MINUTE);
    const ended = await t.http().post(`/api/chat/sessions/${chat.id}/end`).auth(worker, { type: 'bearer' });
    expect(ended.body).toMatchObject({ status: 'ended', durationSeconds: 37 * 60 });
    expect((await t.http().post(`/api/chat/sessions/${chat.id}/end`).auth(worker, { type: 'bearer' })).status).toBe(409);
    const bad = await t
      .http()
      .post(`/api/chat/sessions/${chat.id}/evaluation`)
      .auth(someone.token, { type: 'bearer' })
      .send({ helpful: 6, understood: 0, again: 'yes' });
    expect(Object.keys(bad.body.fields).sort()).toEqual(['again', 'helpful', 'understood']);
    await t
      .http()
      .post(`/api/chat/sessions/${chat.id}/evaluation`)
      .auth(someone.token, { type: 'bearer' })
      .send({ helpful: 5, understood: 4, again: true })
      .expect(204);
    expect(
      (
        await t
          .http()
          .post(`/api/chat/sessions/${chat.id}/evaluation`)
          .auth(someone.token, { type: 'bearer' })
          .send({ helpful: 1, understood: 1, again: false })
      ).status,
    ).toBe(409);
    expect(await t.dataSource.query('SELECT helpful, understood, again FROM chat_evaluation WHERE session_id = $1', [chat.id])).toEqual([
      { helpful: 5, understood: 4, again: true },
    ]);
    const list: ChatSessionView[] = (await t.http().get('/api/chat/sessions').auth(someone.token, { type: 'bearer' })).body;
    expect(list[0]).toMatchObject({ id: chat.id, evaluated: true, durationSeconds: 37 * 60 });
  });

  it('lets the worker attach an anonymous chat to a client’s case, keeping the transcript', async () => {
    const anon = await startAnonymousChat(t, { email: 'convert@example.nl' });
    const socket = await connectChat(t, anon.chatToken);
    try {
      await emitAck(socket, ChatClientEvent.Join, { sessionId: anon.sessionId });
      await emitAck(socket, ChatClientEvent.Send, { sessionId: anon.sessionId, body: 'Ik wil graag hulp.' });
    } finally {
      socket.close();
    }
    const registered = await makeChatAccount(t, org, 'client');
    const caseId = await openCase(registered);
    await t.http().post(`/api/chat/sessions/${anon.sessionId}/pick-up`).auth(worker, { type: 'bearer' }).expect(200);
    const converted = await t.http().post(`/api/chat/sessions/${anon.sessionId}/convert`).auth(worker, { type: 'bearer' }).send({ caseId });
    expect(converted.body).toMatchObject({ anonymous: false, caseId });
    expect(
      (await t.http().post(`/api/chat/sessions/${anon.sessionId}/convert`).auth(worker, { type: 'bearer' }).send({ caseId })).status,
    ).toBe(409);
    const transcript: ChatMessageView[] = (
      await t.http().get(`/api/chat/sessions/${anon.sessionId}/messages`).auth(registered.token, { type: 'bearer' })
    ).body;
    expect(transcript.map((m) => m.body)).toEqual(['Ik wil graag hulp.']);
    await t.http().post(`/api/chat/sessions/${anon.sessionId}/end`).auth(worker, { type: 'bearer' }).expect(200);
  });
});

describe('chat sockets', () => {
  // Socket round trips and two app start-ups need more than jest's default 5 s on a busy machine.
  let t: ChatTestApp;
  let org: ChatOrganisation;
  let workerToken: string;
  const sockets: Socket[] = [];
  const track = (s: Socket) => (sockets.push(s), s);

  beforeAll(async () => {
    t = await createChatTestApp({ socket: { rateBurst: 5, ratePerSecond: 0.5 } });
    org = await makeChatOrganisation(t);
    workerToken = org.worker.token;
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => t?.close());

  async function activeAnonymousChat(): Promise<{ sessionId: string; chatToken: string; client: Socket; worker: Socket }> {
    const anon = await startAnonymousChat(t);
    await t.http().post(`/api/chat/sessions/${anon.sessionId}/pick-up`).auth(workerToken, { type: 'bearer' }).expect(200);
    const client = track(await connectChat(t, anon.chatToken));
    const worker = track(await connectChat(t, workerToken));
    expect((await emitAck<ChatAck<ChatJoinResult>>(client, ChatClientEvent.Join, { sessionId: anon.sessionId })).ok).toBe(true);
    expect((await emitAck<ChatAck<ChatJoinResult>>(worker, ChatClientEvent.Join, { sessionId: anon.sessionId })).ok).toBe(true);
    return { ...anon, client, worker };
  }

  it('refuses sockets without a valid token', async () => {
    await expect(connectChat(t, undefined)).rejects.toThrow('unauthorized');
    await expect(connectChat(t, 'not-a-jwt')).rejects.toThrow('unauthorized');
    await expect(connectChat(t, 'chat_guessed-token')).rejects.toThrow('unauthorized');
    const forged = workerToken.slice(0, -4) + (workerToken.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await expect(connectChat(t, forged)).rejects.toThrow('unauthorized');
    // The worker's own claims, but signed with another secret, or expired: refused like at the HTTP guard.
    const jwt = t.app.get(JwtService);
    const { exp: _exp, iat: _iat, ...claims } = jwt.decode<Record<string, unknown>>(workerToken);
    await expect(connectChat(t, jwt.sign(claims, { secret: 'another-secret-that-is-long-enough-for-hs256' }))).rejects.toThrow(
      'unauthorized',
    );
    await expect(connectChat(t, jwt.sign(claims, { expiresIn: -10 }))).rejects.toThrow('unauthorized');
    // The same claims signed properly are let in: the refusals above are about the signature and the time.
    track(await connectChat(t, jwt.sign(claims)));
  });

  it('stores a message before acknowledging it, delivers it to the other side, and keeps HTML as text', async () => {
    const { sessionId, client, worker } = await activeAnonymousChat();
    const delivered = nextEvent<ChatMessageView>(worker, ChatServerEvent.Message);
    const body = '<script>alert(1)</script> hallo';
    const ack = await emitAck<ChatAck<ChatMessageView>>(client, ChatClientEvent.Send, { sessionId, body, clientMsgId: 'm-1' });
    expect(ack).toMatchObject({ ok: true, data: { seq: 1, sender: 'client', body } });
    // The ack arrived, so the row must already be committed.
    expect(await t.dataSource.query('SELECT seq, sender_role, body FROM chat_message WHERE session_id = $1', [sessionId])).toEqual([
      { seq: 1, sender_role: 'client', body },
    ]);
    expect((await delivered).body).toBe(body);
    // Resending after a lost ack stores nothing new.
    const again = await emitAck<ChatAck<ChatMessageView>>(client, ChatClientEvent.Send, { sessionId, body, clientMsgId: 'm-1' });
    expect(again).toMatchObject({ ok: true, data: { seq: 1 } });
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM chat_message WHERE session_id = $1', [sessionId])).toEqual([{ n: 1 }]);
  });

  it('shows the typing indicator to the other side', async () => {
    const { sessionId, client, worker } = await activeAnonymousChat();
    const typing = nextEvent(client, ChatServerEvent.Typing);
    worker.emit(ChatClientEvent.Typing, { sessionId, typing: true });
    expect(await typing).toEqual({ sessionId, sender: 'worker', typing: true });
  });

  it('refuses to join another chat’s room or to send into it', async () => {
    const mine = await activeAnonymousChat();
    const theirs = await startAnonymousChat(t);
    const join = await emitAck<ChatAck<ChatJoinResult>>(mine.client, ChatClientEvent.Join, { sessionId: theirs.sessionId });
    expect(join).toMatchObject({ ok: false, error: 'not_found' });
    const send = await emitAck<ChatAck<ChatMessageView>>(mine.client, ChatClientEvent.Send, { sessionId: theirs.sessionId, body: 'hoi' });
    expect(send).toMatchObject({ ok: false, error: 'not_joined' });
    // A worker who did not pick the chat up cannot join it either.
    const other = await makeChatAccount(t, org, 'worker');
    const nosy = track(await connectChat(t, other.token));
    expect(await emitAck(nosy, ChatClientEvent.Join, { sessionId: mine.sessionId })).toMatchObject({ ok: false, error: 'not_found' });
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM chat_message WHERE session_id = $1', [theirs.sessionId])).toEqual([
      { n: 0 },
    ]);
    await t.http().post('/api/chat/anonymous/end').set('X-Chat-Token', theirs.chatToken).expect(200);
  });

  it('replays what a client missed after reconnecting with its chat token', async () => {
    const { sessionId, chatToken, client, worker } = await activeAnonymousChat();
    const first = await emitAck<ChatAck<ChatMessageView>>(client, ChatClientEvent.Send, { sessionId, body: 'Ben je er?' });
    expect(first.ok).toBe(true);
    client.close();
    for (const body of ['Ja, ik ben er.', 'Waar wil je over praten?']) {
      expect((await emitAck<ChatAck<ChatMessageView>>(worker, ChatClientEvent.Send, { sessionId, body })).ok).toBe(true);
    }
    const back = track(await connectChat(t, chatToken));
    const joined = await emitAck<ChatAck<ChatJoinResult>>(back, ChatClientEvent.Join, { sessionId, lastSeenSeq: 1 });
    if (!joined.ok) throw new Error(joined.message);
    expect(joined.data.messages.map((m) => [m.seq, m.sender, m.body])).toEqual([
      [2, 'worker', 'Ja, ik ben er.'],
      [3, 'worker', 'Waar wil je over praten?'],
    ]);
    expect(joined.data.session).toMatchObject({ id: sessionId, status: 'active', lastSeq: 3 });
  });

  it('limits message length and rate per socket, and refuses messages after the chat ended', async () => {
    const { sessionId, client, worker } = await activeAnonymousChat();
    expect(await emitAck(client, ChatClientEvent.Send, { sessionId, body: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      error: 'too_long',
    });
    expect(await emitAck(client, ChatClientEvent.Send, { sessionId, body: '   ' })).toMatchObject({ ok: false, error: 'invalid' });
    expect(await emitAck(client, ChatClientEvent.Send, { sessionId, body: { html: true } })).toMatchObject({ ok: false, error: 'invalid' });
    const results = [];
    for (let i = 0; i < 8; i++)
      results.push(await emitAck<ChatAck<ChatMessageView>>(client, ChatClientEvent.Send, { sessionId, body: `spam ${i}` }));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.slice(5).every((r) => !r.ok && r.error === 'rate_limited')).toBe(true);
    // The worker's socket has its own allowance.
    expect((await emitAck<ChatAck<ChatMessageView>>(worker, ChatClientEvent.Send, { sessionId, body: 'rustig aan' })).ok).toBe(true);

    const ended = nextEvent<ChatSessionView>(client, ChatServerEvent.Session);
    await t.http().post(`/api/chat/sessions/${sessionId}/end`).auth(workerToken, { type: 'bearer' }).expect(200);
    expect((await ended).status).toBe('ended');
    expect(await emitAck(worker, ChatClientEvent.Send, { sessionId, body: 'nog één ding' })).toMatchObject({ ok: false, error: 'ended' });
  });

  it('tells a waiting client their place in the queue when it moves', async () => {
    const first = await startAnonymousChat(t);
    t.clock.advance(1000);
    const second = await startAnonymousChat(t);
    const waiting = track(await connectChat(t, second.chatToken));
    const joined = await emitAck<ChatAck<ChatJoinResult>>(waiting, ChatClientEvent.Join, { sessionId: second.sessionId });
    expect(joined.ok && joined.data.session.queue?.position).toBe(2);
    const moved = nextEvent<{ sessionId: string; position: number }>(waiting, ChatServerEvent.Queue);
    const queueChanged = track(await connectChat(t, workerToken));
    const workersTold = nextEvent(queueChanged, ChatServerEvent.QueueChanged);
    await t.http().post(`/api/chat/sessions/${first.sessionId}/pick-up`).auth(workerToken, { type: 'bearer' }).expect(200);
    expect(await moved).toMatchObject({ sessionId: second.sessionId, position: 1 });
    expect(await workersTold).toEqual({ organisationId: org.organisationId });
    for (const x of [first, second]) await t.http().post('/api/chat/anonymous/end').set('X-Chat-Token', x.chatToken).expect(200);
  });
});
