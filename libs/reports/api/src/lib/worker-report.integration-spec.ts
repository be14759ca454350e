import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, FixedClock, makeOrganisation, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
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

  async function addCase(worker: string, team: string, opened: string, closed: string | null): Promise<string> {
    const [c] = await t.dataSource.query(
      `INSERT INTO care_case (organisation_id, client_id, financier_id, team_id, assigned_worker_id, kind_of_work, opened_on, closed_on, close_reason)
       VALUES ($1, $2, $3, $4, $5, 'algemeen_mw', $6, $7, CASE WHEN $7::date IS NULL THEN NULL ELSE 'goal_reached' END) RETURNING id`,
      [org.organisationId, clientId, org.financierIds['Leiden'], org.teamIds[team], worker, opened, closed],
    );
    return c.id;
  }

  async function entry(
    worker: string,
    caseId: string | null,
    type: string,
    minutes: number,
    day: string,
    opts: { toConfirm?: boolean; deleted?: boolean } = {},
  ): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO time_entry (organisation_id, worker_id, case_id, contact_type, minutes, occurred_on, source, source_id, status, created_at, updated_at, deleted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), now(), $10)`,
      [
        org.organisationId,
        worker,
        caseId,
        type,
        minutes,
        day,
        opts.toConfirm ? 'message' : 'manual',
        opts.toConfirm ? randomUUID() : null,
        opts.toConfirm ? 'to_confirm' : 'confirmed',
        opts.deleted ? new Date() : null,
      ],
    );
  }

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, ReportsModule], clock: new FixedClock('2019-07-03T10:00:00Z') });
    org = await makeOrganisation(t, { financiers: ['Leiden'], teams: ['Team Leiden', 'Team Rijnstreek'] });
    const organisationId = org.organisationId;
    const leiden = org.teamIds['Team Leiden'];
    const rijnstreek = org.teamIds['Team Rijnstreek'];
    leidenWorker = (await makeWorker(t, { organisationId, teamId: leiden, name: 'Aad Leiden' })).id;
    rijnstreekWorker = (await makeWorker(t, { organisationId, teamId: rijnstreek, name: 'Bea Rijnstreek' })).id;
    const client = await makeClient(t, { organisationId, financierId: org.financierId });
    clientId = client.id;
    token.admin = (await makeAdmin(t, { organisationId })).token;
    token.lead = (await makeTeamLead(t, { organisationId, teamId: leiden })).token;
    token.otherLead = (await makeTeamLead(t, { organisationId, teamId: rijnstreek })).token;
    token.worker = (await makeWorker(t, { organisationId, teamId: leiden })).token;
    token.client = client.token;

    // Cases and time entries of 2019, as rows: no service writes the past.

    // 2019-07-03 is a Wednesday: week 1–7 July, month July.
    const open = await addCase(leidenWorker, 'Team Leiden', '2019-01-01', null);
    await addCase(leidenWorker, 'Team Leiden', '2019-01-01', '2019-07-02'); // closed before the day
    await addCase(leidenWorker, 'Team Leiden', '2019-07-04', null); // opened after the day
    await addCase(leidenWorker, 'Team Leiden', '2019-02-01', '2019-07-10'); // still open on the day
    await entry(leidenWorker, open, 'face_to_face', 30, '2019-06-30'); // Sunday before: neither week nor month
    await entry(leidenWorker, open, 'face_to_face', 60, '2019-07-01'); // Monday: week and month
    await entry(leidenWorker, null, 'preparation', 20, '2019-07-07'); // Sunday: week, not client-bound
    await entry(leidenWorker, open, 'message', 20, '2019-07-08'); // next week, same month
    await entry(leidenWorker, open, 'phone', 15, '2019-07-31', { toConfirm: true });
    await entry(leidenWorker, open, 'phone', 100, '2019-07-02', { deleted: true });
    await entry(rijnstreekWorker, null, 'consultation', 45, '2019-07-02');
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
