import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, FixedClock, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import type { ReferralReport } from '@nabij/reports/contracts';
import { SocialMapModule } from '@nabij/socialmap/api';
import { installServices, testService } from '@nabij/socialmap/api/testing';
import { ReportsModule } from '../index';

jest.setTimeout(120_000);

const PERIOD = 'from=2026-01-01&to=2026-06-30';

/**
 * The team lead's count of referrals to the social map: per month and per topic, by status now,
 * numbers only; built through the referral routes themselves (the case's worker makes them).
 */
describe('GET /api/reports/referrals', () => {
  let t: TestApp;
  let clock: FixedClock;
  let org: TestOrganisation;
  let ans: TestAccount;
  let cor: TestAccount;
  let admin: TestAccount;
  let lead: TestAccount;
  let otherAdmin: TestAccount;
  let client: TestAccount;
  let money: string;
  let safety: string;
  let moneyAndHousing: string;

  const get = (query: string, who: { token: string }) => t.http().get(`/api/reports/referrals?${query}`).set(bearer(who));

  async function caseOf(worker: TestAccount): Promise<string> {
    const c = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    return (await makeCase(t, { worker, clientId: c.id, financierId: org.financierId })).id;
  }

  /** A referral by `worker` on `caseId` on `day`, moved on to `status`. */
  async function refer(worker: TestAccount, caseId: string, serviceId: string, day: string, status = 'proposed'): Promise<void> {
    clock.set(`${day}T10:00:00Z`);
    const res = await t
      .http()
      .post(`/api/social-map/cases/${caseId}/referrals`)
      .set(bearer(worker))
      .send({ serviceId, reason: 'Hulp die bij de vraag past.', status: status === 'proposed' ? 'proposed' : 'made' });
    expect(res.status).toBe(201);
    if (status === 'accepted' || status === 'closed') {
      await t.http().patch(`/api/social-map/referrals/${res.body.id}`).set(bearer(worker)).send({ status }).expect(200);
    }
  }

  beforeAll(async () => {
    clock = new FixedClock('2026-01-10T10:00:00Z');
    t = await createTestApp({ imports: [IdentityModule, DossierModule, SocialMapModule, ReportsModule], clock });
    org = await makeOrganisation(t, { teams: ['Team Leiden', 'Team Rijnstreek'] });
    const second = await makeOrganisation(t);
    ans = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] });
    cor = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'] });
    admin = await makeAdmin(t, { organisationId: org.organisationId });
    lead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] });
    otherAdmin = await makeAdmin(t, { organisationId: second.organisationId });
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    [money, safety, moneyAndHousing] = await installServices(t, org.organisationId, [
      testService({ name: 'Schuldhulp', categories: ['money'] }),
      testService({ name: 'Hulp bij geweld', categories: ['safety'] }),
      testService({ name: 'Huur en rekeningen', categories: ['money', 'housing'] }),
    ]);

    // Team Leiden (Ans): January 3 (one accepted), March 2 (one closed), plus one safety referral in March
    // and one to a service with two topics in April. Team Rijnstreek (Cor): 2 in February.
    const [a1, a2, a3] = [await caseOf(ans), await caseOf(ans), await caseOf(ans)];
    await refer(ans, a1, money, '2026-01-12');
    await refer(ans, a2, money, '2026-01-20', 'accepted');
    await refer(ans, a3, money, '2026-01-31', 'made');
    await refer(ans, a1, money, '2026-03-03', 'closed');
    await refer(ans, a2, money, '2026-03-30', 'made');
    await refer(ans, a3, safety, '2026-03-15');
    await refer(ans, a3, moneyAndHousing, '2026-04-02', 'made');
    const c1 = await caseOf(cor);
    await refer(cor, c1, money, '2026-02-05');
    await refer(cor, c1, money, '2026-02-06', 'made');
    // Outside the period: July.
    await refer(ans, a1, money, '2026-07-01');
  }, 180_000);
  afterAll(() => t.close());

  it('counts every referral of the organisation for an admin, per month of the period (empty months too) by status now', async () => {
    const res = await get(PERIOD, admin);
    expect(res.status).toBe(200);
    const report = res.body as ReferralReport;
    expect(report.byMonth.map((m) => [m.month, m.total])).toEqual([
      ['2026-01', 3],
      ['2026-02', 2],
      ['2026-03', 3],
      ['2026-04', 1],
      ['2026-05', 0],
      ['2026-06', 0],
    ]);
    expect(report.byMonth[0]).toMatchObject({ proposed: 1, made: 1, accepted: 1, closed: 0 });
    expect(report.byMonth[2]).toMatchObject({ proposed: 1, made: 1, accepted: 0, closed: 1 });
    expect(report.total).toEqual({ proposed: 3, made: 4, accepted: 1, closed: 1, total: 9 });
  });

  it('shows a topic only from 5 referrals on, counting a service with two topics in both, and says how many small topics were left out', async () => {
    const report = (await get(PERIOD, admin)).body as ReferralReport;
    // money: 8 (7 to money services + the one with two topics); housing 1 and safety 1 are too small to show.
    expect(report.byCategory).toEqual([
      { category: 'money', categoryName: 'Geld en schulden', proposed: 2, made: 4, accepted: 1, closed: 1, total: 8 },
    ]);
    expect(report.smallCategories).toBe(2);
    expect(JSON.stringify(report)).not.toMatch(/Hulp die bij de vraag past|safety/);
  });

  it("gives a team lead only the own team's referrals, and refuses another team (403)", async () => {
    const report = (await get(PERIOD, lead)).body as ReferralReport;
    expect(report.total.total).toBe(7);
    expect(report.byMonth.find((m) => m.month === '2026-02')!.total).toBe(0);
    expect(report.teamId).toBe(org.teamIds['Team Leiden']);
    expect((await get(`${PERIOD}&teamId=${org.teamIds['Team Rijnstreek']}`, lead)).status).toBe(403);
  });

  it('refuses workers and clients (403), and shows another organisation nothing of these', async () => {
    expect((await get(PERIOD, ans)).status).toBe(403);
    expect((await get(PERIOD, client)).status).toBe(403);
    const other = (await get(PERIOD, otherAdmin)).body as ReferralReport;
    expect(other.total.total).toBe(0);
    expect(other.byCategory).toEqual([]);
  });

  it('downloads each table as CSV for Dutch Excel: the months with a total line, the topics without the small ones', async () => {
    const months = await get(`${PERIOD}&format=csv&dialect=excel-nl`, admin);
    expect(months.status).toBe(200);
    expect(months.headers['content-disposition']).toContain('verwijzingen-per-maand-2026-01-01-2026-06-30.csv');
    const lines = months.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('Maand;Voorgesteld;Aangemeld;Geaccepteerd;Afgesloten;Totaal');
    expect(lines[1]).toBe('2026-01;1;1;1;0;3');
    expect(lines.at(-1)).toBe('Totaal;3;4;1;1;9');

    const topics = await get(`${PERIOD}&format=csv&table=categories`, admin);
    expect(topics.text.trim().split(/\r?\n/)).toEqual(['category,proposed,made,accepted,closed,total', 'money,2,4,1,1,8']);
  });

  it.each([
    ['from', 'to=2026-06-30'],
    ['to', 'from=2026-06-30&to=2026-01-01'],
    ['table', `${PERIOD}&format=csv&table=names`],
    ['teamId', `${PERIOD}&teamId=team-1`],
  ])('answers 400 naming %s', async (field, query) => {
    const res = await get(query, admin);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toContain(field);
  });
});
