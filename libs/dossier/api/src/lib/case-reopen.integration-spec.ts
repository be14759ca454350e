import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, HOUR, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { DossierModule } from './dossier.module';
import { closeCase, makeCase } from './testing/case-factory';

jest.setTimeout(90_000);

const DAY = 24 * HOUR;

/** Issue 19.9: a closed case can be reopened within 30 days by its worker or the team lead of its team, audited. */
describe('reopening a closed case', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let worker: TestAccount;
  let teamLead: TestAccount;
  const reopen = (caseId: string, who: { token: string }, body: object = { reason: 'De cliënt meldt zich weer met dezelfde vraag.' }) =>
    t.http().post(`/api/dossier/cases/${caseId}/reopen`).set(bearer(who)).send(body);
  /** A case of a new client of the organisation, closed today by the worker. */
  const closedCase = async () => {
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const c = await makeCase(t, { worker, clientId: client.id, openedOn: '2026-02-01' });
    await closeCase(t, worker, c.id, { reason: 'goal_reached' });
    return { caseId: c.id, client };
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule] });
    org = await makeOrganisation(t, { teams: ['Team Leiden', 'Team Oegstgeest'] });
    worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    teamLead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamId });
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T10:00:00Z'));

  it('lets the worker reopen their closed case: open again, changeable, and the reason in the access log', async () => {
    const { caseId } = await closedCase();
    const res = await reopen(caseId, worker);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: caseId, openedOn: '2026-02-01', closedOn: null });
    const dossier = await t.http().get(`/api/dossier/cases/${caseId}`).set(bearer(worker)).expect(200);
    expect(dossier.body.case).toMatchObject({ closedOn: null, closeReason: null });
    expect(dossier.body.readOnly).toBe(false);
    const logged = await t.dataSource.query(
      `SELECT actor_id, action, reason FROM audit_entry WHERE resource_type = 'case_reopen' AND resource_id = $1`,
      [caseId],
    );
    expect(logged).toEqual([{ actor_id: worker.id, action: 'update', reason: 'De cliënt meldt zich weer met dezelfde vraag.' }]);
  });

  it('lets the team lead of the case’s team reopen it, and answers no contents', async () => {
    const { caseId } = await closedCase();
    const res = await reopen(caseId, teamLead);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['closedOn', 'id', 'openedOn']);
    const logged = await t.dataSource.query(`SELECT actor_id FROM audit_entry WHERE resource_type = 'case_reopen' AND resource_id = $1`, [
      caseId,
    ]);
    expect(logged).toEqual([{ actor_id: teamLead.id }]);
  });

  it('refuses wrong roles (403) and other workers, another team and another organisation as unknown (404)', async () => {
    const { caseId, client } = await closedCase();
    const admin = await makeAdmin(t, { organisationId: org.organisationId, teamId: org.teamId });
    expect((await reopen(caseId, client)).status).toBe(403);
    expect((await reopen(caseId, admin)).status).toBe(403);

    const colleague = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const otherTeamLead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Oegstgeest'] });
    const other = await makeOrganisation(t, { name: 'Ander MW', financiers: ['Utrecht'] });
    const otherWorker = await makeWorker(t, { organisationId: other.organisationId, teamId: other.teamId });
    const otherLead = await makeTeamLead(t, { organisationId: other.organisationId, teamId: other.teamId });
    for (const outsider of [colleague, otherTeamLead, otherWorker, otherLead]) {
      const res = await reopen(caseId, outsider);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain(client.id);
    }
    // Another client's case id is just as unknown to this client's worker.
    expect((await reopen('8a1f4a8e-2b0b-4c1e-9a3e-0d6b3c1f2a11', worker)).status).toBe(404);
    expect((await reopen('not-a-case', worker)).status).toBe(400);
    // Nothing happened: the case is still closed.
    expect((await reopen(caseId, worker)).status).toBe(200);
  });

  it('asks a reason (400 naming reason) and writes nothing without one', async () => {
    const { caseId } = await closedCase();
    for (const body of [{}, { reason: '' }, { reason: 'x'.repeat(501) }, { reason: 12 }]) {
      const res = await reopen(caseId, worker, body);
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty('reason');
    }
    const dossier = await t.http().get(`/api/dossier/cases/${caseId}`).set(bearer(worker)).expect(200);
    expect(dossier.body.case.closedOn).not.toBeNull();
  });

  it('reopens up to 30 days after the closing day, not later (409 reopen_period_over), and not an open case', async () => {
    const early = await closedCase();
    const late = await closedCase();
    t.clock.advance(30 * DAY);
    expect((await reopen(early.caseId, worker)).status).toBe(200);
    t.clock.advance(1 * DAY);
    const res = await reopen(late.caseId, teamLead);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('reopen_period_over');
    const again = await reopen(early.caseId, worker);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('case_not_closed');
  });

  it('does not reopen a case while the client is in care with a colleague (409 client_in_care)', async () => {
    const { caseId, client } = await closedCase();
    const colleague = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    await makeCase(t, { worker: colleague, clientId: client.id, openedOn: '2026-03-02' });
    const res = await reopen(caseId, worker);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('client_in_care');
  });
});
