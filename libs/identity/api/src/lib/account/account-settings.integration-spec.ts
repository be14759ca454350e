import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { IdentityModule } from '../../index';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '../testing';

const PASSWORD = 'Test-wachtwoord-2026!';
const NEW_PASSWORD = 'paarse olifant fietst langzaam';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const WINDOWS_FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0';

type Role = 'client' | 'worker' | 'team_lead' | 'admin';

jest.setTimeout(60_000);

interface Login {
  accessToken: string;
  cookie: string;
}

/** Change password and "my sessions", for every role; anonymous callers get 401. */
describe('account settings', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t?.close());

  async function account(role: Role): Promise<string> {
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId, password: PASSWORD };
    if (role === 'client')
      return (await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, password: PASSWORD })).email;
    return (await { worker: makeWorker, team_lead: makeTeamLead, admin: makeAdmin }[role](t, staff)).email;
  }

  // Each request from an address of its own: the per-address login limit (30 a minute) is not what this file tests.
  const from = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  async function login(email: string, userAgent = ANDROID_CHROME, password = PASSWORD): Promise<Login> {
    // Both steps for staff (password, then the authenticator code), as the browser makes them.
    const res = await t.signIn(email, password, { address: from(), userAgent });
    expect(res.status).toBe(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('nabij_refresh='))!.split(';')[0];
    return { accessToken: res.body.accessToken, cookie };
  }
  const as = (s: Login) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${s.accessToken}`),
    post: (path: string, body?: object) =>
      t.http().post(path).set('X-Forwarded-For', from()).set('Authorization', `Bearer ${s.accessToken}`).send(body),
    delete: (path: string) => t.http().delete(path).set('Authorization', `Bearer ${s.accessToken}`),
  });
  const alive = async (s: Login) => (await as(s).get('/api/auth/me')).status === 200;

  describe.each(['client', 'worker', 'team_lead', 'admin'] as const)('as %s', (role) => {
    it('changes the password: other sessions end, this one stays', async () => {
      const email = await account(role);
      const here = await login(email);
      const elsewhere = await login(email, WINDOWS_FIREFOX);
      const res = await as(here).post('/api/auth/password', { currentPassword: PASSWORD, password: NEW_PASSWORD });
      expect(res.status).toBe(204);
      expect(await alive(here)).toBe(true);
      expect(await alive(elsewhere)).toBe(false);
      expect((await t.http().post('/api/auth/refresh').set('Cookie', elsewhere.cookie)).status).toBe(401);
      expect((await t.http().post('/api/auth/login').set('X-Forwarded-For', from()).send({ email, password: PASSWORD })).status).toBe(401);
      await login(email, ANDROID_CHROME, NEW_PASSWORD);
    });

    it('lists my sessions with device and the current one marked', async () => {
      const email = await account(role);
      const phone = await login(email);
      await login(email, WINDOWS_FIREFOX);
      const res = await as(phone).get('/api/auth/sessions');
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(2);
      const current = res.body.find((s: { current: boolean }) => s.current);
      expect(current).toMatchObject({ browser: 'Chrome', os: 'Android' });
      expect(res.body.find((s: { current: boolean }) => !s.current)).toMatchObject({ browser: 'Firefox', os: 'Windows', current: false });
    });
  });

  it('refuses a wrong current password, naming the field, and keeps the old password', async () => {
    const email = await account('client');
    const s = await login(email);
    const res = await as(s).post('/api/auth/password', { currentPassword: 'fout-wachtwoord', password: NEW_PASSWORD });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('current_password_wrong');
    expect(Object.keys(res.body.fields)).toEqual(['currentPassword']);
    await login(email);
  });

  it('refuses a weak new password naming the field', async () => {
    const s = await login(await account('worker'));
    const res = await as(s).post('/api/auth/password', { currentPassword: PASSWORD, password: 'Welkom1234' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('password_too_weak');
    expect(Object.keys(res.body.fields)).toEqual(['password']);
  });

  it.each([
    [{ password: NEW_PASSWORD }, 'currentPassword'],
    [{ currentPassword: PASSWORD }, 'password'],
    [{ currentPassword: PASSWORD, password: 12 }, 'password'],
  ])('refuses bad input %j with a 400 naming %s', async (body, field) => {
    const s = await login(await account('client'));
    const res = await as(s).post('/api/auth/password', body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toContain(field);
  });

  it('ends one of my sessions; the others go on', async () => {
    const email = await account('team_lead');
    const phone = await login(email);
    const laptop = await login(email, WINDOWS_FIREFOX);
    const list = await as(phone).get('/api/auth/sessions');
    const laptopId = list.body.find((s: { current: boolean }) => !s.current).id;
    expect((await as(phone).delete(`/api/auth/sessions/${laptopId}`)).status).toBe(204);
    expect(await alive(laptop)).toBe(false);
    expect(await alive(phone)).toBe(true);
    const after = await as(phone).get('/api/auth/sessions');
    expect(after.body.map((s: { id: string }) => s.id)).not.toContain(laptopId);
  });

  it("answers 404 for someone else's session and leaves it alive", async () => {
    const mine = await login(await account('admin'));
    const theirs = await login(await account('client'));
    const [theirId] = (await as(theirs).get('/api/auth/sessions')).body.map((s: { id: string }) => s.id);
    expect((await as(mine).delete(`/api/auth/sessions/${theirId}`)).status).toBe(404);
    expect((await as(mine).delete(`/api/auth/sessions/${randomUUID()}`)).status).toBe(404);
    expect(await alive(theirs)).toBe(true);
  });

  it.each(['client', 'worker', 'team_lead', 'admin'] as const)(
    'gives a %s the key for their own drafts: the same at every login, another for every other account',
    async (role) => {
      const email = await account(role);
      const first = await as(await login(email)).get('/api/auth/draft-key');
      expect(first.status).toBe(200);
      expect(Buffer.from(first.body.key, 'base64url')).toHaveLength(32);
      const again = await as(await login(email, WINDOWS_FIREFOX)).get('/api/auth/draft-key');
      expect(again.body.key).toBe(first.body.key);
      const other = await as(await login(await account(role))).get('/api/auth/draft-key');
      expect(other.body.key).not.toBe(first.body.key);
    },
  );

  it('refuses a session id that is not a UUID with a 400', async () => {
    const s = await login(await account('client'));
    expect((await as(s).delete('/api/auth/sessions/not-a-uuid')).status).toBe(400);
  });

  it('records the last use on refresh', async () => {
    const s = await login(await account('client'));
    const [before] = (await as(s).get('/api/auth/sessions')).body;
    t.clock.advance(60 * 60_000);
    let refreshed;
    try {
      refreshed = await t.http().post('/api/auth/refresh').set('Cookie', s.cookie);
    } finally {
      t.clock.advance(-60 * 60_000);
    }
    expect(refreshed.status).toBe(200);
    const [after] = (await as({ accessToken: refreshed.body.accessToken, cookie: '' }).get('/api/auth/sessions')).body;
    expect(after.id).toBe(before.id);
    expect(new Date(after.lastUsedAt).getTime() - new Date(before.lastUsedAt).getTime()).toBe(60 * 60_000);
  });

  it.each([
    ['post', '/api/auth/password'],
    ['get', '/api/auth/sessions'],
    ['get', '/api/auth/draft-key'],
    // A fixed id: the test's name must be the same each time jest loads the file.
    ['delete', '/api/auth/sessions/00000000-0000-4000-8000-000000000000'],
    ['post', '/api/auth/logout-all'],
  ] as const)('needs a login: %s %s → 401', async (method, path) => {
    expect((await t.http()[method](path).send({ currentPassword: PASSWORD, password: NEW_PASSWORD })).status).toBe(401);
  });
});
