import { JwtService } from '@nestjs/jwt';
import { ChatServerEvent } from '@nabij/chat/contracts';
import type { Socket } from 'socket.io-client';
import { SESSION_REVOKED_CHANNEL } from '@nabij/platform/api';
import { ChatOrganisation, makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, connectChat, createChatTestApp, nextEvent, startAnonymousChat } from './testing/chat-test-app';

const PASSWORD = 'Test-wachtwoord-2026!';

jest.setTimeout(60_000);

/** An open chat socket ends with its login: logout, sign out everywhere, another instance, token expiry. */
describe('chat sockets close when their login ends', () => {
  let t: ChatTestApp;
  let org: ChatOrganisation;
  const sockets: Socket[] = [];
  const track = (s: Socket) => (sockets.push(s), s);

  beforeAll(async () => {
    t = await createChatTestApp();
    // The sockets belong to real logins (password), as logout and sign out everywhere end those.
    org = await makeChatOrganisation(t, { password: PASSWORD });
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => t?.close());

  async function login(email: string): Promise<{ accessToken: string; cookie: string }> {
    // Staff log in in two steps (password, then the authenticator code); signIn makes both.
    const res = await t.signIn(email, PASSWORD);
    expect(res.status).toBe(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('nabij_refresh='))!.split(';')[0];
    return { accessToken: res.body.accessToken, cookie };
  }

  /** Resolves with the reason the server gave just before it closed the socket. */
  function closedByServer(socket: Socket): Promise<{ reason: string; disconnect: string }> {
    const ended = nextEvent<{ reason: string }>(socket, ChatServerEvent.LoginEnded);
    const disconnected = nextEvent<string>(socket, 'disconnect');
    return Promise.all([ended, disconnected]).then(([e, d]) => ({ reason: e.reason, disconnect: d }));
  }

  it('closes the socket at once when its session logs out, and refuses the token afterwards', async () => {
    const session = await login(org.worker.email);
    const socket = track(await connectChat(t, session.accessToken));
    const closed = closedByServer(socket);
    expect((await t.http().post('/api/auth/logout').set('Cookie', session.cookie)).status).toBe(204);
    expect(await closed).toEqual({ reason: 'logged_out', disconnect: 'io server disconnect' });
    await expect(connectChat(t, session.accessToken)).rejects.toThrow('unauthorized');
  });

  it('closes every socket of the account on sign out everywhere, and leaves other logins open', async () => {
    const laptop = await login(org.client.email);
    const phone = await login(org.client.email);
    const other = await login(org.worker.email);
    const a = track(await connectChat(t, laptop.accessToken));
    const b = track(await connectChat(t, phone.accessToken));
    const c = track(await connectChat(t, other.accessToken));
    const closed = Promise.all([closedByServer(a), closedByServer(b)]);
    expect((await t.http().post('/api/auth/logout-all').auth(phone.accessToken, { type: 'bearer' })).status).toBe(204);
    expect((await closed).map((x) => x.reason)).toEqual(['logged_out', 'logged_out']);
    expect(c.connected).toBe(true);
  });

  it('closes sockets of a session that another API instance ended, when its announcement arrives; anonymous chats stay', async () => {
    const session = await login(org.worker.email);
    const socket = track(await connectChat(t, session.accessToken));
    const anonymous = track(await connectChat(t, (await startAnonymousChat(t)).chatToken));
    const sid = t.app.get(JwtService).decode<{ sid: string }>(session.accessToken).sid;
    const closed = closedByServer(socket);
    // What another instance does: the revocation and its announcement, committed together. This
    // instance learns of it only through its LISTEN connection.
    await t.dataSource.transaction(async (db) => {
      await db.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1`, [sid]);
      await db.query(`SELECT pg_notify($1, $2)`, [
        SESSION_REVOKED_CHANNEL,
        JSON.stringify({ sessionIds: [sid], accountId: null, from: 'other' }),
      ]);
    });
    expect((await closed).reason).toBe('logged_out');
    expect(anonymous.connected).toBe(true);
  });

  it('closes the socket when the access token it connected with expires', async () => {
    const session = await login(org.client.email);
    const jwt = t.app.get(JwtService);
    const claims = jwt.decode<{ sub: string; role: string; org: string | null; sid: string }>(session.accessToken);
    // The same login, with a token that lives two seconds.
    const shortLived = jwt.sign({ sub: claims.sub, role: claims.role, org: claims.org, sid: claims.sid }, { expiresIn: 2 });
    const socket = track(await connectChat(t, shortLived));
    const closed = await closedByServer(socket);
    expect(closed.reason).toBe('expired');
  });
});
