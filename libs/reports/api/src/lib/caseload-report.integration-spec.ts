import { DossierModule } from '@nabij/dossier/api';
import type { ProblemArea } from '@nabij/dossier/contracts';
import { closeCase, makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import type { ContactType } from '@nabij/time/contracts';
import { TimeModule } from '@nabij/time/api';
import { registerTime } from '@nabij/time/api/testing';
import { ReportsModule } from '../index';

const YEAR_2020 = '/api/reports/caseload?from=2020-01-01&to=2020-12-31';

interface CaseSpec {
  financier: string;
  /** The case's team is its worker's. */
  worker: TestAccount;
  kind: 'algemeen_mw' | 'hulp_online' | 'school_mw';
  od: boolean;
  opened: string;
  closed: string | null;
  areas?: ProblemArea[];
  entries: Array<[type: ContactType, minutes: number, deleted?: boolean]>;
}

// Building an app on its own database takes a few seconds on a busy machine.
jest.setTimeout(60_000);

describe('GET /api/reports/caseload on a small hand-built data set', () => {
  let t: TestApp;
  let org: TestOrganisation;
  /** The worker of Team Leiden. */
  let leiden: string;
  let rijnstreekWorker: string;
  const token = {} as Record<'admin' | 'teamLead' | 'otherLead' | 'worker' | 'client', string>;
  const get = (path: string, who: keyof typeof token) => t.http().get(path).set('Authorization', `Bearer ${token[who]}`);

  /**
   * A case of 2020 through the dossier's and time's services, as its worker made it then: opened on
   * its day, its time registered that day (the factory moves the test clock there), then closed.
   */
  async function addCase(spec: CaseSpec): Promise<void> {
    // A client of its own: a client has one open case at a time.
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierIds[spec.financier] });
    const c = await makeCase(t, {
      worker: spec.worker,
      clientId: client.id,
      financierId: org.financierIds[spec.financier],
      kindOfWork: spec.kind,
      problemAreas: spec.areas ?? [],
      usesOnlineDossier: spec.od,
      openedOn: spec.opened,
    });
    for (const [contactType, minutes, deleted] of spec.entries) {
      await registerTime(t, spec.worker, { caseId: c.id, contactType, minutes, occurredOn: spec.opened, deleted });
    }
    if (spec.closed) await closeCase(t, spec.worker, c.id, { closedOn: spec.closed });
  }

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule, ReportsModule] });
    org = await makeOrganisation(t, { financiers: ['Leiden', 'Gouda'], teams: ['Team Leiden', 'Team Rijnstreek'] });
    const organisationId = org.organisationId;
    const leidenWorker = await makeWorker(t, { organisationId, teamId: org.teamIds['Team Leiden'] });
    leiden = leidenWorker.id;
    const rijnstreek = await makeWorker(t, { organisationId, teamId: org.teamIds['Team Rijnstreek'] });
    rijnstreekWorker = rijnstreek.id;
    // School MW with an online dossier is another Rijnstreek worker's.
    const school = await makeWorker(t, { organisationId, teamId: org.teamIds['Team Rijnstreek'] });
    const client = await makeClient(t, { organisationId, financierId: org.financierId });
    token.admin = (await makeAdmin(t, { organisationId })).token;
    token.teamLead = (await makeTeamLead(t, { organisationId, teamId: org.teamIds['Team Leiden'] })).token;
    token.otherLead = (await makeTeamLead(t, { organisationId, teamId: org.teamIds['Team Rijnstreek'] })).token;
    token.worker = leidenWorker.token;
    token.client = client.token;
    // Cases and time entries of 2020, through the services with the test clock on their days.
    const gouda = { financier: 'Gouda', kind: 'school_mw' } as const;
    // Gouda School MW with online dossier: 167 minutes over 2 cases → 83 per case (83.5 truncated).
    await addCase({
      ...gouda,
      worker: school,
      od: true,
      opened: '2020-03-01',
      closed: '2020-03-11',
      entries: [
        ['face_to_face', 60],
        ['phone', 40],
        ['chat', 30],
        ['message', 20],
        ['homework_feedback', 15],
        ['phone', 500, true],
      ],
    });
    await addCase({ ...gouda, worker: school, od: true, opened: '2020-05-01', closed: '2020-05-12', entries: [['letter', 2]] });
    // ... and without: 119 minutes over 2 cases → 59 (59.5 truncated); throughput 3.5 → 4 days.
    await addCase({
      ...gouda,
      worker: rijnstreek,
      od: false,
      opened: '2020-06-01',
      closed: '2020-06-04',
      entries: [['face_to_face', 59]],
    });
    await addCase({ ...gouda, worker: rijnstreek, od: false, opened: '2020-06-01', closed: '2020-06-05', entries: [['video', 60]] });
    // Not in the report: closed after the period, still open.
    await addCase({ ...gouda, worker: school, od: true, opened: '2020-12-01', closed: '2021-01-01', entries: [['face_to_face', 60]] });
    await addCase({ ...gouda, worker: school, od: true, opened: '2020-02-01', closed: null, entries: [['face_to_face', 60]] });
    // Leiden Algemeen MW: one case with material problems (also makes the subset row).
    await addCase({
      financier: 'Leiden',
      kind: 'algemeen_mw',
      worker: leidenWorker,
      od: true,
      areas: ['materiele_problematiek'],
      opened: '2020-01-10',
      closed: '2020-02-09',
      entries: [
        ['face_to_face', 30],
        ['message', 10],
      ],
    });
    // Non-client time never shows up in a case report.
    await registerTime(t, leidenWorker, { contactType: 'preparation', minutes: 45, occurredOn: '2020-03-01' });
  });
  afterAll(() => t.close());

  it('sums per financier × kind of work, truncates averages per case and rounds throughput days', async () => {
    const res = await get(YEAR_2020, 'admin');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2020-01-01', to: '2020-12-31', teamId: null });
    expect(res.body.rows).toHaveLength(3);
    expect(res.body.rows[0]).toEqual({
      financierId: org.financierIds['Gouda'],
      financier: 'Gouda',
      kindOfWork: 'school_mw',
      problemArea: null,
      kindOfWorkName: 'School MW PO/VO',
      closedWithOd: 2,
      registrationMinutesWithOd: 102,
      registrationTimeWithOd: '1:42',
      onlineDossierMinutesWithOd: 65,
      onlineDossierTimeWithOd: '1:05',
      totalMinutesWithOd: 167,
      totalTimeWithOd: '2:47',
      avgMinutesPerCaseWithOd: 83,
      avgPerCaseWithOd: '1:23',
      avgThroughputDaysWithOd: 11,
      chatContacts: 1,
      messageContacts: 1,
      homeworkContacts: 1,
      closedWithoutOd: 2,
      totalMinutesWithoutOd: 119,
      totalTimeWithoutOd: '1:59',
      avgMinutesPerCaseWithoutOd: 59,
      avgPerCaseWithoutOd: '0:59',
      avgThroughputDaysWithoutOd: 4,
    });
  });

  it('leaves a side without closed cases empty, and the subset row without online time, throughput and contacts', async () => {
    const [, main, subset] = (await get(YEAR_2020, 'admin')).body.rows;
    expect(main).toMatchObject({
      financier: 'Leiden',
      kindOfWorkName: 'Algemeen MW',
      closedWithOd: 1,
      registrationTimeWithOd: '0:30',
      onlineDossierTimeWithOd: '0:10',
      totalTimeWithOd: '0:40',
      avgThroughputDaysWithOd: 30,
      chatContacts: 0,
      messageContacts: 1,
      homeworkContacts: 0,
      closedWithoutOd: null,
      totalTimeWithoutOd: null,
      avgPerCaseWithoutOd: null,
      avgThroughputDaysWithoutOd: null,
    });
    expect(subset).toMatchObject({
      financier: 'Leiden',
      kindOfWork: 'algemeen_mw',
      problemArea: 'materiele_problematiek',
      kindOfWorkName: 'Algemeen MW - materiele problematiek',
      closedWithOd: 1,
      registrationTimeWithOd: '0:30',
      onlineDossierTimeWithOd: null,
      totalTimeWithOd: '0:40',
      avgPerCaseWithOd: '0:40',
      avgThroughputDaysWithOd: null,
      chatContacts: null,
      messageContacts: null,
      homeworkContacts: null,
      closedWithoutOd: null,
    });
  });

  it('writes empty CSV cells where nothing is reported', async () => {
    const res = await get(`${YEAR_2020}&format=csv`, 'admin');
    expect(res.text.split('\n')).toEqual([
      'financier,kind_of_work,closed_with_od,registration_time_with_od,online_dossier_time_with_od,total_time_with_od,avg_per_case_with_od,avg_throughput_days_with_od,chat_contacts,message_contacts,homework_contacts,closed_without_od,total_time_without_od,avg_per_case_without_od,avg_throughput_days_without_od',
      'Gouda,School MW PO/VO,2,1:42,1:05,2:47,1:23,11,1,1,1,2,1:59,0:59,4',
      'Leiden,Algemeen MW,1,0:30,0:10,0:40,0:40,30,0,1,0,,,,',
      'Leiden,Algemeen MW - materiele problematiek,1,0:30,,0:40,0:40,,,,,,,,',
      '',
    ]);
  });

  it('writes the same report for Dutch Excel: BOM, semicolons, Dutch headers, CRLF, as a tabel-b file', async () => {
    const res = await get(`${YEAR_2020}&format=csv&dialect=excel-nl`, 'admin');
    expect(res.headers['content-disposition']).toBe('attachment; filename="tabel-b-2020-01-01-2020-12-31.csv"');
    const lines = res.text.split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFFinancier;Soort werk;Afgesloten casussen met online dossier;/);
    expect(lines.slice(1)).toEqual([
      'Gouda;School MW PO/VO;2;1:42;1:05;2:47;1:23;11;1;1;1;2;1:59;0:59;4',
      'Leiden;Algemeen MW;1;0:30;0:10;0:40;0:40;30;0;1;0;;;;',
      'Leiden;Algemeen MW - materiele problematiek;1;0:30;;0:40;0:40;;;;;;;;',
      '',
    ]);
    expect((await get(`${YEAR_2020}&format=csv&dialect=excel`, 'admin')).status).toBe(400);
  });

  it('filters by financier and by assigned worker', async () => {
    const leiden = await get(`${YEAR_2020}&financierId=${org.financierIds['Leiden']}`, 'admin');
    expect(leiden.body.rows.map((r: { financier: string }) => r.financier)).toEqual(['Leiden', 'Leiden']);
    const byWorker = await get(`${YEAR_2020}&workerId=${rijnstreekWorker}`, 'admin');
    expect(byWorker.body.rows).toHaveLength(1);
    expect(byWorker.body.rows[0]).toMatchObject({
      financier: 'Gouda',
      closedWithOd: null,
      chatContacts: null,
      closedWithoutOd: 2,
      totalTimeWithoutOd: '1:59',
    });
  });

  it("shows a team lead only their own team's cases", async () => {
    const own = await get(YEAR_2020, 'teamLead');
    expect(own.status).toBe(200);
    expect(own.body.teamId).toBe(org.teamIds['Team Leiden']);
    expect(own.body.rows.map((r: { financier: string }) => r.financier)).toEqual(['Leiden', 'Leiden']);
    expect((await get(`${YEAR_2020}&teamId=${org.teamIds['Team Leiden']}`, 'teamLead')).status).toBe(200);
    const other = await get(YEAR_2020, 'otherLead');
    expect(other.body.rows.map((r: { financier: string }) => r.financier)).toEqual(['Gouda']);
  });

  it('refuses a team lead who asks for another team (403)', async () => {
    const res = await get(`${YEAR_2020}&teamId=${org.teamIds['Team Rijnstreek']}`, 'teamLead');
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/own team/);
    expect((await get(`${YEAR_2020}&teamId=${org.teamIds['Team Leiden']}`, 'otherLead')).status).toBe(403);
  });

  it('lets an admin narrow the report to one team', async () => {
    const res = await get(`${YEAR_2020}&teamId=${org.teamIds['Team Rijnstreek']}`, 'admin');
    expect(res.body.rows.map((r: { financier: string }) => r.financier)).toEqual(['Gouda']);
  });

  it('offers a team lead only their own team and its workers as filters; an admin every team', async () => {
    const lead = await get('/api/reports/caseload/filters', 'otherLead');
    expect(lead.status).toBe(200);
    expect(lead.body.fixedTeamId).toBe(org.teamIds['Team Rijnstreek']);
    expect(lead.body.teams).toEqual([{ id: org.teamIds['Team Rijnstreek'], name: 'Team Rijnstreek' }]);
    expect(lead.body.workers.map((w: { id: string }) => w.id)).toContain(rijnstreekWorker);
    expect(lead.body.workers.map((w: { id: string }) => w.id)).not.toContain(leiden);
    const admin = await get('/api/reports/caseload/filters', 'admin');
    expect(admin.body.fixedTeamId).toBeNull();
    expect(admin.body.teams.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['Team Leiden', 'Team Rijnstreek']));
    expect(admin.body.financiers.map((f: { name: string }) => f.name)).toContain('Gouda');
    expect((await get('/api/reports/caseload/filters', 'worker')).status).toBe(403);
  });

  it('refuses workers and clients (403) and anonymous callers (401)', async () => {
    expect((await get(YEAR_2020, 'worker')).status).toBe(403);
    expect((await get(YEAR_2020, 'client')).status).toBe(403);
    expect((await get(`${YEAR_2020}&format=csv`, 'worker')).status).toBe(403);
    expect((await t.http().get(YEAR_2020)).status).toBe(401);
  });

  it.each([
    ['from=2020-02-30&to=2020-12-31', ['from']],
    ['from=2020-1-1&to=2020-12-31', ['from']],
    ['from=2020-01-01', ['to']],
    ['to=2020-12-31', ['from']],
    ['from=2020-12-31&to=2020-01-01', ['to']],
    ['from=2020-01-01&to=2020-12-31&teamId=team-x', ['teamId']],
    ['from=2020-01-01&to=2020-12-31&workerId=1', ['workerId']],
    ['from=2020-01-01&to=2020-12-31&format=xml', ['format']],
    ['from=2020-01-01&to=2020-12-31&group=1', ['group']],
  ])('answers 400 naming the field for %s', async (query, fields) => {
    const res = await get(`/api/reports/caseload?${query}`, 'admin');
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(fields);
  });
});
