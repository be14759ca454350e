import { ChatClientEvent, ChatServerEvent } from '@nabij/chat/contracts';
import type { ChatAck, ChatJoinResult, ChatQueueEntry, ChatQueueEvent, ChatQueueResponse, ChatSessionView } from '@nabij/chat/contracts';
import type { Socket } from 'socket.io-client';
import { AUDIT_LINES, JobsService } from '@nabij/platform/api';
import { CHAT_QUEUE_PRESENCE, ChatPresenceService, CLIENT_UNSEEN_SECONDS } from './sessions/chat-presence.service';
import { ChatOrganisation, makeChatAccount, makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, connectChat, createChatTestApp, emitAck, eventWhere, startAnonymousChat } from './testing/chat-test-app';

jest.setTimeout(90_000);

const GRACE = 75;

/**
 * Issue 19.2: a waiting client whose sockets are all gone leaves the queue after the grace period
 * (the sweep a pg-boss job runs; with background jobs off the test calls it, as the job would), the
 * worker sees who is still connected and what they typed, and anonymous visitors can be told apart.
 */
describe('a chat queue that tells the truth', () => {
  let t: ChatTestApp;
  let org: ChatOrganisation;
  const sockets: Socket[] = [];
  const tokens: string[] = [];

  beforeAll(async () => {
    t = await createChatTestApp({ socket: { queueGraceSeconds: GRACE } });
    org = await makeChatOrganisation(t);
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T14:30:00Z'));
  // Each test starts with an empty queue: its visitors leave.
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    for (const token of tokens.splice(0)) await t.http().post('/api/chat/anonymous/end').set('x-chat-token', token);
  });

  const visitor = async (extra: { nickname?: string; clientAddress?: string } = {}) => {
    const chat = await startAnonymousChat(t, extra);
    tokens.push(chat.chatToken);
    return chat;
  };
  const joined = async (chat: { sessionId: string; chatToken: string }) => {
    const socket = await connectChat(t, chat.chatToken);
    sockets.push(socket);
    const ack = await emitAck<ChatAck<ChatJoinResult>>(socket, ChatClientEvent.Join, { sessionId: chat.sessionId });
    if (!ack.ok) throw new Error(ack.message);
    return { socket, session: ack.data.session };
  };
  const queue = async (): Promise<ChatQueueResponse> =>
    (await t.http().get('/api/chat/queue').auth(org.worker.token, { type: 'bearer' }).expect(200)).body;
  const entryOf = async (id: string): Promise<ChatQueueEntry | undefined> => (await queue()).waiting.find((e) => e.id === id);
  const workerSocket = async () => {
    const socket = await connectChat(t, org.worker.token);
    sockets.push(socket);
    return socket;
  };
  const seconds = (n: number) => t.clock.advance(n * 1000);
  const sweep = () => t.app.get(ChatPresenceService).sweep(org.organisationId);

  it('removes a visitor gone past the grace period: the next one moves up and the worker list updates live', async () => {
    const first = await visitor();
    seconds(1); // arrival order decides the queue
    const second = await visitor();
    const a = await joined(first);
    const b = await joined(second);
    const desk = await workerSocket();
    expect(b.session.queue?.position).toBe(2);

    // Told live: a queue change after which the queue shows the visitor gone.
    const told = eventWhere(desk, ChatServerEvent.QueueChanged, async () => (await entryOf(first.sessionId))?.connected === false);
    a.socket.close();
    await told;
    expect(await entryOf(first.sessionId)).toMatchObject({ connected: false, goneSince: '2026-03-02T14:30:01.000Z', position: 1 });
    expect(await entryOf(second.sessionId)).toMatchObject({ connected: true, goneSince: null, position: 2 });

    // Within the grace period nothing changes: a slow network or a reload is no reason to lose the place.
    seconds(GRACE - 1);
    expect(await sweep()).toEqual([]);
    expect(await entryOf(first.sessionId)).toBeDefined();

    seconds(2);
    const moved = eventWhere<ChatQueueEvent>(b.socket, ChatServerEvent.Queue, (e) => e.position === 1);
    const reload = eventWhere(desk, ChatServerEvent.QueueChanged, async () => (await entryOf(first.sessionId)) === undefined);
    expect(await sweep()).toEqual([first.sessionId]);
    expect(await moved).toMatchObject({ sessionId: second.sessionId, position: 1 });
    await reload;
    const now = await queue();
    expect(now.waiting.map((e) => e.id)).toEqual([second.sessionId]);
    expect(now.graceSeconds).toBe(GRACE);
  });

  it('tells a visitor who comes back after the grace period that they left the queue, and lets them queue again', async () => {
    const chat = await visitor();
    const a = await joined(chat);
    a.socket.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    seconds(GRACE + 5);
    // No job ran: the worker's read of the queue sweeps first.
    expect((await queue()).waiting.map((e) => e.id)).not.toContain(chat.sessionId);

    const back = await joined(chat);
    expect(back.session).toMatchObject({ status: 'ended', endedReason: 'left_queue', queue: null });
    const session: ChatSessionView = (await t.http().get('/api/chat/anonymous/session').set('x-chat-token', chat.chatToken)).body;
    expect(session.endedReason).toBe('left_queue');
    // A new place in the queue: a new chat.
    const again = await visitor();
    expect((await entryOf(again.sessionId))?.position).toBe(1);
  });

  it('keeps the place of a visitor who comes back within the grace period', async () => {
    const chat = await visitor();
    const a = await joined(chat);
    a.socket.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    seconds(GRACE - 10);
    expect((await entryOf(chat.sessionId))?.connected).toBe(false);
    await joined(chat);
    expect((await entryOf(chat.sessionId))?.connected).toBe(true);
    seconds(GRACE);
    expect(await sweep()).toEqual([]);
    expect((await entryOf(chat.sessionId))?.position).toBe(1);
  });

  it('ends a waiting chat nobody has seen for the grace period plus two minutes (no socket ever, or its instance stopped); a connected visitor stays', async () => {
    // Addresses of their own: this file starts more anonymous chats than one address may in a minute.
    const never = await visitor({ clientAddress: '10.19.0.1' }); // started the chat, closed the page before a socket connected
    const here = await joined(await visitor({ clientAddress: '10.19.0.2' }));
    seconds(GRACE + CLIENT_UNSEEN_SECONDS - 1);
    expect(await sweep()).toEqual([]);
    seconds(2);
    expect(await sweep()).toEqual([never.sessionId]);
    // The connected visitor is found (fetchSockets) when unseen too long, and kept, however long they wait.
    seconds(30 * 60);
    expect(await sweep()).toEqual([]);
    expect((await entryOf(here.session.id))?.connected).toBe(true);
  });

  it('ends an unseen waiting chat by the scheduled presence check, with nobody reading the queue', async () => {
    const never = await visitor({ clientAddress: '10.19.0.3' });
    seconds(GRACE + CLIENT_UNSEEN_SECONDS + 1);
    const jobs = t.app.get(JobsService);
    await jobs.send(CHAT_QUEUE_PRESENCE, {});
    expect(await jobs.drain([CHAT_QUEUE_PRESENCE])).toBeGreaterThanOrEqual(1);
    const [row] = await t.dataSource.query(`SELECT status, ended_reason FROM chat_session WHERE id = $1`, [never.sessionId]);
    expect(row).toEqual({ status: 'ended', ended_reason: 'left_queue' });
  });

  it('does not count a visitor as gone while another tab of theirs is still connected', async () => {
    const chat = await visitor();
    const tab1 = await joined(chat);
    await joined(chat);
    tab1.socket.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await entryOf(chat.sessionId))?.connected).toBe(true);
    seconds(GRACE + 5);
    expect(await sweep()).toEqual([]);
  });

  it('records no departure when a visitor loses their socket because its instance stops: they keep their place', async () => {
    // A second API instance on the same database, which stops (a deploy) while the visitor waits on it.
    const stopping = await createChatTestApp({ database: t.database, socket: { queueGraceSeconds: GRACE } });
    let stopped = false;
    try {
      // From an address of its own: this file starts more chats than one address may in a minute.
      const chat = await visitor({ clientAddress: '192.0.2.23' });
      const socket = await connectChat(stopping, chat.chatToken);
      sockets.push(socket);
      const ack = await emitAck<ChatAck<ChatJoinResult>>(socket, ChatClientEvent.Join, { sessionId: chat.sessionId });
      expect(ack.ok).toBe(true);
      const dropped = new Promise((resolve) => socket.once('disconnect', resolve));
      await stopping.close();
      stopped = true;
      await dropped;
      const [row] = await t.dataSource.query(`SELECT status, client_left_at FROM chat_session WHERE id = $1`, [chat.sessionId]);
      expect(row).toEqual({ status: 'waiting', client_left_at: null });
      // Back on an instance that runs: still first in the queue.
      await joined(chat);
      expect(await entryOf(chat.sessionId)).toMatchObject({ connected: true, goneSince: null, position: 1 });
    } finally {
      if (!stopped) await stopping.close();
    }
  });

  it('shows the worker what a visitor typed while waiting; not after pick-up, and only from the visitor', async () => {
    const chat = await visitor();
    const desk = await workerSocket();
    const told = eventWhere(desk, ChatServerEvent.QueueChanged, async () => !!(await entryOf(chat.sessionId))?.topic);
    const set = await t
      .http()
      .put('/api/chat/anonymous/topic')
      .set('x-chat-token', chat.chatToken)
      .send({ topic: '  Ik heb schulden en krijg aanmaningen.  ' });
    expect(set.status).toBe(200);
    expect(set.body.topic).toBe('Ik heb schulden en krijg aanmaningen.');
    await told;
    expect((await entryOf(chat.sessionId))?.topic).toBe('Ik heb schulden en krijg aanmaningen.');

    const tooLong = await t
      .http()
      .put('/api/chat/anonymous/topic')
      .set('x-chat-token', chat.chatToken)
      .send({ topic: 'x'.repeat(501) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.fields).toHaveProperty('topic');
    expect(tooLong.body.fieldCodes).toEqual({ topic: 'topic.too_long' });
    expect((await t.http().put('/api/chat/anonymous/topic').set('x-chat-token', chat.chatToken).send({})).body.fields).toHaveProperty(
      'topic',
    );
    expect((await t.http().put('/api/chat/anonymous/topic').set('x-chat-token', 'chat_wrong').send({ topic: 'hoi' })).status).toBe(401);

    await t.http().post(`/api/chat/sessions/${chat.sessionId}/pick-up`).auth(org.worker.token, { type: 'bearer' }).expect(200);
    expect((await t.http().put('/api/chat/anonymous/topic').set('x-chat-token', chat.chatToken).send({ topic: 'later' })).status).toBe(409);
    await t.http().post(`/api/chat/sessions/${chat.sessionId}/end`).auth(org.worker.token, { type: 'bearer' }).expect(200);
  });

  it('lets a registered client set their question, logs the worker reading it, and refuses other people', async () => {
    const client = await makeChatAccount(t, org, 'client');
    const chat: ChatSessionView = (await t.http().post('/api/chat/sessions').auth(client.token, { type: 'bearer' }).expect(201)).body;
    try {
      const path = `/api/chat/sessions/${chat.id}/topic`;
      await t.http().put(path).auth(client.token, { type: 'bearer' }).send({ topic: 'Ruzie met mijn huisbaas' }).expect(200);
      const other = await makeChatAccount(t, org, 'client');
      expect((await t.http().put(path).auth(other.token, { type: 'bearer' }).send({ topic: 'x' })).status).toBe(404);
      for (const staff of [org.worker, org.teamLead, org.admin]) {
        expect((await t.http().put(path).auth(staff.token, { type: 'bearer' }).send({ topic: 'x' })).status).toBe(403);
      }
      expect((await t.http().put('/api/chat/sessions/nope/topic').auth(client.token, { type: 'bearer' }).send({ topic: 'x' })).status).toBe(
        400,
      );

      expect((await entryOf(chat.id))?.topic).toBe('Ruzie met mijn huisbaas');
      const logged = await t.dataSource.query(
        `SELECT actor_id, resource_type, reason FROM ${AUDIT_LINES} WHERE client_id = $1 AND action = 'read' AND resource_id = $2`,
        [client.id, chat.id],
      );
      expect(logged).toContainEqual({ actor_id: org.worker.id, resource_type: 'chat_session', reason: 'question in the chat queue' });
    } finally {
      await t.http().post(`/api/chat/sessions/${chat.id}/end`).auth(client.token, { type: 'bearer' });
    }
  });

  it('tells two anonymous visitors apart: the nickname they chose, else a number of the day', async () => {
    const named = await visitor({ nickname: '  Zonnebloem ' });
    const plain1 = await visitor();
    const plain2 = await visitor();
    const waiting = (await queue()).waiting;
    const of = (id: string) => waiting.find((e) => e.id === id)!;
    expect(of(named.sessionId)).toMatchObject({ nickname: 'Zonnebloem', visitorNumber: null });
    expect(of(plain1.sessionId).nickname).toBeNull();
    expect(of(plain2.sessionId).visitorNumber).toBe(of(plain1.sessionId).visitorNumber! + 1);

    const check = await t.http().post('/api/postcode-check').send({ postcode: '2312 AB' });
    // From another address: this file starts more chats than one address may in a minute.
    const bad = await t
      .http()
      .post('/api/chat/anonymous')
      .set('X-Forwarded-For', '192.0.2.19')
      .send({ checkId: check.body.checkId, nickname: 'x'.repeat(41) });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toHaveProperty('nickname');
    expect(bad.body.fieldCodes).toMatchObject({ nickname: 'nickname.too_long' });
  });
});
