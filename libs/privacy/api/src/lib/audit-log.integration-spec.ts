import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { AuditService } from '@nabij/platform/api';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { UNUSUAL_ACCESS_THRESHOLD } from '@nabij/privacy/contracts';
import { PrivacyModule } from '../index';

jest.setTimeout(60_000);

/** /api/privacy/audit-log: an admin reviews the access log of their own organisation (NEN 7513). */
describe('audit log review (admin)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, PrivacyModule] });
  });
  afterAll(() => t.close());

  interface World {
    org: TestOrganisation;
    admin: TestAccount;
    worker: TestAccount;
    client: TestAccount;
  }

  async function world(): Promise<World> {
    const org = await makeOrganisation(t);
    const admin = await makeAdmin(t, { organisationId: org.organisationId });
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    return { org, admin, worker, client };
  }

  /** A read as the dossier writes it, at a chosen moment. */
  async function read(actor: TestAccount, clientId: string, at: string, resourceType = 'dossier', reason: string | null = null) {
    t.clock.set(new Date(at));
    await t.app.get(AuditService).record({ actor, action: 'read', resourceType, clientId, reason });
  }

  const logReads = (adminId: string) =>
    t.dataSource.query(
      `SELECT action, client_id, reason FROM audit_entry WHERE resource_type = 'audit_log' AND actor_id = $1 ORDER BY id`,
      [adminId],
    );

  it('finds entries by client, user and period, newest first and paged', async () => {
    const w = await world();
    const other = await makeClient(t, { organisationId: w.org.organisationId, financierId: w.org.financierId });
    await read(w.worker, w.client.id, '2026-11-02T09:00:00Z');
    await read(w.worker, w.client.id, '2026-11-03T09:00:00Z');
    await read(w.worker, w.client.id, '2026-11-04T09:00:00Z');
    await read(w.worker, other.id, '2026-11-03T10:00:00Z');
    await read(w.admin, w.client.id, '2026-11-03T11:00:00Z');

    const res = await t
      .http()
      .get(`/api/privacy/audit-log?clientId=${w.client.id}&userId=${w.worker.id}&from=2026-11-03&to=2026-11-04&pageSize=1&page=2`)
      .set(bearer(w.admin));
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.page).toBe(2);
    expect(res.body.entries).toEqual([
      expect.objectContaining({
        occurredAt: '2026-11-03T09:00:00.000Z',
        actorId: w.worker.id,
        actorName: w.worker.name,
        clientId: w.client.id,
        clientName: w.client.name,
        action: 'read',
        resourceType: 'dossier',
      }),
    ]);
  });

  it('takes the period as Amsterdam calendar days (23:30 UTC on 2 Nov is 3 Nov in Leiden)', async () => {
    const w = await world();
    await read(w.worker, w.client.id, '2026-11-02T23:30:00Z');
    await read(w.worker, w.client.id, '2026-11-02T22:30:00Z');
    const res = await t.http().get(`/api/privacy/audit-log?clientId=${w.client.id}&from=2026-11-03&to=2026-11-03`).set(bearer(w.admin));
    expect(res.body.entries.map((e: { occurredAt: string }) => e.occurredAt)).toEqual(['2026-11-02T23:30:00.000Z']);
  });

  it('never shows entries of another organisation', async () => {
    const w = await world();
    const them = await world();
    await read(them.worker, them.client.id, '2026-11-03T09:00:00Z');
    await read(w.worker, w.client.id, '2026-11-03T09:00:00Z');
    const res = await t.http().get('/api/privacy/audit-log?from=2026-11-01&to=2026-11-30&pageSize=200').set(bearer(w.admin));
    const people = new Set(res.body.entries.flatMap((e: { actorId: string; clientId: string }) => [e.actorId, e.clientId]));
    expect(people.has(w.worker.id)).toBe(true);
    expect(people.has(them.worker.id)).toBe(false);
    expect(people.has(them.client.id)).toBe(false);
  });

  it('answers 404 for a client or user of another organisation', async () => {
    const w = await world();
    const them = await world();
    for (const url of [
      `/api/privacy/audit-log?clientId=${them.client.id}`,
      `/api/privacy/audit-log?userId=${them.worker.id}`,
      `/api/privacy/audit-log/export?clientId=${them.client.id}`,
    ]) {
      const res = await t.http().get(url).set(bearer(w.admin));
      expect([url, res.status]).toEqual([url, 404]);
    }
  });

  it.each(['worker', 'team_lead', 'client'] as const)('refuses a %s on every log route (403)', async (role) => {
    const w = await world();
    const who =
      role === 'worker'
        ? w.worker
        : role === 'client'
          ? w.client
          : await makeTeamLead(t, { organisationId: w.org.organisationId, teamId: w.org.teamId });
    for (const url of [
      '/api/privacy/audit-log',
      '/api/privacy/audit-log/export',
      '/api/privacy/audit-log/unusual?from=2026-11-01&to=2026-11-30',
    ]) {
      const res = await t.http().get(url).set(bearer(who));
      expect([url, res.status]).toEqual([url, 403]);
    }
  });

  it('refuses an admin whose login had no second factor on every log route (403 two_factor_required)', async () => {
    const w = await world();
    // A token of a login made with the password only (as issued before two-factor authentication).
    const passwordOnly = t.tokenFor({ id: w.admin.id, role: 'admin', organisationId: w.org.organisationId, amr: ['pwd'] });
    for (const url of [
      '/api/privacy/audit-log',
      '/api/privacy/audit-log/export',
      '/api/privacy/audit-log/unusual?from=2026-11-01&to=2026-11-30',
    ]) {
      const res = await t.http().get(url).set(bearer(passwordOnly));
      expect([url, res.status, res.body.code]).toEqual([url, 403, 'two_factor_required']);
    }
    expect((await t.http().get('/api/privacy/audit-log').set(bearer(w.admin))).status).toBe(200);
  });

  it.each([
    ['clientId=nope', 'clientId'],
    ['userId=1', 'userId'],
    ['from=2026-13-01', 'from'],
    ['from=2026-11-05&to=2026-11-04', 'to'],
    ['pageSize=1000', 'pageSize'],
    ['page=0', 'page'],
  ])('refuses ?%s with 400 naming %s', async (query, field) => {
    const w = await world();
    const res = await t.http().get(`/api/privacy/audit-log?${query}`).set(bearer(w.admin));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields ?? {})).toContain(field);
  });

  it('refuses the unusual-access check without a period (400 naming from and to)', async () => {
    const w = await world();
    const res = await t.http().get('/api/privacy/audit-log/unusual').set(bearer(w.admin));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(expect.arrayContaining(['from', 'to']));
  });

  it('logs every search, export and unusual-access check as a read of the log', async () => {
    const w = await world();
    t.clock.set(new Date('2026-11-10T12:00:00Z'));
    await t.http().get(`/api/privacy/audit-log?clientId=${w.client.id}&from=2026-11-01`).set(bearer(w.admin)).expect(200);
    await t.http().get(`/api/privacy/audit-log/export?userId=${w.worker.id}`).set(bearer(w.admin)).expect(200);
    await t.http().get('/api/privacy/audit-log/unusual?from=2026-11-01&to=2026-11-10').set(bearer(w.admin)).expect(200);
    const rows = await logReads(w.admin.id);
    expect(rows).toEqual([
      { action: 'read', client_id: w.client.id, reason: expect.stringContaining('from 2026-11-01') },
      { action: 'export', client_id: null, reason: expect.stringContaining(`user ${w.worker.id}`) },
      { action: 'read', client_id: null, reason: expect.stringContaining('unusual access') },
    ]);
  });

  it('exports CSV with a header, one line per entry and formula-shaped text defused', async () => {
    const w = await world();
    await read(w.worker, w.client.id, '2026-11-03T09:00:00Z', 'dossier', '=HYPERLINK("http://evil.test","x")');
    const res = await t.http().get(`/api/privacy/audit-log/export?clientId=${w.client.id}`).set(bearer(w.admin));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="toegangslog-/);
    const lines = res.text.trimEnd().split('\n');
    expect(lines[0]).toBe('occurred_at,actor_id,actor_name,actor_role,client_id,client_name,action,resource_type,resource_id,reason,ip');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      `2026-11-03T09:00:00.000Z,${w.worker.id},${w.worker.name},worker,${w.client.id},${w.client.name},read,dossier,,"'=HYPERLINK(""http://evil.test"",""x"")",`,
    );
  });

  it('flags a worker who read more unassigned clients in one day than the threshold, not one who read their own', async () => {
    const w = await world();
    const busy = await makeWorker(t, { organisationId: w.org.organisationId, teamId: w.org.teamId });
    const clients: TestAccount[] = [];
    for (let i = 0; i <= UNUSUAL_ACCESS_THRESHOLD; i++)
      clients.push(await makeClient(t, { organisationId: w.org.organisationId, financierId: w.org.financierId }));
    // `busy` is the assigned worker of all of them: reading their own caseload is never unusual.
    for (const c of clients) await makeCase(t, { worker: busy, clientId: c.id });
    for (const c of clients) {
      await read(w.worker, c.id, '2026-11-03T10:00:00Z');
      await read(busy, c.id, '2026-11-03T10:00:00Z');
    }
    // The threshold itself is allowed: exactly UNUSUAL_ACCESS_THRESHOLD on the next day.
    for (const c of clients.slice(1)) await read(w.worker, c.id, '2026-11-04T10:00:00Z');

    const res = await t.http().get('/api/privacy/audit-log/unusual?from=2026-11-01&to=2026-11-30').set(bearer(w.admin));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { actorId: w.worker.id, actorName: w.worker.name, actorRole: 'worker', day: '2026-11-03', clientCount: UNUSUAL_ACCESS_THRESHOLD + 1 },
    ]);
  });
});
