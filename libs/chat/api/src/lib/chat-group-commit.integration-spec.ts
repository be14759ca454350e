import { ChatSessionEntity } from './entities/chat-session.entities';
import { ChatMessagesService } from './sessions/chat-messages.service';
import { ChatWorkService } from './sessions/chat-work.service';
import { makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, createChatTestApp, startAnonymousChat } from './testing/chat-test-app';

/**
 * Group commit of chat messages: messages that arrive while a batch is being written share the next
 * transaction. Numbers stay gap-free per chat, resends are stored once, and one failing message
 * does not fail the others.
 */
describe('chat messages are written in groups', () => {
  let t: ChatTestApp;
  let messages: ChatMessagesService;
  const client = { role: 'client' as const, id: null };

  beforeAll(async () => {
    t = await createChatTestApp();
    await makeChatOrganisation(t);
    messages = t.app.get(ChatMessagesService);
  });
  afterAll(() => t?.close());

  async function stored(sessionId: string): Promise<Array<{ seq: number; body: string; xmin: string }>> {
    return t.dataSource.query(`SELECT seq, body, xmin::text AS xmin FROM chat_message WHERE session_id = $1 ORDER BY seq`, [sessionId]);
  }

  it('stores 300 messages sent at once over three chats in far fewer commits, numbered in order without gaps', async () => {
    const chats = [await startAnonymousChat(t), await startAnonymousChat(t), await startAnonymousChat(t)];
    const sends = Array.from({ length: 300 }, (_, i) => messages.append(chats[i % 3].sessionId, client, `bericht ${i}`, `m-${i}`));
    const results = await Promise.all(sends);
    expect(results.every((r) => !r.duplicate)).toBe(true);
    for (const [n, chat] of chats.entries()) {
      const rows = await stored(chat.sessionId);
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      // Within a chat, the order in which they were handed in.
      expect(rows.map((r) => r.body)).toEqual(Array.from({ length: 100 }, (_, i) => `bericht ${i * 3 + n}`));
      const [{ last_seq }] = await t.dataSource.query(`SELECT last_seq FROM chat_session WHERE id = $1`, [chat.sessionId]);
      expect(last_seq).toBe(100);
    }
    // Each row's xmin is the transaction that wrote it.
    const [{ commits }] = await t.dataSource.query(
      `SELECT count(DISTINCT xmin::text)::int AS commits FROM chat_message WHERE session_id = ANY ($1)`,
      [chats.map((c) => c.sessionId)],
    );
    expect(commits).toBeLessThan(30);
    // Every acknowledgement carries the stored number of its own message.
    expect(results[4].message).toMatchObject({ sessionId: chats[1].sessionId, seq: 2, body: 'bericht 4', clientMsgId: 'm-4' });
  });

  it('answers concurrent replays (a burst of joins) each with its own chat, start and limit, from shared reads', async () => {
    const [a, b] = [await startAnonymousChat(t), await startAnonymousChat(t)];
    for (let i = 1; i <= 5; i++) await messages.append(a.sessionId, client, `a${i}`, `a-${i}`);
    for (let i = 1; i <= 3; i++) await messages.append(b.sessionId, client, `b${i}`, `b-${i}`);
    const bodies = (list: Array<{ body: string }>) => list.map((m) => m.body);
    const [allA, lateA, someA, allB, none, again] = await Promise.all([
      messages.after(a.sessionId, 0),
      messages.after(a.sessionId, 3),
      messages.after(a.sessionId, 1, 2),
      messages.after(b.sessionId, 0),
      messages.after(b.sessionId, 3),
      messages.after(a.sessionId, 0),
    ]);
    expect(bodies(allA)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(bodies(lateA)).toEqual(['a4', 'a5']);
    expect(bodies(someA)).toEqual(['a2', 'a3']);
    expect(bodies(allB)).toEqual(['b1', 'b2', 'b3']);
    expect(none).toEqual([]);
    expect(again).toEqual(allA);
    // A replay asked after a message was stored includes it.
    await messages.append(b.sessionId, client, 'b4', 'b-4');
    expect(bodies(await messages.after(b.sessionId, 3))).toEqual(['b4']);
  });

  it('stores a message once when it is resent in the same batch or a later one', async () => {
    const { sessionId } = await startAnonymousChat(t);
    const [first, again, other] = await Promise.all([
      messages.append(sessionId, client, 'hallo', 'same'),
      messages.append(sessionId, client, 'hallo', 'same'),
      messages.append(sessionId, client, 'tweede', 'other'),
    ]);
    const later = await messages.append(sessionId, client, 'hallo', 'same');
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ message: first.message, duplicate: true });
    expect(later).toEqual({ message: first.message, duplicate: true });
    expect(other.message.seq).toBe(2);
    expect((await stored(sessionId)).map((r) => r.body)).toEqual(['hallo', 'tweede']);
  });

  it('refuses only the message for an ended chat, and stores the rest of its batch', async () => {
    const open = await startAnonymousChat(t);
    const ended = await startAnonymousChat(t);
    // The visitor ends it, as "Chat beëindigen" does.
    await t.app
      .get(ChatWorkService)
      .end(await t.dataSource.getRepository(ChatSessionEntity).findOneByOrFail({ id: ended.sessionId }), 'client');
    const outcomes = await Promise.allSettled([
      messages.append(open.sessionId, client, 'een', null),
      messages.append(ended.sessionId, client, 'te laat', null),
      messages.append(open.sessionId, client, 'twee', null),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).toBe('This chat has ended.');
    expect((await stored(open.sessionId)).map((r) => `${r.seq} ${r.body}`)).toEqual(['1 een', '2 twee']);
    expect(await stored(ended.sessionId)).toEqual([]);
  });

  it('retries a failed batch one by one, so a message the database refuses fails alone', async () => {
    const { sessionId } = await startAnonymousChat(t);
    // The database allows at most 2,000 characters (the socket checks this first; here it does not).
    const outcomes = await Promise.allSettled([
      messages.append(sessionId, client, 'voor', null),
      messages.append(sessionId, client, 'x'.repeat(2001), null),
      messages.append(sessionId, client, 'na', null),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await stored(sessionId)).map((r) => `${r.seq} ${r.body}`)).toEqual(['1 voor', '2 na']);
  });

  it('writes what was handed in before the app stops', async () => {
    const { sessionId } = await startAnonymousChat(t);
    const pending = Array.from({ length: 20 }, (_, i) => messages.append(sessionId, client, `laatste ${i}`, null));
    await messages.onApplicationShutdown();
    expect((await stored(sessionId)).length).toBe(20);
    await Promise.all(pending);
  });
});
