import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import type { IntakeChannel } from '@nabij/dossier/contracts';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, FixedClock, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import type { IntakeReport } from '@nabij/reports/contracts';
import { ReportsModule } from '../index';

jest.setTimeout(120_000);

const HALF_YEAR = 'from=2026-01-01&to=2026-06-30';

/**
 * Issue 20: how new clients came in, on a fixture whose figures are counted by hand below.
 * Team Leiden opens 10 cases (Jan 4 · Feb 4 · Mar 4 with Rijnstreek's), Team Rijnstreek 2 (Gouda);
 * one more on 31 December is outside the period. Ages on the opening day:
 * online (registration, anonymous chat/question): 17, 20, 23, 24, 26 (Leiden), 26 (Rijnstreek) → <18: 1, 18–26: 5;
 * other: 66 (GP), 46 (walk-in), 51 (phone), 16 (school), 41 (municipality) → <18: 1, 41–65: 3, >65: 1;
 * the case without a channel (36) is left out. Young (<27): online 6/6 = 100 %, other 1/5 = 20 %.
 */
describe('GET /api/reports/intake', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let admin: TestAccount;
  let lead: TestAccount;
  let worker: TestAccount;
  let otherAdmin: TestAccount;

  const get = (query: string, who: { token: string }) => t.http().get(`/api/reports/intake?${query}`).set(bearer(who));
  const report = async (query: string, who: { token: string }) => {
    const res = await get(query, who);
    expect(res.status).toBe(200);
    return res.body as IntakeReport;
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, ReportsModule], clock: new FixedClock('2026-07-01T10:00:00Z') });
    org = await makeOrganisation(t, { financiers: ['Leiden', 'Gouda'], teams: ['Team Leiden', 'Team Rijnstreek'] });
    const other = await makeOrganisation(t, { name: 'Ander MW' });
    const ans = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] });
    const cor = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'] });
    worker = ans;
    admin = await makeAdmin(t, { organisationId: org.organisationId });
    lead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] });
    otherAdmin = await makeAdmin(t, { organisationId: other.organisationId });

    const open = async (w: TestAccount, openedOn: string, birthDate: string, intakeChannel?: IntakeChannel, financier = 'Leiden') => {
      const c = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierIds[financier], birthDate });
      await makeCase(t, { worker: w, clientId: c.id, financierId: org.financierIds[financier], openedOn, intakeChannel });
    };
    await open(ans, '2026-01-05', '2005-03-01', 'online_registration');
    await open(ans, '2026-01-10', '2008-06-01', 'online_registration');
    await open(ans, '2026-01-20', '2003-01-01', 'anonymous_chat');
    await open(ans, '2026-02-03', '2001-05-05', 'anonymous_chat');
    await open(ans, '2026-02-14', '1999-12-31', 'anonymous_question');
    await open(ans, '2026-02-20', '1960-01-01', 'referral_gp');
    await open(ans, '2026-03-02', '1980-01-01', 'walk_in');
    await open(ans, '2026-03-03', '1975-01-01', 'phone');
    await open(ans, '2026-03-04', '2010-01-01', 'referral_school');
    await open(ans, '2026-03-05', '1990-01-01');
    await open(cor, '2026-01-15', '1985-01-01', 'referral_municipality', 'Gouda');
    await open(cor, '2026-02-15', '2000-01-01', 'online_registration', 'Gouda');
    await open(ans, '2025-12-31', '1990-01-01', 'phone');
    const foreignWorker = await makeWorker(t, { organisationId: other.organisationId, teamId: other.teamId });
    const foreignClient = await makeClient(t, { organisationId: other.organisationId, financierId: other.financierId });
    await makeCase(t, { worker: foreignWorker, clientId: foreignClient.id, openedOn: '2026-01-05', intakeChannel: 'walk_in' });
  });
  afterAll(() => t.close());

  it('counts new cases per channel, listing every channel and the unknown ones', async () => {
    const r = await report(HALF_YEAR, admin);
    expect(r.total).toBe(12);
    expect(Object.fromEntries(r.channels.map((c) => [c.channel, c.cases]))).toEqual({
      online_registration: 3,
      anonymous_chat: 2,
      anonymous_question: 1,
      referral_gp: 1,
      referral_school: 1,
      referral_municipality: 1,
      walk_in: 1,
      phone: 1,
      unknown: 1,
    });
  });

  it('counts per month, empty months as zeros', async () => {
    const r = await report(HALF_YEAR, admin);
    expect(r.bucket).toBe('month');
    expect(r.trend.map((p) => [p.start, p.end, p.total])).toEqual([
      ['2026-01-01', '2026-01-31', 4],
      ['2026-02-01', '2026-02-28', 4],
      ['2026-03-01', '2026-03-31', 4],
      ['2026-04-01', '2026-04-30', 0],
      ['2026-05-01', '2026-05-31', 0],
      ['2026-06-01', '2026-06-30', 0],
    ]);
    expect(r.trend[0].cases).toMatchObject({ online_registration: 2, anonymous_chat: 1, referral_municipality: 1, phone: 0 });
  });

  it('splits ages online versus other channels, hiding counts of 1 to 4, with the share of young clients', async () => {
    const r = await report(HALF_YEAR, admin);
    expect(r.ages).toEqual([
      { band: 'under_18', online: null, other: null },
      { band: '18_26', online: 5, other: 0 },
      { band: '27_40', online: 0, other: 0 },
      { band: '41_65', online: 0, other: null },
      { band: 'over_65', online: 0, other: null },
      { band: 'unknown', online: 0, other: 0 },
    ]);
    expect(r.youngPercent).toEqual({ online: 100, other: 20 });
  });

  it('gives a team lead only their own team, and filters on a financier', async () => {
    const own = await report(HALF_YEAR, lead);
    expect(own.total).toBe(10);
    expect(own.channels.find((c) => c.channel === 'referral_municipality')?.cases).toBe(0);
    // Without Rijnstreek's referral four other cases remain: too few for a share.
    expect(own.youngPercent).toEqual({ online: 100, other: null });
    const gouda = await report(`${HALF_YEAR}&financierId=${org.financierIds['Gouda']}`, admin);
    expect(gouda.total).toBe(2);
    expect(gouda.youngPercent).toEqual({ online: null, other: null });
  });

  it('writes each table as CSV, Dutch Excel with Dutch names and "minder dan 5"', async () => {
    const channels = await get(`${HALF_YEAR}&format=csv&dialect=excel-nl`, admin);
    expect(channels.headers['content-disposition']).toContain('instroom-per-kanaal-2026-01-01-2026-06-30.csv');
    expect(channels.text.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFHoe binnengekomen;Nieuwe casussen',
      'Online: postcodecheck en aanmelding;3',
      'Anonieme chat;2',
    ]);
    const ages = await get(`${HALF_YEAR}&format=csv&table=ages&dialect=excel-nl`, admin);
    expect(ages.text.split('\r\n').slice(1, 3)).toEqual(['Jonger dan 18;minder dan 5;minder dan 5', '18 tot en met 26;5;0']);
    const trend = await get(`${HALF_YEAR}&format=csv&table=trend`, admin);
    expect(trend.text.split('\n')[0]).toBe(
      'start,end,online_registration,anonymous_chat,anonymous_question,referral_gp,referral_school,referral_municipality,walk_in,phone,unknown,total',
    );
    expect(trend.text.split('\n')[1]).toBe('2026-01-01,2026-01-31,2,1,0,0,0,1,0,0,0,4');
  });

  it("refuses a team lead another team (403), other roles the route (403), and shows another organisation's admin nothing", async () => {
    expect((await get(`${HALF_YEAR}&teamId=${org.teamIds['Team Rijnstreek']}`, lead)).status).toBe(403);
    expect((await get(HALF_YEAR, worker)).status).toBe(403);
    expect((await t.http().get(`/api/reports/intake?${HALF_YEAR}`)).status).toBe(401);
    expect((await report(`${HALF_YEAR}&teamId=${org.teamIds['Team Leiden']}`, otherAdmin)).total).toBe(0);
    expect((await report(HALF_YEAR, otherAdmin)).total).toBe(1);
  });

  it.each([
    ['from=2026-02-30&to=2026-06-30', 'from'],
    ['from=2026-06-30&to=2026-01-01', 'to'],
    [`${HALF_YEAR}&financierId=gouda`, 'financierId'],
    [`${HALF_YEAR}&format=csv&table=people`, 'table'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const res = await get(query, admin);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
  });
});
