import { ChatClientEvent } from '@nabij/chat/contracts';
import type { ChatAck, ChatJoinResult } from '@nabij/chat/contracts';
import { makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, connectChat, createChatTestApp, emitAck, startAnonymousChat } from './testing/chat-test-app';

/** Sequence numbers beyond PostgreSQL's integer range used to reach SQL and fail there. */
describe('chat: out-of-range numbers and broken text are refused, not failed on', () => {
  let t: ChatTestApp;
  let client: string;

  beforeAll(async () => {
    t = await createChatTestApp();
    client = (await makeChatOrganisation(t)).client.token;
  }, 60_000);
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T14:30:00Z'));

  it('answers GET .../messages?after=2^31 with a 400 naming after, and still serves after=2^31-1', async () => {
    const started = await t.http().post('/api/chat/sessions').auth(client, { type: 'bearer' });
    expect(started.status).toBe(201);
    const url = `/api/chat/sessions/${started.body.id}/messages`;
    const tooBig = await t.http().get(`${url}?after=2147483648`).auth(client, { type: 'bearer' });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.fields).toHaveProperty('after');
    expect((await t.http().get(`${url}?after=-1`).auth(client, { type: 'bearer' })).status).toBe(400);
    expect((await t.http().get(`${url}?after=1.5`).auth(client, { type: 'bearer' })).status).toBe(400);
    const max = await t.http().get(`${url}?after=2147483647`).auth(client, { type: 'bearer' });
    expect(max.status).toBe(200);
    expect(max.body).toEqual([]);
    expect((await t.http().get(url).auth(client, { type: 'bearer' })).status).toBe(200);
    await t.http().post(`/api/chat/sessions/${started.body.id}/end`).auth(client, { type: 'bearer' });
  });

  it('refuses a socket join with lastSeenSeq >= 2^31 as invalid, and accepts 2^31-1', async () => {
    const { sessionId, chatToken } = await startAnonymousChat(t);
    const socket = await connectChat(t, chatToken);
    try {
      const refused = await emitAck<ChatAck<ChatJoinResult>>(socket, ChatClientEvent.Join, { sessionId, lastSeenSeq: 2 ** 31 });
      expect(refused).toMatchObject({ ok: false, error: 'invalid' });
      const joined = await emitAck<ChatAck<ChatJoinResult>>(socket, ChatClientEvent.Join, { sessionId, lastSeenSeq: 2 ** 31 - 1 });
      expect(joined).toMatchObject({ ok: true, data: { messages: [] } });
    } finally {
      socket.close();
      await t.http().post('/api/chat/anonymous/end').set('X-Chat-Token', chatToken);
    }
  });

  it('refuses a socket message with a NUL character or a lone surrogate, and delivers a whole emoji', async () => {
    const { sessionId, chatToken } = await startAnonymousChat(t);
    const socket = await connectChat(t, chatToken);
    try {
      expect(await emitAck(socket, ChatClientEvent.Join, { sessionId })).toMatchObject({ ok: true });
      expect(await emitAck(socket, ChatClientEvent.Send, { sessionId, body: 'hallo \ud83d' })).toMatchObject({
        ok: false,
        error: 'invalid',
      });
      expect(await emitAck(socket, ChatClientEvent.Send, { sessionId, body: 'hallo', clientMsgId: 'a\u0000' })).toMatchObject({
        ok: false,
        error: 'invalid',
      });
      expect(await emitAck(socket, ChatClientEvent.Send, { sessionId, body: 'hallo 🙂' })).toMatchObject({
        ok: true,
        data: { body: 'hallo 🙂' },
      });
    } finally {
      socket.close();
      await t.http().post('/api/chat/anonymous/end').set('X-Chat-Token', chatToken);
    }
  });
});
