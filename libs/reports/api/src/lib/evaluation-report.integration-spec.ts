import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, FixedClock, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import type { EvaluationReport } from '@nabij/reports/contracts';
import { ReportsModule } from '../index';
import { chatEvaluation, threadEvaluation } from './testing/evaluation-test-data';

jest.setTimeout(120_000);

const HALF_YEAR = 'from=2026-01-01&to=2026-06-30';

/**
 * Issue 20: the evaluation questions after chats and closed threads, on a small fixture whose
 * figures are computed by hand in the comments below.
 *
 * Team Leiden, chat (5 answers): helpful 5+4+4+3+5 = 21 → 4.2; understood 4+4+5+3+4 = 20 → 4.0;
 *   again 4 of 5 → 80 %. One more on 31 December 23:59 Dutch time falls outside the period.
 * Team Rijnstreek, chat (6): helpful 2+3+3+4+2+3 = 17 → 2.8; understood 3+3+4+4+2+3 = 19 → 3.2; again 3 of 6 → 50 %.
 * Team Leiden, messages: 3 answers and 1 skip → fewer than 5: suppressed, its remark never shown.
 * Trend, chat in January: Leiden 3 + Rijnstreek 4 = 7; helpful 25/7 → 3.6; understood 27/7 → 3.9; again 4/7 → 57 %.
 */
describe('GET /api/reports/evaluations', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let other: TestOrganisation;
  let admin: TestAccount;
  let lead: TestAccount;
  let worker: TestAccount;
  let client: TestAccount;
  let otherAdmin: TestAccount;

  const get = (query: string, who: { token: string }) => t.http().get(`/api/reports/evaluations?${query}`).set(bearer(who));
  const report = async (query: string, who: { token: string }) => {
    const res = await get(query, who);
    expect(res.status).toBe(200);
    return res.body as EvaluationReport;
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, ReportsModule], clock: new FixedClock('2026-07-01T10:00:00Z') });
    org = await makeOrganisation(t, { teams: ['Team Leiden', 'Team Rijnstreek'] });
    other = await makeOrganisation(t, { name: 'Ander MW' });
    const leiden = { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] };
    const ans = await makeWorker(t, { ...leiden, name: 'Ans Jansen' });
    const cor = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'], name: 'Cor de Wit' });
    worker = ans;
    admin = await makeAdmin(t, { organisationId: org.organisationId });
    lead = await makeTeamLead(t, leiden);
    otherAdmin = await makeAdmin(t, { organisationId: other.organisationId });
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Sanne de Vries' });

    const newCase = async (w: TestAccount) => {
      const c = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
      return { clientId: c.id, caseId: (await makeCase(t, { worker: w, clientId: c.id })).id };
    };
    const chatOf = async (w: TestAccount) => ({ organisationId: org.organisationId, workerId: w.id, ...(await newCase(w)) });

    // Team Leiden, chat. L2 is an anonymous chat without a case: it counts for Ans's team.
    await chatEvaluation(t, await chatOf(ans), {
      at: '2026-01-10T10:00:00Z',
      helpful: 5,
      understood: 4,
      again: true,
      remark: 'Ans hielp me echt, bel me op 06-12345678',
    });
    await chatEvaluation(
      t,
      { organisationId: org.organisationId, clientId: client.id, workerId: ans.id },
      { at: '2026-01-15T10:00:00Z', helpful: 4, understood: 4, again: true, remark: 'Fijn dat het anoniem kon.' },
    );
    await chatEvaluation(t, await chatOf(ans), { at: '2026-01-20T10:00:00Z', helpful: 4, understood: 5, again: false });
    await chatEvaluation(t, await chatOf(ans), { at: '2026-02-03T10:00:00Z', helpful: 3, understood: 3, again: true });
    await chatEvaluation(t, await chatOf(ans), { at: '2026-02-10T10:00:00Z', helpful: 5, understood: 4, again: true });
    // 31 December 23:59 in the Netherlands: before the period.
    await chatEvaluation(t, await chatOf(ans), { at: '2025-12-31T22:59:00Z', helpful: 1, understood: 1, again: false, remark: 'Te laat' });

    // Team Rijnstreek, chat.
    const rijnstreek: Array<[string, number, number, boolean]> = [
      ['2026-01-05T09:00:00Z', 2, 3, false],
      ['2026-01-06T09:00:00Z', 3, 3, true],
      ['2026-01-07T09:00:00Z', 3, 4, true],
      ['2026-01-08T09:00:00Z', 4, 4, false],
      ['2026-03-02T09:00:00Z', 2, 2, false],
      ['2026-03-03T09:00:00Z', 3, 3, true],
    ];
    for (const [at, helpful, understood, again] of rijnstreek)
      await chatEvaluation(t, await chatOf(cor), { at, helpful, understood, again, remark: 'Het duurde lang voor ik aan de beurt was.' });

    // Team Leiden, messages: three answers and a skip.
    const threadOf = async () => ({ organisationId: org.organisationId, ...(await newCase(ans)) });
    await threadEvaluation(t, await threadOf(), {
      at: '2026-01-12T10:00:00Z',
      helpful: 5,
      understood: 5,
      again: true,
      remark: 'Duidelijk antwoord',
    });
    await threadEvaluation(t, await threadOf(), { at: '2026-01-13T10:00:00Z', helpful: 4, understood: 4, again: true });
    await threadEvaluation(t, await threadOf(), { at: '2026-02-01T10:00:00Z', helpful: 3, understood: 4, again: false });
    await threadEvaluation(t, await threadOf(), { at: '2026-02-02T10:00:00Z', skip: true });

    // Another organisation's evaluation never shows.
    const foreignWorker = await makeWorker(t, { organisationId: other.organisationId, teamId: other.teamId });
    const foreignClient = await makeClient(t, { organisationId: other.organisationId, financierId: other.financierId });
    await chatEvaluation(
      t,
      { organisationId: other.organisationId, clientId: foreignClient.id, workerId: foreignWorker.id },
      { at: '2026-01-10T10:00:00Z', helpful: 1, understood: 1, again: false, remark: 'Ander' },
    );
  });
  afterAll(() => t.close());

  it('gives the admin each team × channel with the hand-computed figures, small groups suppressed', async () => {
    const r = await report(HALF_YEAR, admin);
    expect(r.minGroupSize).toBe(5);
    expect(r.groups).toEqual([
      {
        teamId: org.teamIds['Team Leiden'],
        team: 'Team Leiden',
        channel: 'chat',
        suppressed: false,
        answers: 5,
        helpfulAverage: 4.2,
        understoodAverage: 4,
        againPercent: 80,
        skipped: 0,
      },
      {
        teamId: org.teamIds['Team Leiden'],
        team: 'Team Leiden',
        channel: 'message',
        suppressed: true,
        answers: null,
        helpfulAverage: null,
        understoodAverage: null,
        againPercent: null,
        skipped: null,
      },
      {
        teamId: org.teamIds['Team Rijnstreek'],
        team: 'Team Rijnstreek',
        channel: 'chat',
        suppressed: false,
        answers: 6,
        helpfulAverage: 2.8,
        understoodAverage: 3.2,
        againPercent: 50,
        skipped: 0,
      },
    ]);
  });

  it('counts the trend per month and channel over the teams in scope, suppressing months under five', async () => {
    const r = await report(HALF_YEAR, admin);
    expect(r.bucket).toBe('month');
    expect(r.trend).toHaveLength(12);
    expect(r.trend[0]).toEqual({
      start: '2026-01-01',
      end: '2026-01-31',
      channel: 'chat',
      suppressed: false,
      answers: 7,
      helpfulAverage: 3.6,
      understoodAverage: 3.9,
      againPercent: 57,
    });
    expect(r.trend.filter((p) => !p.suppressed)).toHaveLength(1);
    expect(r.trend.find((p) => p.start === '2026-01-01' && p.channel === 'message')).toMatchObject({ suppressed: true, answers: null });
  });

  it('shows remarks only of groups of five or more, without names or phone numbers, alphabetically', async () => {
    const r = await report(HALF_YEAR, admin);
    expect(r.remarks).toEqual([
      {
        teamId: org.teamIds['Team Leiden'],
        team: 'Team Leiden',
        channel: 'chat',
        remarks: ['[…] hielp me echt, bel me op […]', 'Fijn dat het anoniem kon.'],
      },
      {
        teamId: org.teamIds['Team Rijnstreek'],
        team: 'Team Rijnstreek',
        channel: 'chat',
        remarks: Array(6).fill('Het duurde lang voor ik aan de beurt was.'),
      },
    ]);
    expect(JSON.stringify(r)).not.toContain('Duidelijk antwoord');
    expect(JSON.stringify(r)).not.toContain('Te laat');
  });

  it('gives a team lead only their own team, where a month of three chats is suppressed', async () => {
    const r = await report(HALF_YEAR, lead);
    expect(r.teamId).toBe(org.teamIds['Team Leiden']);
    expect(r.groups.map((g) => [g.team, g.channel, g.answers])).toEqual([
      ['Team Leiden', 'chat', 5],
      ['Team Leiden', 'message', null],
    ]);
    expect(r.trend.every((p) => p.suppressed)).toBe(true);
    expect(r.remarks.map((g) => g.team)).toEqual(['Team Leiden']);
  });

  it('suppresses a group that drops under five when the period is shorter', async () => {
    const r = await report('from=2026-01-01&to=2026-01-31', admin);
    expect(r.bucket).toBe('week');
    expect(r.groups.find((g) => g.team === 'Team Leiden' && g.channel === 'chat')).toMatchObject({ suppressed: true, answers: null });
    expect(r.remarks.map((g) => g.team)).toEqual([]);
  });

  it('writes each table as Dutch Excel CSV, suppressed groups as "minder dan 5"', async () => {
    const groups = await get(`${HALF_YEAR}&format=csv&dialect=excel-nl`, admin);
    expect(groups.status).toBe(200);
    expect(groups.headers['content-disposition']).toContain('evaluaties-per-team-2026-01-01-2026-06-30.csv');
    expect(groups.text).toBe(
      '\uFEFFTeam;Kanaal;Antwoorden;Heeft geholpen (1-5);Voelde me begrepen (1-5);Zou dit weer gebruiken (%);Overgeslagen\r\n' +
        'Team Leiden;Chat;5;4,2;4;80;0\r\n' +
        'Team Leiden;Berichten;minder dan 5;;;;\r\n' +
        'Team Rijnstreek;Chat;6;2,8;3,2;50;0\r\n',
    );
    const remarks = await get(`${HALF_YEAR}&format=csv&table=remarks`, admin);
    expect(remarks.text.split('\n')[0]).toBe('team,channel,remark');
    expect(remarks.text).toContain('Team Leiden,chat,"[…] hielp me echt, bel me op […]"');
    const trend = await get(`${HALF_YEAR}&format=csv&table=trend`, admin);
    expect(trend.text.split('\n')[1]).toBe('2026-01-01,2026-01-31,chat,7,3.6,3.9,57');
  });

  it("refuses a team lead another team's figures (403) and other roles the route (403)", async () => {
    expect((await get(`${HALF_YEAR}&teamId=${org.teamIds['Team Rijnstreek']}`, lead)).status).toBe(403);
    expect((await get(HALF_YEAR, worker)).status).toBe(403);
    expect((await get(HALF_YEAR, client)).status).toBe(403);
    expect((await t.http().get(`/api/reports/evaluations?${HALF_YEAR}`)).status).toBe(401);
  });

  it("shows another organisation's admin nothing of this organisation, also not when filtering on its team", async () => {
    expect((await report(HALF_YEAR, otherAdmin)).groups.map((g) => g.answers)).toEqual([null]);
    const filtered = await report(`${HALF_YEAR}&teamId=${org.teamIds['Team Leiden']}`, otherAdmin);
    expect(filtered.groups).toEqual([]);
    expect(filtered.remarks).toEqual([]);
  });

  it.each([
    ['from=2026-13-01&to=2026-06-30', 'from'],
    ['from=2026-01-01', 'to'],
    ['from=2026-06-30&to=2026-01-01', 'to'],
    [`${HALF_YEAR}&teamId=not-a-team`, 'teamId'],
    [`${HALF_YEAR}&format=csv&table=all`, 'table'],
    [`${HALF_YEAR}&workerId=${'0'.repeat(8)}-0000-4000-8000-000000000000`, 'workerId'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const res = await get(query, admin);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
  });
});
