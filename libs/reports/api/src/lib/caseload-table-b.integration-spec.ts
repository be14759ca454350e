// On the demo seed on purpose: the demo year 2013 is what must reproduce Table B.
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoModule, DemoSeedService } from '@nabij/demo/api';
import { IdentityModule } from '@nabij/identity/api';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { CASELOAD_CSV_COLUMNS, CaseloadRow } from '@nabij/reports/contracts';
import { ReportsModule } from '../index';
import { ensureTableBYear, tableBFixture } from './testing/report-test-data';

const YEAR_2013 = '/api/reports/caseload?from=2013-01-01&to=2013-12-31';

/** A JSON row as the CSV record Table B would have, empty strings where nothing is reported. */
function asTableBRecord(row: CaseloadRow): Record<string, string> {
  return Object.fromEntries(
    CASELOAD_CSV_COLUMNS.map(([header, field]) => {
      const value = row[field];
      return [header, value === null ? '' : String(value)];
    }),
  );
}

// Building an app on its own database, seeding and logging in takes a few seconds on a busy machine.
jest.setTimeout(60_000);

describe('the caseload report on the Table B demo year (2013)', () => {
  let t: TestApp;
  let admin: string;
  let teamLead: string;
  const table = tableBFixture();

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DemoModule, ReportsModule] });
    await t.app.get(DemoSeedService).seedOnce();
    await ensureTableBYear(t.dataSource);
    admin = await t.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    teamLead = await t.login(DEMO_ACCOUNTS.teamLead, DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  // How fast the year is seeded is not asserted here (a busy machine would fail it): speed lives in `npm run bench`.
  it('seeds the year from individual cases and time entries', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM care_case WHERE closed_on BETWEEN '2013-01-01' AND '2013-12-31') AS cases,
              (SELECT count(*)::int FROM time_entry te JOIN care_case c ON c.id = te.case_id WHERE c.closed_on < '2014-01-01') AS entries`,
    );
    expect(counts.cases).toBe(2937);
    expect(counts.entries).toBeGreaterThan(counts.cases * 5);
  });

  it('gives the admin every number of every row of Table B as JSON, in Table B order', async () => {
    const res = await t.http().get(YEAR_2013).set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    expect(res.body.rows.map(asTableBRecord)).toEqual(table.records);
  });

  it('serves the same report as CSV with format=csv and with Accept: text/csv', async () => {
    const expected = `${table.header}\n${table.lines.join('\n')}\n`;
    const byParam = await t.http().get(`${YEAR_2013}&format=csv`).set('Authorization', `Bearer ${admin}`);
    expect(byParam.status).toBe(200);
    expect(byParam.headers['content-type']).toMatch(/^text\/csv/);
    expect(byParam.headers['content-disposition']).toContain('caseload-2013-01-01-2013-12-31.csv');
    expect(byParam.text).toBe(expected);
    const byAccept = await t.http().get(YEAR_2013).set('Authorization', `Bearer ${admin}`).set('Accept', 'text/csv');
    expect(byAccept.headers['content-type']).toMatch(/^text\/csv/);
    expect(byAccept.text).toBe(expected);
  });

  it("shows the demo team lead only Team Leiden's rows, with the Leiden numbers of Table B", async () => {
    const res = await t.http().get(YEAR_2013).set('Authorization', `Bearer ${teamLead}`);
    expect(res.status).toBe(200);
    expect(res.body.rows.map(asTableBRecord)).toEqual(table.records.filter((r) => r['financier'] === 'Leiden'));
    expect(res.body.rows[0]).toMatchObject({
      financier: 'Leiden',
      kindOfWork: 'algemeen_mw',
      closedWithOd: 93,
      totalTimeWithOd: '1039:15',
      totalMinutesWithOd: 62355,
    });
  });

  it('has nothing to report for a year without closed cases', async () => {
    const res = await t.http().get('/api/reports/caseload?from=2014-01-01&to=2014-12-31').set('Authorization', `Bearer ${admin}`);
    expect(res.body.rows).toEqual([]);
    const csv = await t
      .http()
      .get('/api/reports/caseload?from=2014-01-01&to=2014-12-31&format=csv')
      .set('Authorization', `Bearer ${admin}`);
    expect(csv.text).toBe(`${table.header}\n`);
  });

  it('seeds the Table B year only once', async () => {
    await ensureTableBYear(t.dataSource);
    const [{ cases }] = await t.dataSource.query(
      `SELECT count(*)::int AS cases FROM care_case WHERE closed_on BETWEEN '2013-01-01' AND '2013-12-31'`,
    );
    expect(cases).toBe(2937);
  });
});
