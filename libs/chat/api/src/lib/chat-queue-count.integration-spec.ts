import type { ChatAck, ChatJoinResult } from '@nabij/chat/contracts';
import { ChatClientEvent } from '@nabij/chat/contracts';
import type { Socket } from 'socket.io-client';
import { ChatOrganisation, makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, connectChat, createChatTestApp, emitAck, startAnonymousChat } from './testing/chat-test-app';

jest.setTimeout(90_000);

/** GET /api/chat/queue/count: the worker's navigation number, without reading anyone's question. */
describe('chat queue count for the navigation', () => {
  let t: ChatTestApp;
  let org: ChatOrganisation;
  const sockets: Socket[] = [];
  const tokens: string[] = [];

  beforeAll(async () => {
    t = await createChatTestApp();
    org = await makeChatOrganisation(t);
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T14:30:00Z'));
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    for (const token of tokens.splice(0)) await t.http().post('/api/chat/anonymous/end').set('x-chat-token', token);
  });

  const count = (token: string) => t.http().get('/api/chat/queue/count').auth(token, { type: 'bearer' });
  const waitingVisitor = async () => {
    const chat = await startAnonymousChat(t);
    tokens.push(chat.chatToken);
    const socket = await connectChat(t, chat.chatToken);
    sockets.push(socket);
    const ack = await emitAck<ChatAck<ChatJoinResult>>(socket, ChatClientEvent.Join, { sessionId: chat.sessionId });
    if (!ack.ok) throw new Error(ack.message);
    return chat;
  };

  it('counts the people waiting in the own organisation, as a number only', async () => {
    expect((await count(org.worker.token)).body).toEqual({ waiting: 0 });
    await waitingVisitor();
    await waitingVisitor();
    const answer = await count(org.worker.token);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ waiting: 2 });
  });

  it("does not count another organisation's queue", async () => {
    await waitingVisitor();
    const other = await makeChatOrganisation(t, { postcode: 8011 });
    expect((await count(other.worker.token)).body).toEqual({ waiting: 0 });
  });

  it('refuses clients, team leads and admins (403) and anyone not logged in (401)', async () => {
    for (const who of [org.client, org.teamLead, org.admin]) expect((await count(who.token)).status).toBe(403);
    expect((await t.http().get('/api/chat/queue/count')).status).toBe(401);
  });
});
