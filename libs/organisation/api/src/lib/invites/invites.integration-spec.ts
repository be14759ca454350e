import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule, PasswordService } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import {
  bearer,
  createTestApp,
  HOUR,
  makeOrganisation,
  TestAccount,
  TestApp,
  TestOrganisation,
  uniqueEmail,
} from '@nabij/platform/testing';
import { OrganisationModule } from '../../index';

const START = '2026-03-02T09:00:00Z';
const DAY = 24 * HOUR;
const PASSWORD = 'groene kikker springt hoog';

jest.setTimeout(60_000);

/** /api/organisation/invites (admin) and /api/auth/invite (the mailed link): invite, resend, withdraw, accept. */
describe('staff invites', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, OrganisationModule] });
  });
  afterAll(() => t?.close());
  // Tests that move the clock put it back, so each test runs the same alone or after another.
  afterEach(() => t.clock.set(START));

  // Every request its own client address, so the per-address limits of the public routes are never shared.
  const from = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const preview = (token: string) => t.http().get('/api/auth/invite').query({ token }).set('X-Forwarded-For', from());
  const accept = (token: string, password = PASSWORD) =>
    t.http().post('/api/auth/invite/accept').set('X-Forwarded-For', from()).send({ token, password });

  async function orgWithAdmin(): Promise<{ org: TestOrganisation; admin: TestAccount }> {
    const org = await makeOrganisation(t, {
      name: `MW Holland Rijnland ${Math.random().toString(36).slice(2, 7)}`,
      teams: ['Team Leiden', 'Team Rijnstreek'],
    });
    return { org, admin: await makeAdmin(t, { organisationId: org.organisationId, name: 'Anna de Vries' }) };
  }

  function invite(admin: TestAccount, body: Record<string, unknown>) {
    return t.http().post('/api/organisation/invites').set(bearer(admin)).send(body);
  }

  /** The token from the last mail to this address (the link is the only place it exists in clear). */
  async function mailedToken(email: string): Promise<string> {
    const [mail] = await t.dataSource.query(
      `SELECT text FROM outbox_mail WHERE to_address = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [email],
    );
    const match = /\/uitnodiging\?token=([^\s]+)/.exec(mail?.text ?? '');
    if (!match) throw new Error(`no invite link in the mail to ${email}`);
    return decodeURIComponent(match[1]);
  }

  async function mailCount(email: string): Promise<number> {
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_mail WHERE to_address = $1`, [email]);
    return row.n;
  }

  it('invites a worker: the mail names who invited them, the organisation and the link; the list shows the invite', async () => {
    const { org, admin } = await orgWithAdmin();
    const email = uniqueEmail('samira');
    const res = await invite(admin, { name: 'Samira Haddou', email, role: 'worker', teamId: org.teamId, canTrain: true, chatDuty: true });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Samira Haddou',
      email,
      role: 'worker',
      teamId: org.teamId,
      teamName: 'Team Leiden',
      canTrain: true,
      chatDuty: true,
      libraryEditor: false,
      invitedByName: 'Anna de Vries',
      createdAt: START.replace('Z', '.000Z'),
      expiresAt: '2026-03-09T09:00:00.000Z',
      expired: false,
    });
    const [mail] = await t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1`, [email]);
    const [orgRow] = await t.dataSource.query(`SELECT name FROM organisation WHERE id = $1`, [org.organisationId]);
    expect(mail.text).toContain(`Anna de Vries nodigt je uit om met Nabij te werken bij ${orgRow.name}.`);
    expect(mail.text).toContain('De link werkt 7 dagen en maar 1 keer.');
    expect(mail.text).toMatch(/^http:\/\/nabij\.test\/uitnodiging\?token=[A-Za-z0-9_-]{43}$/m);
    expect(mail.text).toContain('invites you to work with Nabij');
    // Only the token's hash is stored.
    const token = await mailedToken(email);
    const [stored] = await t.dataSource.query(`SELECT token_hash FROM staff_invite WHERE id = $1`, [res.body.id]);
    expect(stored.token_hash).not.toContain(token);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const list = await t.http().get('/api/organisation/invites').set(bearer(admin));
    expect(list.status).toBe(200);
    expect(list.body).toEqual([res.body]);
    const [audit] = await t.dataSource.query(
      `SELECT actor_id, action, reason FROM audit_entry WHERE resource_type = 'staff_invite' AND resource_id = $1`,
      [res.body.id],
    );
    expect(audit).toEqual({ actor_id: admin.id, action: 'create', reason: 'invited as worker' });
  });

  it('accepting makes the verified staff account with role, team and capabilities; the link then stops working', async () => {
    const { org, admin } = await orgWithAdmin();
    const email = uniqueEmail('joost');
    const made = await invite(admin, {
      name: 'Joost Bakker',
      email,
      role: 'team_lead',
      teamId: org.teamIds['Team Rijnstreek'],
      canTrain: true,
    });
    const token = await mailedToken(email);

    const shown = await preview(token);
    expect(shown.status).toBe(200);
    const [orgRow] = await t.dataSource.query(`SELECT name FROM organisation WHERE id = $1`, [org.organisationId]);
    expect(shown.body).toEqual({
      name: 'Joost Bakker',
      email,
      organisationName: orgRow.name,
      role: 'team_lead',
      invitedByName: 'Anna de Vries',
    });

    const res = await accept(token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ email });
    const [account] = await t.dataSource.query(
      `SELECT id, name, role, organisation_id, team_id, can_train, chat_duty, email_verified_at, deactivated_at, password_hash FROM account WHERE email = $1`,
      [email],
    );
    expect(account).toMatchObject({
      name: 'Joost Bakker',
      role: 'team_lead',
      organisation_id: org.organisationId,
      team_id: org.teamIds['Team Rijnstreek'],
      can_train: true,
      chat_duty: false,
      email_verified_at: new Date(START),
      deactivated_at: null,
    });
    expect(await t.app.get(PasswordService).verify(account.password_hash, PASSWORD)).toBe(true);
    const [used] = await t.dataSource.query(`SELECT accepted_at, account_id FROM staff_invite WHERE id = $1`, [made.body.id]);
    expect(used).toEqual({ accepted_at: new Date(START), account_id: account.id });
    const [audit] = await t.dataSource.query(
      `SELECT actor_id, action, reason FROM audit_entry WHERE resource_type = 'staff_account' AND resource_id = $1`,
      [account.id],
    );
    expect(audit).toEqual({ actor_id: account.id, action: 'create', reason: `invite ${made.body.id} accepted` });

    // Single use: the same link again, for the page and for accepting, is the one "invalid link" answer.
    const again = await accept(token, 'nog een ander lang wachtwoord');
    const page = await preview(token);
    expect([again.status, page.status]).toEqual([400, 400]);
    expect([again.body.code, page.body.code]).toEqual(['invite_link_invalid', 'invite_link_invalid']);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM account WHERE lower(email) = lower($1)`, [email]))[0].n).toBe(1);
    // An accepted invite leaves the list; the new colleague is on the staff list.
    expect((await t.http().get('/api/organisation/invites').set(bearer(admin))).body).toEqual([]);
    const staff = await t.http().get('/api/organisation/staff').set(bearer(admin));
    expect(staff.body.map((s: { email: string }) => s.email)).toContain(email);
  });

  it('gives a worker the library editor right with the invite; a team lead invited with it does not get it', async () => {
    const { admin } = await orgWithAdmin();
    const editorEmail = uniqueEmail('redacteur');
    const made = await invite(admin, { name: 'Lotte Schrijver', email: editorEmail, role: 'worker', libraryEditor: true });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ role: 'worker', libraryEditor: true });
    expect((await accept(await mailedToken(editorEmail))).status).toBe(200);
    const leadEmail = uniqueEmail('teamleider');
    const lead = await invite(admin, { name: 'Piet Leider', email: leadEmail, role: 'team_lead', libraryEditor: true });
    expect(lead.body.libraryEditor).toBe(false);
    expect((await accept(await mailedToken(leadEmail))).status).toBe(200);
    const rows = await t.dataSource.query(`SELECT email, library_editor FROM account WHERE email = ANY($1) ORDER BY name`, [
      [editorEmail, leadEmail],
    ]);
    expect(rows).toEqual([
      { email: editorEmail, library_editor: true },
      { email: leadEmail, library_editor: false },
    ]);
    const bad = await invite(admin, { name: 'Foutje', email: uniqueEmail('fout'), role: 'worker', libraryEditor: 'ja' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields)).toEqual(['libraryEditor']);
  });

  it('the link works for 7 days: a second before the end yes, at the end no (FixedClock)', async () => {
    const { admin } = await orgWithAdmin();
    const early = uniqueEmail('early');
    const late = uniqueEmail('late');
    await invite(admin, { name: 'Eva Early', email: early, role: 'worker' });
    await invite(admin, { name: 'Luuk Late', email: late, role: 'worker' });
    t.clock.advance(7 * DAY - 1000);
    expect((await accept(await mailedToken(early))).status).toBe(200);
    t.clock.advance(1000);
    const expired = await accept(await mailedToken(late));
    expect(expired.status).toBe(400);
    expect(expired.body.code).toBe('invite_link_invalid');
    expect(Object.keys(expired.body.fields)).toEqual(['token']);
    expect((await t.dataSource.query(`SELECT 1 FROM account WHERE email = $1`, [late])).length).toBe(0);
    // The expired invite is still listed, marked expired, until it is resent or withdrawn.
    const list = await t.http().get('/api/organisation/invites').set(bearer(admin));
    expect(list.body.map((i: { email: string; expired: boolean }) => [i.email, i.expired])).toEqual([[late, true]]);
  });

  it('resend gives a new link valid for 7 days from now; the old link is dead', async () => {
    const { admin } = await orgWithAdmin();
    const email = uniqueEmail('resend');
    const made = await invite(admin, { name: 'Ruben Resend', email, role: 'worker' });
    const oldToken = await mailedToken(email);
    t.clock.advance(8 * DAY);
    const res = await t.http().post(`/api/organisation/invites/${made.body.id}/resend`).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: made.body.id, expired: false, expiresAt: '2026-03-17T09:00:00.000Z' });
    expect(await mailCount(email)).toBe(2);
    const newToken = await mailedToken(email);
    expect(newToken).not.toBe(oldToken);
    const old = await accept(oldToken);
    expect(old.status).toBe(400);
    expect(old.body.code).toBe('invite_link_invalid');
    expect((await accept(newToken)).status).toBe(200);
    const audit = await t.dataSource.query(
      `SELECT action, reason FROM audit_entry WHERE resource_type = 'staff_invite' AND resource_id = $1 ORDER BY occurred_at, id`,
      [made.body.id],
    );
    expect(audit).toEqual([
      { action: 'create', reason: 'invited as worker' },
      { action: 'update', reason: 'resent with a new link' },
    ]);
  });

  it('revoke withdraws the invite: the link is dead, it leaves the list, and the address can be invited again', async () => {
    const { admin } = await orgWithAdmin();
    const email = uniqueEmail('revoke');
    const made = await invite(admin, { name: 'Rosa Revoke', email, role: 'admin' });
    const token = await mailedToken(email);
    const res = await t.http().delete(`/api/organisation/invites/${made.body.id}`).set(bearer(admin));
    expect(res.status).toBe(204);
    const dead = await preview(token);
    expect(dead.status).toBe(400);
    expect(dead.body.code).toBe('invite_link_invalid');
    expect((await accept(token)).status).toBe(400);
    expect((await t.http().get('/api/organisation/invites').set(bearer(admin))).body).toEqual([]);
    // Withdrawn twice, or resent after withdrawal: it is gone (404).
    expect((await t.http().delete(`/api/organisation/invites/${made.body.id}`).set(bearer(admin))).status).toBe(404);
    expect((await t.http().post(`/api/organisation/invites/${made.body.id}/resend`).set(bearer(admin))).status).toBe(404);
    expect((await invite(admin, { name: 'Rosa Revoke', email, role: 'worker' })).status).toBe(201);
    const [audit] = await t.dataSource.query(
      `SELECT actor_id, action, reason FROM audit_entry WHERE resource_type = 'staff_invite' AND resource_id = $1 AND action = 'delete'`,
      [made.body.id],
    );
    expect(audit).toEqual({ actor_id: admin.id, action: 'delete', reason: 'withdrawn' });
  });

  it('an unknown link gets the same answer as a used one', async () => {
    const res = await preview('dGhpcy1pcy1ub3QtYS1yZWFsLWludml0ZS10b2tlbi0xMjM');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invite_link_invalid');
    expect(Object.keys(res.body.fields)).toEqual(['token']);
  });

  it('refuses an address that an account (any organisation, a client too) or an open invite already has (409 email_in_use)', async () => {
    const { org, admin } = await orgWithAdmin();
    const other = await orgWithAdmin();
    const worker = await makeWorker(t, { organisationId: other.org.organisationId });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const invited = uniqueEmail('invited');
    expect((await invite(other.admin, { name: 'Iris Invited', email: invited, role: 'worker' })).status).toBe(201);
    for (const email of [worker.email, client.email.toUpperCase(), invited]) {
      const res = await invite(admin, { name: 'Dubbel', email, role: 'worker' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('email_in_use');
      expect(Object.keys(res.body.fields)).toEqual(['email']);
    }
    expect(
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM staff_invite WHERE organisation_id = $1`, [org.organisationId]))[0].n,
    ).toBe(0);
  });

  it('accepting refuses an address someone registered after the invite was sent (409), leaving the invite open', async () => {
    const { org, admin } = await orgWithAdmin();
    const email = uniqueEmail('raced');
    const made = await invite(admin, { name: 'Rik Race', email, role: 'worker' });
    await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, email });
    const res = await accept(await mailedToken(email));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('email_in_use');
    const [row] = await t.dataSource.query(`SELECT accepted_at FROM staff_invite WHERE id = $1`, [made.body.id]);
    expect(row.accepted_at).toBeNull();
  });

  it('a weak password is 400 naming password, and nothing is half-written: no account, the link still works', async () => {
    const { admin } = await orgWithAdmin();
    const email = uniqueEmail('weak');
    const made = await invite(admin, { name: 'Wim Zwak', email, role: 'worker' });
    const token = await mailedToken(email);
    const weak = await accept(token, 'Welkom1234');
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('password_too_weak');
    expect(Object.keys(weak.body.fields)).toEqual(['password']);
    expect((await t.dataSource.query(`SELECT 1 FROM account WHERE email = $1`, [email])).length).toBe(0);
    expect((await t.dataSource.query(`SELECT accepted_at FROM staff_invite WHERE id = $1`, [made.body.id]))[0].accepted_at).toBeNull();
    expect((await accept(token)).status).toBe(200);
  });

  it('puts the new colleague in no team when the team was archived after the invite', async () => {
    const { org, admin } = await orgWithAdmin();
    const email = uniqueEmail('archived');
    await invite(admin, { name: 'Anouk Archief', email, role: 'worker', teamId: org.teamIds['Team Rijnstreek'] });
    await t.http().post(`/api/organisation/teams/${org.teamIds['Team Rijnstreek']}/archive`).set(bearer(admin)).expect(200);
    expect((await accept(await mailedToken(email))).status).toBe(200);
    const [account] = await t.dataSource.query(`SELECT team_id FROM account WHERE email = $1`, [email]);
    expect(account.team_id).toBeNull();
  });

  it.each(['worker', 'team_lead', 'client'] as const)('refuses a %s on every admin invite route (403), changing nothing', async (role) => {
    const { org, admin } = await orgWithAdmin();
    const made = await invite(admin, { name: 'Tess Target', email: uniqueEmail('target'), role: 'worker' });
    const who =
      role === 'worker'
        ? await makeWorker(t, { organisationId: org.organisationId })
        : role === 'team_lead'
          ? await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamId })
          : await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const answers = await Promise.all([
      t.http().get('/api/organisation/invites').set(bearer(who)),
      t
        .http()
        .post('/api/organisation/invites')
        .set(bearer(who))
        .send({ name: 'Nieuw', email: uniqueEmail('new'), role: 'worker' }),
      t.http().post(`/api/organisation/invites/${made.body.id}/resend`).set(bearer(who)),
      t.http().delete(`/api/organisation/invites/${made.body.id}`).set(bearer(who)),
    ]);
    expect(answers.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect(
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM staff_invite WHERE organisation_id = $1`, [org.organisationId]))[0].n,
    ).toBe(1);
    expect((await t.dataSource.query(`SELECT revoked_at FROM staff_invite WHERE id = $1`, [made.body.id]))[0].revoked_at).toBeNull();
  });

  it('answers 401 without a login on every admin invite route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const answers = await Promise.all([
      t.http().get('/api/organisation/invites'),
      t
        .http()
        .post('/api/organisation/invites')
        .send({ name: 'Nieuw', email: uniqueEmail('new'), role: 'worker' }),
      t.http().post(`/api/organisation/invites/${id}/resend`),
      t.http().delete(`/api/organisation/invites/${id}`),
    ]);
    expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 401]);
  });

  it('answers 404 for another organisation’s invite (resend, revoke) and team (invite), changing nothing', async () => {
    const { admin } = await orgWithAdmin();
    const other = await orgWithAdmin();
    const email = uniqueEmail('foreign');
    const foreign = await invite(other.admin, { name: 'Femke Foreign', email, role: 'worker' });
    const resend = await t.http().post(`/api/organisation/invites/${foreign.body.id}/resend`).set(bearer(admin));
    const revoke = await t.http().delete(`/api/organisation/invites/${foreign.body.id}`).set(bearer(admin));
    const team = await invite(admin, { name: 'Thijs Team', email: uniqueEmail('team'), role: 'worker', teamId: other.org.teamId });
    expect([resend.status, revoke.status, team.status]).toEqual([404, 404, 404]);
    expect(await mailCount(email)).toBe(1);
    expect((await t.dataSource.query(`SELECT revoked_at FROM staff_invite WHERE id = $1`, [foreign.body.id]))[0].revoked_at).toBeNull();
    expect((await t.http().get('/api/organisation/invites').set(bearer(admin))).body).toEqual([]);
    // Another organisation's list never shows up here either.
    expect((await t.http().get('/api/organisation/invites').set(bearer(other.admin))).body).toHaveLength(1);
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a name of 101 characters', { name: 'x'.repeat(101) }, 'name'],
    ['a huge name', { name: 'x'.repeat(100_000) }, 'name'],
    ['a name with a NUL character', { name: 'Nul\u0000Naam' }, 'name'],
    ['a bad e-mail address', { email: 'geen-adres' }, 'email'],
    ['a huge e-mail address', { email: `${'a'.repeat(300)}@example.nl` }, 'email'],
    ['an unknown role', { role: 'client' }, 'role'],
    ['a role that is not text', { role: 7 }, 'role'],
    ['a team id that is not a UUID', { teamId: 'team-1' }, 'teamId'],
    ['canTrain that is not a boolean', { canTrain: 'ja' }, 'canTrain'],
    ['chatDuty that is text', { chatDuty: 'yes' }, 'chatDuty'],
    ['an unknown field', { password: 'x' }, 'password'],
  ])('refuses %s with 400 naming the field, inviting nobody', async (_, change, field) => {
    const { org, admin } = await orgWithAdmin();
    const res = await invite(admin, { name: 'Goede Naam', email: uniqueEmail('fuzz'), role: 'worker', ...change });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
    expect(
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM staff_invite WHERE organisation_id = $1`, [org.organisationId]))[0].n,
    ).toBe(0);
  });

  it.each([
    ['no token', { password: PASSWORD }, 'token'],
    ['a huge token', { token: 'x'.repeat(10_000), password: PASSWORD }, 'token'],
    ['a token with a NUL character', { token: 'abc\u0000def', password: PASSWORD }, 'token'],
    ['no password', { token: 'abc' }, 'password'],
    ['a huge password', { token: 'abc', password: 'y'.repeat(10_000) }, 'password'],
  ])('accept refuses %s with 400 naming the field', async (_, body, field) => {
    const res = await t.http().post('/api/auth/invite/accept').set('X-Forwarded-For', from()).send(body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
  });

  it('the invite page refuses a missing token with 400 naming token', async () => {
    const res = await t.http().get('/api/auth/invite').set('X-Forwarded-For', from());
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(['token']);
  });
});
