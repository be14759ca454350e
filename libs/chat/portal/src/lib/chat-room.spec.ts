import { ChatClientEvent, ChatServerEvent } from '@nabij/chat/contracts';
import type { ChatJoinPayload } from '@nabij/chat/contracts';
import { ChatLink } from './chat-room';
import { message, SESSION_ID, sessionView } from './testing/chat-fixtures';
import { FakeChatConnection } from './testing/fake-chat-connection';

describe('ChatLink and ChatRoom', () => {
  let socket: FakeChatConnection;
  let link: ChatLink;
  let serverMessages: ReturnType<typeof message>[];

  beforeEach(async () => {
    socket = new FakeChatConnection();
    serverMessages = [message(1, 'worker', 'Hoi'), message(2, 'worker', 'Hoe gaat het?')];
    socket.reply = (event, payload: ChatJoinPayload & { body?: string; clientMsgId?: string }) => {
      if (event === ChatClientEvent.Join) {
        const after = serverMessages.filter((m) => m.seq > (payload.lastSeenSeq ?? 0));
        return {
          ok: true,
          data: { session: sessionView({ status: 'active', lastSeq: serverMessages.length, queue: null }), messages: after },
        };
      }
      const stored = message(serverMessages.length + 1, 'client', payload.body ?? '');
      serverMessages.push(stored);
      return { ok: true, data: stored };
    };
    link = await ChatLink.open(
      async () => socket,
      () => 'chat_token',
    );
  });

  it('joins once connected, and after a reconnect asks only for the messages it missed', async () => {
    const room = await link.room(sessionView(), 'client');
    expect(socket.sent(ChatClientEvent.Join)).toEqual([]);
    socket.fire('connect');
    await Promise.resolve();
    await Promise.resolve();
    expect(room.messages().map((m) => m.body)).toEqual(['Hoi', 'Hoe gaat het?']);
    expect(room.session().status).toBe('active');

    socket.fire('disconnect');
    expect(link.connected()).toBe(false);
    serverMessages.push(message(3, 'worker', 'Ben je er nog?'));
    socket.fire('connect');
    await Promise.resolve();
    await Promise.resolve();
    expect(socket.sent(ChatClientEvent.Join)).toEqual([
      { sessionId: SESSION_ID, lastSeenSeq: 0 },
      { sessionId: SESSION_ID, lastSeenSeq: 2 },
    ]);
    expect(room.messages().map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('sends with a client message id, adds the stored message once, and routes events to the right chat', async () => {
    socket.fire('connect');
    const room = await link.room(sessionView({ status: 'active' }), 'client');
    expect(await room.send('  Ik wil praten  ')).toBeNull();
    const [sent] = socket.sent(ChatClientEvent.Send) as Array<{ body: string; clientMsgId: string }>;
    expect(sent.body).toBe('Ik wil praten');
    expect(sent.clientMsgId).toEqual(expect.any(String));
    // The same message arriving again (e.g. replayed) is not shown twice.
    socket.fire(ChatServerEvent.Message, message(3, 'client', 'Ik wil praten'));
    socket.fire(ChatServerEvent.Message, message(9, 'worker', 'Andere chat', 'someone-else'));
    expect(room.messages().map((m) => m.body)).toEqual(['Hoi', 'Hoe gaat het?', 'Ik wil praten']);

    socket.fire(ChatServerEvent.Typing, { sessionId: SESSION_ID, sender: 'worker', typing: true });
    expect(room.otherTyping()).toBe(true);
    socket.fire(ChatServerEvent.Typing, { sessionId: SESSION_ID, sender: 'client', typing: false });
    expect(room.otherTyping()).toBe(true);
    socket.fire(ChatServerEvent.Session, sessionView({ status: 'ended' }));
    expect(room.session().status).toBe('ended');
    expect(room.otherTyping()).toBe(false);
  });

  it('updates the queue position of a waiting chat', async () => {
    const room = await link.room(sessionView(), 'client');
    socket.fire(ChatServerEvent.Queue, { sessionId: SESSION_ID, position: 1, estimatedWaitSeconds: 120 });
    expect(room.session().queue).toEqual({ position: 1, estimatedWaitSeconds: 120 });
  });

  it('passes a refused message on as its reason', async () => {
    socket.fire('connect');
    const room = await link.room(sessionView({ status: 'active' }), 'client');
    socket.reply = () => ({ ok: false, error: 'rate_limited', message: 'slow down' });
    expect(await room.send('nog een')).toBe('rate_limited');
    expect(await room.send('   ')).toBe('invalid');
  });
});
