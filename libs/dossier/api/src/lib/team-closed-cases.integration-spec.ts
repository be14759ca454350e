import { IdentityModule } from '@nabij/identity/api';
import { AUDIT_LINES } from '@nabij/platform/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, HOUR, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { DossierModule } from './dossier.module';
import { closeCase, makeCase } from './testing/case-factory';

jest.setTimeout(90_000);

const DAY = 24 * HOUR;

/** Issue 19.9: the team lead's screen lists the team's recently closed cases to reopen one; no contents. */
describe('GET /api/dossier/team/closed-cases', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let worker: TestAccount;
  let lead: TestAccount;
  const list = (who: { token: string }) => t.http().get('/api/dossier/team/closed-cases').set(bearer(who));
  /** A case of a new client, opened by `by` and closed on `closedOn` with a reason category. */
  const closed = async (by: TestAccount, closedOn: string, o: TestOrganisation = org) => {
    const client = await makeClient(t, { organisationId: o.organisationId, financierId: o.financierId, name: `Cliënt ${closedOn}` });
    const c = await makeCase(t, { worker: by, clientId: client.id, openedOn: '2026-01-02' });
    await closeCase(t, by, c.id, { reason: 'client_stopped', closedOn });
    return { caseId: c.id, client };
  };
  const ids = (body: Array<{ id: string }>) => body.map((c) => c.id);

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule] });
    org = await makeOrganisation(t, { teams: ['Team Leiden', 'Team Oegstgeest'] });
    worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, name: 'Sanne de Vries' });
    lead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamId });
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T10:00:00Z'));

  it('lists the team’s cases closed in the last 30 days, newest first, with names, day and reason only', async () => {
    const recent = await closed(worker, '2026-02-20');
    const edge = await closed(worker, '2026-01-31'); // 30 days before 2 March: the last day it can be reopened
    const old = await closed(worker, '2026-01-30');
    const open = await makeCase(t, {
      worker,
      clientId: (await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId })).id,
    });
    const res = await list(lead);
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual(expect.arrayContaining([recent.caseId, edge.caseId]));
    expect(ids(res.body)).not.toContain(old.caseId);
    expect(ids(res.body)).not.toContain(open.id);
    const row = res.body.find((c: { id: string }) => c.id === recent.caseId);
    expect(row).toEqual({
      id: recent.caseId,
      client: { id: recent.client.id, name: 'Cliënt 2026-02-20' },
      worker: { id: worker.id, name: 'Sanne de Vries' },
      closedOn: '2026-02-20',
      closeReason: 'client_stopped',
      reopenableUntil: '2026-03-22',
    });
    const days = res.body.map((c: { closedOn: string }) => c.closedOn);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('logs the read of each listed client in the access log', async () => {
    const { caseId, client } = await closed(worker, '2026-02-25');
    await list(lead).expect(200);
    const logged = await t.dataSource.query(
      `SELECT actor_id, action, client_id FROM ${AUDIT_LINES} WHERE resource_type = 'team_closed_cases' AND resource_id = $1`,
      [caseId],
    );
    expect(logged).toEqual([{ actor_id: lead.id, action: 'read', client_id: client.id }]);
  });

  it('shows nothing of another team or organisation, and refuses clients, workers and admins (403)', async () => {
    const { caseId, client } = await closed(worker, '2026-02-26');
    const otherTeamLead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Oegstgeest'] });
    const other = await makeOrganisation(t, { name: 'Ander MW' });
    const otherLead = await makeTeamLead(t, { organisationId: other.organisationId, teamId: other.teamId });
    const theirs = await closed(await makeWorker(t, { organisationId: other.organisationId, teamId: other.teamId }), '2026-02-26', other);
    for (const outsider of [otherTeamLead, otherLead]) {
      const res = await list(outsider);
      expect(res.status).toBe(200);
      expect(ids(res.body)).not.toContain(caseId);
      expect(JSON.stringify(res.body)).not.toContain(client.id);
    }
    expect(ids((await list(otherLead)).body)).toEqual([theirs.caseId]);
    expect(ids((await list(lead)).body)).not.toContain(theirs.caseId);
    const admin = await makeAdmin(t, { organisationId: org.organisationId });
    for (const who of [client, worker, admin]) expect((await list(who)).status).toBe(403);
    expect((await t.http().get('/api/dossier/team/closed-cases')).status).toBe(401);
  });

  it('lets the lead reopen a listed case (then it leaves the list), and not once the period is over', async () => {
    const now = await closed(worker, '2026-03-02');
    const soon = await closed(worker, '2026-03-01');
    const reopen = (caseId: string) =>
      t.http().post(`/api/dossier/cases/${caseId}/reopen`).set(bearer(lead)).send({ reason: 'De cliënt belde: de vraag loopt nog.' });
    expect((await reopen(now.caseId)).status).toBe(200);
    expect(ids((await list(lead)).body)).not.toContain(now.caseId);
    t.clock.advance(31 * DAY);
    expect(ids((await list(lead)).body)).not.toContain(soon.caseId);
    const late = await reopen(soon.caseId);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('reopen_period_over');
  });
});
