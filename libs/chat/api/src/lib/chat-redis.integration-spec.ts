import { ChatClientEvent, ChatServerEvent } from '@nabij/chat/contracts';
import type { ChatAck, ChatJoinResult, ChatMessageView, ChatQueueResponse, ChatSessionView } from '@nabij/chat/contracts';
import { ChatPresenceService, CLIENT_UNSEEN_SECONDS } from './sessions/chat-presence.service';
import { ChatSocketService } from './socket/chat-socket.service';
import type { Socket } from 'socket.io-client';
import { ChatOrganisation, makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, connectChat, createChatTestApp, emitAck, eventWhere, nextEvent, startAnonymousChat } from './testing/chat-test-app';

describe('chat across two API instances (Redis adapter)', () => {
  let a: ChatTestApp;
  let b: ChatTestApp;
  let org: ChatOrganisation;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    a = await createChatTestApp({ redis: true });
    b = await createChatTestApp({ redis: true, database: a.database });
    org = await makeChatOrganisation(a);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await b?.close();
    await a?.close();
  });

  it('delivers a message from a client on instance A to the worker on instance B, and events back', async () => {
    const workerToken = b.tokenFor(org.worker);
    const anon = await startAnonymousChat(a);
    const client = await connectChat(a, anon.chatToken);
    sockets.push(client);
    expect((await emitAck<ChatAck<ChatJoinResult>>(client, ChatClientEvent.Join, { sessionId: anon.sessionId })).ok).toBe(true);

    // Pick-up happens through instance B; the client on A hears of it.
    const pickedUp = nextEvent<ChatSessionView>(client, ChatServerEvent.Session);
    await b.http().post(`/api/chat/sessions/${anon.sessionId}/pick-up`).auth(workerToken, { type: 'bearer' }).expect(200);
    expect((await pickedUp).status).toBe('active');

    const worker = await connectChat(b, workerToken);
    sockets.push(worker);
    expect((await emitAck<ChatAck<ChatJoinResult>>(worker, ChatClientEvent.Join, { sessionId: anon.sessionId })).ok).toBe(true);

    const atWorker = nextEvent<ChatMessageView>(worker, ChatServerEvent.Message);
    const ack = await emitAck<ChatAck<ChatMessageView>>(client, ChatClientEvent.Send, {
      sessionId: anon.sessionId,
      body: 'Hallo vanaf instantie A',
    });
    expect(ack.ok).toBe(true);
    expect(await atWorker).toMatchObject({ sessionId: anon.sessionId, seq: 1, sender: 'client', body: 'Hallo vanaf instantie A' });

    const atClient = nextEvent<ChatMessageView>(client, ChatServerEvent.Message);
    await emitAck(worker, ChatClientEvent.Send, { sessionId: anon.sessionId, body: 'Antwoord vanaf B' });
    expect(await atClient).toMatchObject({ seq: 2, sender: 'worker', body: 'Antwoord vanaf B' });
  });

  it('sees a visitor on instance B go from the queue on instance A: marked gone live, removed by A after the grace period', async () => {
    const anon = await startAnonymousChat(b);
    const client = await connectChat(b, anon.chatToken);
    sockets.push(client);
    expect((await emitAck<ChatAck<ChatJoinResult>>(client, ChatClientEvent.Join, { sessionId: anon.sessionId })).ok).toBe(true);
    const desk = await connectChat(a, a.tokenFor(org.worker));
    sockets.push(desk);
    const queueOnA = async (): Promise<ChatQueueResponse> =>
      (await a.http().get('/api/chat/queue').auth(a.tokenFor(org.worker), { type: 'bearer' }).expect(200)).body;

    const told = eventWhere(
      desk,
      ChatServerEvent.QueueChanged,
      async () => (await queueOnA()).waiting.find((e) => e.id === anon.sessionId)?.connected === false,
    );
    client.close();
    await told;

    // The gone mark is in the database: whichever instance runs the sweep job ends the chat (here A).
    a.clock.advance((a.app.get(ChatPresenceService).graceSeconds + 1) * 1000);
    expect(await a.app.get(ChatPresenceService).sweep(org.organisationId)).toEqual([anon.sessionId]);
    expect((await queueOnA()).waiting.map((e) => e.id)).not.toContain(anon.sessionId);
  });

  it('ends the waiting chat of a visitor lost without a word (their instance recorded no departure), once A has not seen them for the grace period plus two minutes', async () => {
    const c = await createChatTestApp({ redis: true, database: a.database });
    try {
      const anon = await startAnonymousChat(c);
      const client = await connectChat(c, anon.chatToken);
      sockets.push(client);
      expect((await emitAck<ChatAck<ChatJoinResult>>(client, ChatClientEvent.Join, { sessionId: anon.sessionId })).ok).toBe(true);
      const presence = a.app.get(ChatPresenceService);
      const queueOnA = async (): Promise<ChatQueueResponse> =>
        (await a.http().get('/api/chat/queue').auth(a.tokenFor(org.worker), { type: 'bearer' }).expect(200)).body;
      expect((await queueOnA()).waiting.find((e) => e.id === anon.sessionId)?.connected).toBe(true);

      // As in a crash: the socket goes, and instance C runs no disconnect handler, so nobody records the visitor leaving.
      c.app.get(ChatSocketService).disconnected = async () => undefined;
      client.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await queueOnA()).waiting.find((e) => e.id === anon.sessionId)?.connected).toBe(true);

      a.clock.set(new Date(c.clock.now().getTime() + (presence.graceSeconds + CLIENT_UNSEEN_SECONDS - 1) * 1000));
      expect(await presence.sweep(org.organisationId)).toEqual([]);
      a.clock.advance(2000);
      expect(await presence.sweep(org.organisationId)).toEqual([anon.sessionId]);
      expect((await queueOnA()).waiting.map((e) => e.id)).not.toContain(anon.sessionId);
    } finally {
      await c.close();
    }
  });
});
