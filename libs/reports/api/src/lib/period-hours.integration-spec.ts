import { DossierModule } from '@nabij/dossier/api';
import { closeCase, makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, FixedClock, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import { registerTime } from '@nabij/time/api/testing';
import type { PeriodHoursReport } from '@nabij/reports/contracts';
import { ReportsModule } from '../index';

jest.setTimeout(120_000);

const THIS_YEAR = 'from=2026-01-01&to=2026-12-31';

/**
 * Issue 19.6: the live "this period" hours next to Table B, on open and closed cases, built through
 * the dossier and time services (cases opened, time registered and deleted, cases closed).
 */
describe('GET /api/reports/caseload/hours (live hours of the period)', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let other: TestOrganisation;
  let ans: TestAccount;
  let bram: TestAccount;
  let cor: TestAccount;
  let admin: TestAccount;
  let lead: TestAccount;
  let otherLead: TestAccount;
  let otherWorker: TestAccount;
  let client: TestAccount;

  const get = (query: string, who: { token: string }) => t.http().get(`/api/reports/caseload/hours?${query}`).set(bearer(who));

  /** A case of a new client of `o`, opened by `worker` on `openedOn`. */
  async function caseOf(
    o: TestOrganisation,
    worker: TestAccount,
    financier: string,
    kindOfWork: 'algemeen_mw' | 'hulp_online' | 'school_mw',
    openedOn: string,
  ) {
    const c = await makeClient(t, { organisationId: o.organisationId, financierId: o.financierIds[financier] });
    return (await makeCase(t, { worker, clientId: c.id, financierId: o.financierIds[financier], kindOfWork, openedOn })).id;
  }

  /** The raw sum of the organisation's case-bound, not deleted time entries in the period. */
  async function rawMinutes(organisationId: string, from: string, to: string, workerId?: string): Promise<number> {
    const [row] = await t.dataSource.query(
      `SELECT coalesce(sum(minutes), 0)::int AS minutes FROM time_entry
        WHERE organisation_id = $1 AND case_id IS NOT NULL AND deleted_at IS NULL AND occurred_on BETWEEN $2 AND $3
          AND ($4::uuid IS NULL OR worker_id = $4::uuid)`,
      [organisationId, from, to, workerId ?? null],
    );
    return row.minutes;
  }

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, DossierModule, TimeModule, ReportsModule],
      clock: new FixedClock('2026-06-15T10:00:00Z'),
    });
    org = await makeOrganisation(t, { financiers: ['Leiden', 'Gouda'], teams: ['Team Leiden', 'Team Rijnstreek'] });
    ans = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'], name: 'Ans Leiden' });
    bram = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'], name: 'Bram Leiden' });
    cor = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'], name: 'Cor Rijnstreek' });
    admin = await makeAdmin(t, { organisationId: org.organisationId });
    lead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] });
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });

    // Ans: an open case with a talk and a chat this year, and a phone call she deleted again.
    const open = await caseOf(org, ans, 'Leiden', 'algemeen_mw', '2026-01-05');
    await registerTime(t, ans, { caseId: open, contactType: 'face_to_face', minutes: 60, occurredOn: '2026-02-02' });
    await registerTime(t, ans, { caseId: open, contactType: 'chat', minutes: 45, occurredOn: '2026-03-02' });
    await registerTime(t, ans, { caseId: open, contactType: 'phone', minutes: 30, occurredOn: '2026-03-03', deleted: true });
    // Ans's preparation time belongs to no case: not in this view.
    await registerTime(t, ans, { contactType: 'preparation', minutes: 40, occurredOn: '2026-02-03' });
    // Bram: a case from last year, time in both years, closed on 2 February.
    const closed = await caseOf(org, bram, 'Gouda', 'hulp_online', '2025-11-03');
    await registerTime(t, bram, { caseId: closed, contactType: 'message', minutes: 120, occurredOn: '2025-12-15' });
    await registerTime(t, bram, { caseId: closed, contactType: 'message', minutes: 50, occurredOn: '2026-01-12' });
    await closeCase(t, bram, closed, { closedOn: '2026-02-02' });
    // Cor, of the other team: an open case.
    const rijnstreek = await caseOf(org, cor, 'Leiden', 'school_mw', '2026-03-02');
    await registerTime(t, cor, { caseId: rijnstreek, contactType: 'video', minutes: 200, occurredOn: '2026-04-01' });

    // Another organisation with its own hours.
    other = await makeOrganisation(t, { name: 'Ander MW', financiers: ['Utrecht'] });
    otherWorker = await makeWorker(t, { organisationId: other.organisationId, teamId: other.teamId });
    otherLead = await makeTeamLead(t, { organisationId: other.organisationId, teamId: other.teamId });
    const theirs = await caseOf(other, otherWorker, 'Utrecht', 'algemeen_mw', '2026-01-05');
    await registerTime(t, otherWorker, { caseId: theirs, contactType: 'face_to_face', minutes: 300, occurredOn: '2026-02-02' });
  });
  afterAll(() => t?.close());

  it("totals equal the raw sum of the period's time entries, on open and closed cases, per financier and per worker", async () => {
    const res = await get(THIS_YEAR, admin);
    expect(res.status).toBe(200);
    const report: PeriodHoursReport = res.body;
    const raw = await rawMinutes(org.organisationId, '2026-01-01', '2026-12-31');
    expect(raw).toBe(60 + 45 + 50 + 200);
    expect(report.total).toMatchObject({ cases: 3, openMinutes: 305, closedMinutes: 50, totalMinutes: raw, totalTime: '5:55' });
    expect(report.byFinancier.reduce((n, r) => n + r.totalMinutes, 0)).toBe(raw);
    expect(report.byWorker.reduce((n, r) => n + r.totalMinutes, 0)).toBe(raw);
    for (const w of report.byWorker)
      expect(w.totalMinutes).toBe(await rawMinutes(org.organisationId, '2026-01-01', '2026-12-31', w.workerId));
    expect(report.byFinancier.map((r) => [r.financier, r.kindOfWorkName, r.openTime, r.closedTime])).toEqual([
      ['Gouda', 'Hulp Online', '0:00', '0:50'],
      ['Leiden', 'Algemeen MW', '1:45', '0:00'],
      ['Leiden', 'School MW PO/VO', '3:20', '0:00'],
    ]);
  });

  it('shows hours where Table B has no closed case yet, and counts a case closed after the period as open', async () => {
    const tableB = await t.http().get('/api/reports/caseload?from=2026-01-01&to=2026-01-31').set(bearer(admin));
    expect(tableB.body.rows).toEqual([]);
    const res = await get('from=2026-01-01&to=2026-01-31', admin);
    expect(res.body.total).toMatchObject({ cases: 1, openMinutes: 50, closedMinutes: 0, totalMinutes: 50 });
  });

  it("gives a team lead only their own team's cases, and nothing of another organisation", async () => {
    const mine = (await get(THIS_YEAR, lead)).body as PeriodHoursReport;
    expect(mine.teamId).toBe(org.teamIds['Team Leiden']);
    expect(mine.total.totalMinutes).toBe(155);
    expect(mine.byWorker.map((w) => w.name)).toEqual(['Ans Leiden', 'Bram Leiden']);

    const theirs = (await get(THIS_YEAR, otherLead)).body as PeriodHoursReport;
    expect(theirs.total.totalMinutes).toBe(300);
    expect(theirs.byWorker.map((w) => w.workerId)).toEqual([otherWorker.id]);
    expect(JSON.stringify(theirs)).not.toMatch(new RegExp(`${ans.id}|${bram.id}|${org.financierIds['Leiden']}`));
    expect((await get(`${THIS_YEAR}&teamId=${org.teamIds['Team Leiden']}`, otherLead)).status).toBe(403);
    // A worker or financier id of this organisation filters the other lead's view down to nothing.
    expect((await get(`${THIS_YEAR}&workerId=${ans.id}`, otherLead)).body.total.totalMinutes).toBe(0);
  });

  it('never sends case, client or dossier data: names and numbers only', async () => {
    const res = await get(THIS_YEAR, admin);
    expect(JSON.stringify(res.body)).not.toContain(client.id);
    for (const row of res.body.byWorker)
      expect(Object.keys(row).sort()).toEqual(
        ['cases', 'closedMinutes', 'closedTime', 'name', 'openMinutes', 'openTime', 'team', 'totalMinutes', 'totalTime', 'workerId'].sort(),
      );
  });

  it('writes each table as CSV for Dutch Excel: BOM, semicolons, Dutch headers, decimal commas, a total line', async () => {
    const fin = await get(`${THIS_YEAR}&format=csv&dialect=excel-nl&table=financiers`, lead);
    expect(fin.status).toBe(200);
    expect(fin.headers['content-type']).toMatch(/^text\/csv/);
    expect(fin.headers['content-disposition']).toContain('uren-per-financier-2026-01-01-2026-12-31.csv');
    expect(fin.text.split('\r\n')).toEqual([
      '\uFEFFFinancier;Soort werk;Casussen met uren;Uren op open casussen;Uren op afgesloten casussen;Uren totaal',
      'Gouda;Hulp Online;1;0;0,83;0,83',
      'Leiden;Algemeen MW;1;1,75;0;1,75',
      'Totaal;;2;1,75;0,83;2,58',
      '',
    ]);
    const workers = await get(`${THIS_YEAR}&format=csv&dialect=excel-nl&table=workers`, lead);
    expect(workers.headers['content-disposition']).toContain('uren-per-medewerker-2026-01-01-2026-12-31.csv');
    expect(workers.text.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFMedewerker;Team;Casussen met uren;Uren op open casussen;Uren op afgesloten casussen;Uren totaal',
      'Ans Leiden;Team Leiden;1;1,75;0;1,75',
    ]);
    const plain = await get(`${THIS_YEAR}&format=csv&table=workers`, lead);
    expect(plain.text.split('\n')[0]).toBe('worker,team,cases,open_hours,closed_hours,total_hours');
  });

  it('refuses workers and clients (403), anonymous callers (401), and bad input with 400 naming the field', async () => {
    expect((await get(THIS_YEAR, ans)).status).toBe(403);
    expect((await get(THIS_YEAR, client)).status).toBe(403);
    expect((await t.http().get(`/api/reports/caseload/hours?${THIS_YEAR}`)).status).toBe(401);
    for (const [query, field] of [
      ['from=2026-02-30&to=2026-12-31', 'from'],
      ['from=2026-06-01&to=2026-01-01', 'to'],
      [`${THIS_YEAR}&format=csv&table=clients`, 'table'],
      [`${THIS_YEAR}&workerId=nobody`, 'workerId'],
    ]) {
      const res = await get(query, admin);
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty(field);
    }
  });
});
