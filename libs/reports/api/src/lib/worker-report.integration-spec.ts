import { DossierModule } from '@nabij/dossier/api';
import { closeCase, makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import type { AuthUser } from '@nabij/platform/api';
import { createTestApp, FixedClock, makeOrganisation, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import { registerTime } from '@nabij/time/api/testing';
import { randomUUID } from 'node:crypto';
import type { ContactType } from '@nabij/time/contracts';
import { ReportsModule } from '../index';

jest.setTimeout(60_000);

/** GET /api/reports/workers: per worker hours, contacts and open caseload, on hand-built data in 2019. */
describe('GET /api/reports/workers', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let clientId: string;
  let leidenWorker: string;
  let rijnstreekWorker: string;
  const token = {} as Record<'admin' | 'lead' | 'otherLead' | 'worker' | 'client', string>;
  const get = (path: string, who: keyof typeof token) => t.http().get(path).set('Authorization', `Bearer ${token[who]}`);

  let leiden: AuthUser;

  /** A case of the Leiden worker, opened (and closed) on those days through the dossier. */
  async function addCase(opened: string, closed: string | null): Promise<string> {
    const c = await makeCase(t, { worker: leiden, clientId, financierId: org.financierIds['Leiden'], openedOn: opened });
    if (closed) await closeCase(t, leiden, c.id, { closedOn: closed });
    return c.id;
  }

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, DossierModule, TimeModule, ReportsModule],
      clock: new FixedClock('2019-07-03T10:00:00Z'),
    });
    org = await makeOrganisation(t, { financiers: ['Leiden'], teams: ['Team Leiden', 'Team Rijnstreek'] });
    const organisationId = org.organisationId;
    const leidenTeam = org.teamIds['Team Leiden'];
    const rijnstreekTeam = org.teamIds['Team Rijnstreek'];
    leiden = await makeWorker(t, { organisationId, teamId: leidenTeam, name: 'Aad Leiden' });
    leidenWorker = leiden.id;
    const rijnstreek = await makeWorker(t, { organisationId, teamId: rijnstreekTeam, name: 'Bea Rijnstreek' });
    rijnstreekWorker = rijnstreek.id;
    const client = await makeClient(t, { organisationId, financierId: org.financierId });
    clientId = client.id;
    token.admin = (await makeAdmin(t, { organisationId })).token;
    token.lead = (await makeTeamLead(t, { organisationId, teamId: leidenTeam })).token;
    token.otherLead = (await makeTeamLead(t, { organisationId, teamId: rijnstreekTeam })).token;
    token.worker = (await makeWorker(t, { organisationId, teamId: leidenTeam })).token;
    token.client = client.token;

    // Cases and time entries of 2019, through the dossier and time services (registerTime moves the
    // clock to each entry's day).

    // 2019-07-03 is a Wednesday: week 1–7 July, month July.
    const open = await addCase('2019-01-01', null);
    await addCase('2019-01-01', '2019-07-02'); // closed before the day
    await addCase('2019-07-04', null); // opened after the day
    await addCase('2019-02-01', '2019-07-10'); // still open on the day
    const entry = (caseId: string | null, contactType: ContactType, minutes: number, occurredOn: string, options = {}) =>
      registerTime(t, leiden, { caseId, contactType, minutes, occurredOn, ...options });
    await entry(open, 'face_to_face', 30, '2019-06-30'); // Sunday before: neither week nor month
    await entry(open, 'face_to_face', 60, '2019-07-01'); // Monday: week and month
    await entry(null, 'preparation', 20, '2019-07-07'); // Sunday: week, not client-bound
    await entry(open, 'message', 20, '2019-07-08'); // next week, same month
    await entry(open, 'phone', 15, '2019-07-31', { toConfirm: true });
    await entry(open, 'phone', 100, '2019-07-02', { deleted: true });
    await registerTime(t, rijnstreek, { contactType: 'consultation', minutes: 45, occurredOn: '2019-07-02' });
  });
  afterAll(() => t.close());

  it('gives a worker hours this week (Monday..Sunday) and month, client-bound share, open caseload, contacts by type and entries to confirm', async () => {
    const res = await get('/api/reports/workers?date=2019-07-03', 'lead');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      date: '2019-07-03',
      weekStart: '2019-07-01',
      weekEnd: '2019-07-07',
      monthStart: '2019-07-01',
      monthEnd: '2019-07-31',
      teamId: org.teamIds['Team Leiden'],
    });
    const row = res.body.workers.find((w: { workerId: string }) => w.workerId === leidenWorker);
    expect(row).toEqual({
      workerId: leidenWorker,
      name: 'Aad Leiden',
      teamId: org.teamIds['Team Leiden'],
      team: 'Team Leiden',
      weekMinutes: 80,
      weekTime: '1:20',
      monthMinutes: 115,
      monthTime: '1:55',
      weekClientBoundShare: 0.75,
      monthClientBoundShare: 0.826,
      openCases: 2,
      contactsThisMonth: { chat: 0, message: 1, homework_feedback: 0, face_to_face: 1, phone: 1, video: 0, letter: 0, other: 0 },
      toConfirm: 1,
    });
  });

  it('gives the same numbers as CSV: for Dutch Excel with decimal hours and percentages, or plain for programs', async () => {
    const res = await get('/api/reports/workers?date=2019-07-03&format=csv&dialect=excel-nl', 'lead');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="uren-per-medewerker-2019-07-03.csv"');
    const lines = res.text.split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFMedewerker;Team;Uren deze week;Cliëntgebonden deze week \(%\);Uren deze maand;/);
    expect(lines).toContain('Aad Leiden;Team Leiden;1,33;75;1,92;83;0;1;0;1;1;0;0;0;2;1');
    const plain = await get('/api/reports/workers?date=2019-07-03&format=csv', 'lead');
    expect(plain.text.split('\n')[0]).toMatch(/^worker,team,week_hours,week_client_bound_percent,month_hours,/);
    expect(plain.text).toContain('Aad Leiden,Team Leiden,1.33,75,1.92,83,');
    expect((await get('/api/reports/workers?format=xls', 'lead')).status).toBe(400);
    expect((await get('/api/reports/workers?format=csv', 'worker')).status).toBe(403);
  });

  it('uses today (Dutch calendar day) without a date, and shows a worker without entries as zeros', async () => {
    const res = await get('/api/reports/workers', 'otherLead');
    expect(res.status).toBe(200);
    expect(res.body.date).toBe('2019-07-03');
    const row = res.body.workers.find((w: { workerId: string }) => w.workerId === rijnstreekWorker);
    expect(row).toMatchObject({ weekMinutes: 45, weekClientBoundShare: 0, openCases: 0, toConfirm: 0 });
    // The other team lead sees their own team only.
    expect(res.body.workers.map((w: { workerId: string }) => w.workerId)).not.toContain(leidenWorker);
    expect(res.body.workers.every((w: { teamId: string }) => w.teamId === org.teamIds['Team Rijnstreek'])).toBe(true);
  });

  it('keeps a team lead to their own team, an admin sees the organisation or one team', async () => {
    const lead = await get('/api/reports/workers?date=2019-07-03', 'lead');
    expect(lead.body.workers.map((w: { workerId: string }) => w.workerId)).not.toContain(rijnstreekWorker);
    expect((await get(`/api/reports/workers?teamId=${org.teamIds['Team Rijnstreek']}`, 'lead')).status).toBe(403);
    expect((await get(`/api/reports/workers?teamId=${org.teamIds['Team Leiden']}`, 'lead')).status).toBe(200);

    const all = await get('/api/reports/workers?date=2019-07-03', 'admin');
    expect(all.status).toBe(200);
    expect(all.body.teamId).toBeNull();
    expect(all.body.workers.map((w: { workerId: string }) => w.workerId)).toEqual(expect.arrayContaining([leidenWorker, rijnstreekWorker]));
    const one = await get(`/api/reports/workers?teamId=${org.teamIds['Team Rijnstreek']}`, 'admin');
    expect(one.body.workers.map((w: { workerId: string }) => w.workerId)).not.toContain(leidenWorker);
    expect((await get(`/api/reports/workers?teamId=${randomUUID()}`, 'admin')).status).toBe(403);
  });

  it('never sends case, client or dossier data: only names and numbers', async () => {
    const res = await get('/api/reports/workers?date=2019-07-03', 'admin');
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(clientId);
    for (const row of res.body.workers) {
      expect(Object.keys(row).sort()).toEqual([
        'contactsThisMonth',
        'monthClientBoundShare',
        'monthMinutes',
        'monthTime',
        'name',
        'openCases',
        'team',
        'teamId',
        'toConfirm',
        'weekClientBoundShare',
        'weekMinutes',
        'weekTime',
        'workerId',
      ]);
    }
  });

  it('refuses workers, clients and anonymous callers, and a malformed date', async () => {
    expect((await get('/api/reports/workers', 'worker')).status).toBe(403);
    expect((await get('/api/reports/workers', 'client')).status).toBe(403);
    expect((await t.http().get('/api/reports/workers')).status).toBe(401);
    const bad = await get('/api/reports/workers?date=2019-02-30', 'admin');
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toHaveProperty('date');
  });
});
