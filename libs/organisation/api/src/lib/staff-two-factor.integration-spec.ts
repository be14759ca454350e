import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { giveRecoveryCodes, makeAdmin, makeClient, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { OrganisationModule } from '../index';

const PASSWORD = 'Lantaarnpaal-Kwartet-2026';

/** POST /api/organisation/staff/:id/two-factor/reset: an admin helps a colleague who lost their phone. */
describe('staff two-factor reset (admin)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, OrganisationModule] });
  });
  afterAll(() => t.close());

  const reset = (id: string, token: string) => t.http().post(`/api/organisation/staff/${id}/two-factor/reset`).set(bearer(token));

  it('removes the authenticator and recovery codes, ends every login (audited); the next login sets it up again', async () => {
    const org = await makeOrganisation(t);
    const admin = await makeAdmin(t, { organisationId: org.organisationId });
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, password: PASSWORD });
    const session = await t.login(worker.email, PASSWORD);
    expect(await giveRecoveryCodes(t, worker)).toHaveLength(10);

    const res = await reset(worker.id, admin.token);
    expect(res.status).toBe(204);
    expect(await t.dataSource.query(`SELECT 1 FROM account_totp WHERE account_id = $1`, [worker.id])).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM account_recovery_code WHERE account_id = $1`, [worker.id])).toEqual([]);
    expect((await t.http().get('/api/auth/me').set(bearer(session))).status).toBe(401);
    // Not the worker's own entry (their new recovery codes): the one of the reset.
    const [audit] = await t.dataSource.query(
      `SELECT actor_id, action, reason FROM audit_entry WHERE resource_type = 'two_factor' AND resource_id = $1::text AND actor_id IS DISTINCT FROM $1::uuid`,
      [worker.id],
    );
    expect(audit).toEqual({ actor_id: admin.id, action: 'update', reason: 'reset by admin' });
    const next = await t.http().post('/api/auth/login').send({ email: worker.email, password: PASSWORD });
    expect(next.body).toMatchObject({ secondFactor: 'setup' });
  });

  it('ends a login that was half-way (password typed, code not yet)', async () => {
    const org = await makeOrganisation(t);
    const admin = await makeAdmin(t, { organisationId: org.organisationId });
    const worker = await makeWorker(t, { organisationId: org.organisationId, password: PASSWORD });
    const { challenge } = (await t.http().post('/api/auth/login').send({ email: worker.email, password: PASSWORD })).body;
    expect((await reset(worker.id, admin.token)).status).toBe(204);
    const late = await t.http().post('/api/auth/login/second-factor').send({ challenge, code: '123456' });
    expect(late.status).toBe(401);
    expect(late.body.code).toBe('login_challenge_ended');
  });

  it('is for admins only (403 for a worker) and needs a login with a second factor', async () => {
    const org = await makeOrganisation(t);
    const worker = await makeWorker(t, { organisationId: org.organisationId });
    const colleague = await makeWorker(t, { organisationId: org.organisationId });
    expect((await reset(colleague.id, worker.token)).status).toBe(403);
    const admin = await makeAdmin(t, { organisationId: org.organisationId });
    const passwordOnly = t.tokenFor({ id: admin.id, role: 'admin', organisationId: org.organisationId, amr: ['pwd'] });
    const res = await reset(colleague.id, passwordOnly);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('two_factor_required');
  });

  it('answers 404 for another organisation’s staff, a client id and an unknown id; 400 for a malformed id', async () => {
    const org = await makeOrganisation(t);
    const other = await makeOrganisation(t);
    const admin = await makeAdmin(t, { organisationId: org.organisationId });
    const theirs = await makeWorker(t, { organisationId: other.organisationId, password: PASSWORD });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    for (const id of [theirs.id, client.id, randomUUID()]) expect([id, (await reset(id, admin.token)).status]).toEqual([id, 404]);
    expect(await t.dataSource.query(`SELECT 1 FROM account_totp WHERE account_id = $1`, [theirs.id])).toHaveLength(1);
    const bad = await reset('not-a-uuid', admin.token);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields)).toEqual(['id']);
  });
});
