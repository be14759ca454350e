import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, FixedClock, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { ReportsModule } from '../index';

jest.setTimeout(60_000);

/** 48-hour compliance and no-shows in the report's JSON summary, on hand-built data in 2019. */
describe('caseload report summary: 48-hour compliance and no-shows', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let client: TestAccount;
  let worker: string;
  let admin: string;
  let lead: string;

  async function caseWithThread(): Promise<{ caseId: string; threadId: string }> {
    const [c] = await t.dataSource.query(
      `INSERT INTO care_case (organisation_id, client_id, financier_id, team_id, assigned_worker_id, kind_of_work, problem_areas, uses_online_dossier, opened_on)
       VALUES ($1, $2, $3, $4, $5, 'algemeen_mw', '{}', true, '2019-01-01') RETURNING id`,
      [org.organisationId, client.id, org.financierIds['Gouda'], org.teamIds['Team Rijnstreek'], worker],
    );
    const [th] = await t.dataSource.query(
      `INSERT INTO message_thread (organisation_id, client_id, case_id, created_at, last_message_at) VALUES ($1, $2, $3, '2019-01-01', '2019-01-01') RETURNING id`,
      [org.organisationId, client.id, c.id],
    );
    return { caseId: c.id, threadId: th.id };
  }

  const deadline = (threadId: string, due: string, answered: string | null) =>
    t.dataSource.query(
      `INSERT INTO message_deadline (thread_id, started_at, due_at, answered_at) VALUES ($1, $2::timestamptz - interval '48 hours', $2, $3)`,
      [threadId, due, answered],
    );

  const appointment = (caseId: string, startsAt: string, status: string) =>
    t.dataSource.query(
      `INSERT INTO appointment (case_id, kind, starts_at, duration_minutes, status, created_by, created_at, updated_at) VALUES ($1, 'face_to_face', $2, 60, $3, $4, now(), now())`,
      [caseId, startsAt, status, worker],
    );

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, ReportsModule], clock: new FixedClock('2019-07-01T12:00:00Z') });
    org = await makeOrganisation(t, { financiers: ['Leiden', 'Gouda'], teams: ['Team Leiden', 'Team Rijnstreek'] });
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    worker = (await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'] })).id;
    // Deadlines and appointments of 2019, as rows: no service writes the past.
    const one = await caseWithThread();
    const two = await caseWithThread();
    const three = await caseWithThread();
    await deadline(one.threadId, '2019-03-01T10:00:00Z', '2019-03-01T09:00:00Z'); // in time
    await deadline(one.threadId, '2019-04-01T10:00:00Z', '2019-04-02T10:00:00Z'); // late
    await deadline(two.threadId, '2019-05-01T10:00:00Z', null); // unanswered, overdue now
    await deadline(three.threadId, '2018-12-30T10:00:00Z', '2018-12-30T09:00:00Z'); // before the period
    await deadline(three.threadId, '2019-07-02T10:00:00Z', null); // still running: not counted, not overdue
    for (const status of ['attended', 'attended', 'attended', 'no_show', 'planned', 'cancelled'])
      await appointment(one.caseId, '2019-02-01T09:00:00Z', status);
    await appointment(one.caseId, '2018-06-01T09:00:00Z', 'no_show'); // before the period
    admin = (await makeAdmin(t, { organisationId: org.organisationId })).token;
    // The lead of the other team: sees none of this worker's cases.
    lead = (await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] })).token;
  });
  afterAll(() => t.close());

  it('counts answered in time, late and unanswered deadlines due in the period, and what is overdue now', async () => {
    const res = await t
      .http()
      .get(`/api/reports/caseload?from=2019-01-01&to=2019-12-31&workerId=${worker}`)
      .set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({
      messages: { answeredInTime: 1, answeredLate: 1, unansweredPastDue: 1, inTimePercent: 33, overdueNow: 1 },
      appointments: { attended: 3, noShow: 1, noShowPercent: 25 },
    });
  });

  it('reports nothing (null percentages) for an empty period, but still what is overdue now', async () => {
    const res = await t
      .http()
      .get(`/api/reports/caseload?from=2017-01-01&to=2017-12-31&workerId=${worker}`)
      .set('Authorization', `Bearer ${admin}`);
    expect(res.body.summary).toEqual({
      messages: { answeredInTime: 0, answeredLate: 0, unansweredPastDue: 0, inTimePercent: null, overdueNow: 1 },
      appointments: { attended: 0, noShow: 0, noShowPercent: null },
    });
  });

  it("keeps another team's deadlines and appointments out of a team lead's summary", async () => {
    const res = await t
      .http()
      .get(`/api/reports/caseload?from=2019-01-01&to=2019-12-31&workerId=${worker}`)
      .set('Authorization', `Bearer ${lead}`);
    expect(res.status).toBe(200);
    expect(res.body.summary.messages).toMatchObject({ answeredInTime: 0, answeredLate: 0, unansweredPastDue: 0, overdueNow: 0 });
    expect(res.body.summary.appointments).toEqual({ attended: 0, noShow: 0, noShowPercent: null });
  });

  it('adds a per-month compliance trend for a year, with empty months as null', async () => {
    const res = await t
      .http()
      .get(`/api/reports/caseload?from=2019-01-01&to=2019-12-31&workerId=${worker}`)
      .set('Authorization', `Bearer ${admin}`);
    const trend = res.body.complianceTrend;
    expect(trend.bucket).toBe('month');
    expect(trend.points).toHaveLength(12);
    expect(trend.points[0]).toEqual({
      start: '2019-01-01',
      end: '2019-01-31',
      answeredInTime: 0,
      answeredLate: 0,
      unansweredPastDue: 0,
      inTimePercent: null,
    });
    expect(trend.points.slice(2, 5)).toEqual([
      { start: '2019-03-01', end: '2019-03-31', answeredInTime: 1, answeredLate: 0, unansweredPastDue: 0, inTimePercent: 100 },
      { start: '2019-04-01', end: '2019-04-30', answeredInTime: 0, answeredLate: 1, unansweredPastDue: 0, inTimePercent: 0 },
      { start: '2019-05-01', end: '2019-05-31', answeredInTime: 0, answeredLate: 0, unansweredPastDue: 1, inTimePercent: 0 },
    ]);
    // The deadline due on 2 July is still running on 1 July: not counted anywhere.
    expect(trend.points[6]).toMatchObject({ answeredInTime: 0, answeredLate: 0, unansweredPastDue: 0, inTimePercent: null });
    expect(
      trend.points.reduce(
        (n: number, p: { answeredInTime: number; answeredLate: number; unansweredPastDue: number }) =>
          n + p.answeredInTime + p.answeredLate + p.unansweredPastDue,
        0,
      ),
    ).toBe(3);
  });

  it('goes per week (Monday..Sunday, clipped to the period) for a short period', async () => {
    const res = await t
      .http()
      .get(`/api/reports/caseload?from=2019-02-27&to=2019-03-12&workerId=${worker}`)
      .set('Authorization', `Bearer ${admin}`);
    expect(res.body.complianceTrend).toEqual({
      bucket: 'week',
      points: [
        { start: '2019-02-27', end: '2019-03-03', answeredInTime: 1, answeredLate: 0, unansweredPastDue: 0, inTimePercent: 100 },
        { start: '2019-03-04', end: '2019-03-10', answeredInTime: 0, answeredLate: 0, unansweredPastDue: 0, inTimePercent: null },
        { start: '2019-03-11', end: '2019-03-12', answeredInTime: 0, answeredLate: 0, unansweredPastDue: 0, inTimePercent: null },
      ],
    });
  });

  it("keeps another team's deadlines out of a team lead's trend", async () => {
    const res = await t
      .http()
      .get(`/api/reports/caseload?from=2019-01-01&to=2019-12-31&workerId=${worker}`)
      .set('Authorization', `Bearer ${lead}`);
    expect(res.body.complianceTrend.points.every((p: { inTimePercent: number | null }) => p.inTimePercent === null)).toBe(true);
  });
});
