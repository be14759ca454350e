import { DossierModule } from '@nabij/dossier/api';
import { makeAppointment, makeCase } from '@nabij/dossier/api/testing';
import type { AppointmentStatus } from '@nabij/dossier/contracts';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { MessagesModule } from '@nabij/messages/api';
import { replyToThread, sendMessage } from '@nabij/messages/api/testing';
import { createTestApp, FixedClock, HOUR, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { ReportsModule } from '../index';

jest.setTimeout(60_000);

/** Now in these tests: 1 July 2019, 12:00 UTC. */
const NOW = '2019-07-01T12:00:00Z';

/** 48-hour compliance and no-shows in the report's JSON summary, on hand-built data in 2019. */
describe('caseload report summary: 48-hour compliance and no-shows', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let client: TestAccount;
  let worker: string;
  let admin: string;
  let lead: string;

  let workerAccount: TestAccount;

  /** An open case of 2019 of the worker, through the dossier. */
  const openCase = async (): Promise<string> =>
    (await makeCase(t, { worker: workerAccount, clientId: client.id, financierId: org.financierIds['Gouda'], openedOn: '2019-01-01' })).id;

  /**
   * The client writes about the case 48 hours before `due` (the promise runs from then) and the worker
   * answers at `answered`, or not: through the messages service, at those moments on the test clock.
   */
  async function deadline(caseId: string, due: string, answered: string | null): Promise<void> {
    t.clock.set(new Date(Date.parse(due) - 48 * HOUR));
    const { threadId } = await sendMessage(t, client, { body: 'Kunt u mij terugbellen?', caseId });
    if (answered) {
      t.clock.set(answered);
      await replyToThread(t, workerAccount, threadId, 'Ik bel u morgen.');
    }
    t.clock.set(NOW);
  }

  const appointment = (caseId: string, startsAt: string, status: AppointmentStatus) =>
    makeAppointment(t, workerAccount, caseId, { startsAt, status });

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, MessagesModule, ReportsModule], clock: new FixedClock(NOW) });
    org = await makeOrganisation(t, { financiers: ['Leiden', 'Gouda'], teams: ['Team Leiden', 'Team Rijnstreek'] });
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    workerAccount = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'] });
    worker = workerAccount.id;
    // Deadlines and appointments of 2019, through the messages and dossier services at those moments.
    const one = await openCase();
    const two = await openCase();
    const three = await openCase();
    await deadline(one, '2019-03-01T10:00:00Z', '2019-03-01T09:00:00Z'); // in time
    await deadline(one, '2019-04-01T10:00:00Z', '2019-04-02T10:00:00Z'); // late
    await deadline(two, '2019-05-01T10:00:00Z', null); // unanswered, overdue now
    await deadline(three, '2018-12-30T10:00:00Z', '2018-12-30T09:00:00Z'); // before the period
    await deadline(three, '2019-07-02T10:00:00Z', null); // still running: not counted, not overdue
    for (const status of ['attended', 'attended', 'attended', 'no_show', 'planned', 'cancelled'] as const)
      await appointment(one, '2019-02-01T09:00:00Z', status);
    await appointment(one, '2018-06-01T09:00:00Z', 'no_show'); // before the period
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
