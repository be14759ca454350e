import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import type { ExtensionReport } from '@nabij/reports/contracts';
import { TimeModule } from '@nabij/time/api';
import { ReportsModule } from '../index';

jest.setTimeout(120_000);

const MARCH = 'from=2026-03-01&to=2026-03-31';

/**
 * Issue 20: the report counts extensions of the conversation limit per team, on a fixture counted by
 * hand. Requests in March (Dutch days) — Team Leiden: case 1 approved (+2) and again refused (+3),
 * case 2 approved (+1), case 4 waiting (asked 1 March 00:30 Dutch time) → requested 4, approved 2,
 * refused 1, waiting 1, extra 3. Team Rijnstreek: case 5 refused, case 6 waiting → 2, 0, 1, 1, 0.
 * Case 3's request (1 April 00:30 Dutch time) and another organisation's are left out.
 */
describe('GET /api/reports/extensions', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let admin: TestAccount;
  let lead: TestAccount;
  let worker: TestAccount;
  let otherAdmin: TestAccount;

  const get = (query: string, who: { token: string }) => t.http().get(`/api/reports/extensions?${query}`).set(bearer(who));
  const report = async (query: string, who: { token: string }) => {
    const res = await get(query, who);
    expect(res.status).toBe(200);
    return res.body as ExtensionReport;
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule, ReportsModule] });
    t.clock.set('2026-02-01T10:00:00Z');
    org = await makeOrganisation(t, { teams: ['Team Leiden', 'Team Rijnstreek'] });
    const other = await makeOrganisation(t, { name: 'Ander MW' });
    const ans = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] });
    const cor = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'] });
    const stranger = await makeWorker(t, { organisationId: other.organisationId, teamId: other.teamId });
    worker = ans;
    admin = await makeAdmin(t, { organisationId: org.organisationId });
    lead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] });
    const corLead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'] });
    const strangerLead = await makeTeamLead(t, { organisationId: other.organisationId, teamId: other.teamId });
    otherAdmin = await makeAdmin(t, { organisationId: other.organisationId });
    for (const a of [admin, otherAdmin]) await t.http().put('/api/time/limits').set(bearer(a)).send({ algemeen_mw: 1 }).expect(200);

    const caseOf = async (w: TestAccount, o: TestOrganisation) => {
      const client = await makeClient(t, { organisationId: o.organisationId, financierId: o.financierId });
      return (await makeCase(t, { worker: w, clientId: client.id, openedOn: '2026-01-15' })).id;
    };
    const ask = async (w: TestAccount, caseId: string, at: string, extra: number) => {
      t.clock.set(at);
      const res = await t
        .http()
        .post(`/api/time/cases/${caseId}/extensions`)
        .set(bearer(w))
        .send({ extra, reasonCategory: 'crisis', reason: 'Crisis in het gezin.' });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const decide = (l: TestAccount, id: string, how: 'approve' | 'refuse') =>
      t.http().post(`/api/time/extensions/${id}/${how}`).set(bearer(l)).expect(200);

    const [c1, c2, c3, c4] = [await caseOf(ans, org), await caseOf(ans, org), await caseOf(ans, org), await caseOf(ans, org)];
    const [c5, c6] = [await caseOf(cor, org), await caseOf(cor, org)];
    await decide(lead, await ask(ans, c1, '2026-03-02T10:00:00Z', 2), 'approve');
    await decide(lead, await ask(ans, c1, '2026-03-10T10:00:00Z', 3), 'refuse');
    await decide(lead, await ask(ans, c2, '2026-03-05T10:00:00Z', 1), 'approve');
    await ask(ans, c3, '2026-03-31T22:30:00Z', 1);
    await ask(ans, c4, '2026-02-28T23:30:00Z', 4);
    await decide(corLead, await ask(cor, c5, '2026-03-15T10:00:00Z', 2), 'refuse');
    await ask(cor, c6, '2026-03-16T10:00:00Z', 1);
    await decide(strangerLead, await ask(stranger, await caseOf(stranger, other), '2026-03-03T10:00:00Z', 5), 'approve');
  });
  afterAll(() => t.close());

  it('counts requests per team as computed by hand; an admin sees every team', async () => {
    const body = await report(MARCH, admin);
    expect(body.teams).toEqual([
      { teamId: org.teamIds['Team Leiden'], teamName: 'Team Leiden', requested: 4, approved: 2, refused: 1, pending: 1, extraApproved: 3 },
      {
        teamId: org.teamIds['Team Rijnstreek'],
        teamName: 'Team Rijnstreek',
        requested: 2,
        approved: 0,
        refused: 1,
        pending: 1,
        extraApproved: 0,
      },
    ]);
    expect(body.total).toEqual({ requested: 6, approved: 2, refused: 2, pending: 2, extraApproved: 3 });
    // April holds only case 3's request (asked 1 April, Dutch time).
    expect((await report('from=2026-04-01&to=2026-04-30', admin)).total).toEqual({
      requested: 1,
      approved: 0,
      refused: 0,
      pending: 1,
      extraApproved: 0,
    });
  });

  it("shows a team lead their own team only, and refuses other teams, workers and other organisations' data", async () => {
    const body = await report(MARCH, lead);
    expect(body.teamId).toBe(org.teamIds['Team Leiden']);
    expect(body.teams.map((r) => r.teamName)).toEqual(['Team Leiden']);
    expect((await get(`${MARCH}&teamId=${org.teamIds['Team Rijnstreek']}`, lead)).status).toBe(403);
    expect((await get(MARCH, worker)).status).toBe(403);
    expect((await report(MARCH, otherAdmin)).total).toEqual({ requested: 1, approved: 1, refused: 0, pending: 0, extraApproved: 5 });
    expect((await report(`${MARCH}&teamId=${org.teamIds['Team Leiden']}`, otherAdmin)).teams).toEqual([]);
  });

  it('writes a Dutch Excel CSV with a total line', async () => {
    const res = await get(`${MARCH}&format=csv&dialect=excel-nl`, admin);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('extra-gesprekken-2026-03-01-2026-03-31.csv');
    expect(res.text.replace('\uFEFF', '').split('\r\n')).toEqual([
      'Team;Aangevraagd;Goedgekeurd;Afgewezen;Wacht op besluit;Extra gesprekken goedgekeurd',
      'Team Leiden;4;2;1;1;3',
      'Team Rijnstreek;2;0;1;1;0',
      'Totaal;6;2;2;2;3',
      '',
    ]);
  });

  it('refuses a bad period with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['from=2026-03-01', 'to'],
      ['from=2026-02-30&to=2026-03-31', 'from'],
      ['from=2026-03-31&to=2026-03-01', 'to'],
      [`${MARCH}&teamId=team-1`, 'teamId'],
      [`${MARCH}&format=xls`, 'format'],
    ] as const) {
      const res = await get(query, admin);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toContain(field);
    }
  });
});
