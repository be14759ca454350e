import { DossierModule } from '@nabij/dossier/api';
import { closeCase, makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { JobsService } from '@nabij/platform/api';
import { bearer, createTestApp, FixedClock, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { PrivacyModule } from '../../index';
import { RetentionService } from './retention.service';

/** Today in these tests: 2 March 2026, 09:00 UTC (10:00 in Amsterdam). */
const NOW = '2026-03-02T09:00:00Z';
/** 7 years and a day before NOW (Amsterdam dates), and 7 years less a day. */
const SEVEN_YEARS_AND_A_DAY = '2019-03-01';
const SEVEN_YEARS_LESS_A_DAY = '2019-03-03';

/** Retention: content of cases closed longer than the organisation's term ago is erased by the daily job. */
describe('retention after a case closes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, PrivacyModule], clock: new FixedClock(NOW) });
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(NOW));

  interface Org {
    organisationId: string;
    worker: TestAccount;
    admin: TestAccount;
    client(name: string): Promise<TestAccount>;
  }

  async function organisation(): Promise<Org> {
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    return {
      organisationId: org.organisationId,
      worker: await makeWorker(t, staff),
      admin: await makeAdmin(t, staff),
      client: (name) => makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name }),
    };
  }

  /** A case with a goal, closed on `closedOn` (null: still open). */
  async function caseClosedOn(org: Org, client: TestAccount, closedOn: string | null): Promise<string> {
    const c = await makeCase(t, { worker: org.worker, clientId: client.id, openedOn: '2018-01-15' });
    await t.http().post(`/api/dossier/cases/${c.id}/goals`).set(bearer(org.worker)).send({ text: 'Rust in mijn hoofd' }).expect(201);
    if (closedOn) await closeCase(t, org.worker, c.id, { closedOn });
    return c.id;
  }

  async function state(caseId: string): Promise<{ goals: number; anonymised: boolean; clientName: string | null }> {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM case_goal WHERE case_id = c.id) AS goals, c.anonymised_at IS NOT NULL AS anonymised, a.name AS "clientName"
       FROM care_case c JOIN account a ON a.id = c.client_id WHERE c.id = $1`,
      [caseId],
    );
    return row;
  }

  it('erases a case closed 7 years and a day ago, with the client as a whole when nothing else is live', async () => {
    const org = await organisation();
    const caseId = await caseClosedOn(org, await org.client('Henk Verloop'), SEVEN_YEARS_AND_A_DAY);
    await t.app.get(RetentionService).run();
    expect(await state(caseId)).toEqual({ goals: 0, anonymised: true, clientName: null });
    const [entry] = await t.dataSource.query(
      `SELECT actor_id, reason FROM audit_entry WHERE resource_type = 'retention' AND client_id = (SELECT client_id FROM care_case WHERE id = $1)`,
      [caseId],
    );
    expect(entry).toEqual({ actor_id: null, reason: expect.stringContaining('whole client') });
  });

  it('marks a waiting deletion request of a client it erases as a whole as executed', async () => {
    const org = await organisation();
    const client = await org.client('Greet Kok');
    await caseClosedOn(org, client, SEVEN_YEARS_AND_A_DAY);
    await t.http().post('/api/privacy/deletion-requests').set(bearer(client)).send({}).expect(201);
    await t.app.get(RetentionService).run();
    const [request] = await t.dataSource.query(`SELECT status, handled_by, decision_note FROM deletion_request WHERE client_id = $1`, [
      client.id,
    ]);
    expect(request).toEqual({ status: 'executed', handled_by: null, decision_note: 'Done by the retention period (7 years).' });
  });

  it('keeps a case closed 7 years less a day ago', async () => {
    const org = await organisation();
    const caseId = await caseClosedOn(org, await org.client('Ilse Bakker'), SEVEN_YEARS_LESS_A_DAY);
    await t.app.get(RetentionService).run();
    expect(await state(caseId)).toEqual({ goals: 1, anonymised: false, clientName: 'Ilse Bakker' });
  });

  it('erases only the expired case of a client who still has an open one (the account stays)', async () => {
    const org = await organisation();
    const client = await org.client('Mo Haddad');
    const old = await caseClosedOn(org, client, SEVEN_YEARS_AND_A_DAY);
    const open = await caseClosedOn(org, client, null);
    await t.app.get(RetentionService).run();
    expect(await state(old)).toEqual({ goals: 0, anonymised: true, clientName: 'Mo Haddad' });
    expect(await state(open)).toEqual({ goals: 1, anonymised: false, clientName: 'Mo Haddad' });
  });

  it('respects another organisation’s longer term', async () => {
    const org = await organisation();
    const other = await organisation();
    await t.http().put('/api/privacy/retention').set(bearer(other.admin)).send({ retentionYears: 10 }).expect(200);
    const ours = await caseClosedOn(org, await org.client('Anna Smit'), SEVEN_YEARS_AND_A_DAY);
    const theirs = await caseClosedOn(other, await other.client('Bram Smit'), SEVEN_YEARS_AND_A_DAY);
    await t.app.get(RetentionService).run();
    expect((await state(ours)).anonymised).toBe(true);
    expect(await state(theirs)).toEqual({ goals: 1, anonymised: false, clientName: 'Bram Smit' });
  });

  it('runs as the scheduled pg-boss job (drained, no sleeping)', async () => {
    const org = await organisation();
    const caseId = await caseClosedOn(org, await org.client('Carla Visser'), SEVEN_YEARS_AND_A_DAY);
    const jobs = t.app.get(JobsService);
    await jobs.send('privacy.retention', {});
    expect(await jobs.drain(['privacy.retention'])).toBe(1);
    expect((await state(caseId)).anonymised).toBe(true);
  });

  describe('GET/PUT /api/privacy/retention', () => {
    it('reads the default of 7 years, changes it and logs the change', async () => {
      const org = await organisation();
      expect((await t.http().get('/api/privacy/retention').set(bearer(org.admin)).expect(200)).body).toEqual({ retentionYears: 7 });
      expect((await t.http().put('/api/privacy/retention').set(bearer(org.admin)).send({ retentionYears: 12 }).expect(200)).body).toEqual({
        retentionYears: 12,
      });
      expect((await t.http().get('/api/privacy/retention').set(bearer(org.admin)).expect(200)).body).toEqual({ retentionYears: 12 });
      const [entry] = await t.dataSource.query(
        `SELECT actor_id, reason FROM audit_entry WHERE resource_type = 'retention_setting' AND resource_id = $1`,
        [org.organisationId],
      );
      expect(entry).toEqual({ actor_id: org.admin.id, reason: '7 → 12 years' });
    });

    it('refuses a change from an admin whose login had no second factor (403 two_factor_required)', async () => {
      const org = await organisation();
      const passwordOnly = t.tokenFor({ id: org.admin.id, role: 'admin', organisationId: org.organisationId, amr: ['pwd'] });
      const res = await t.http().put('/api/privacy/retention').set(bearer(passwordOnly)).send({ retentionYears: 1 });
      expect([res.status, res.body.code]).toEqual([403, 'two_factor_required']);
      expect((await t.http().get('/api/privacy/retention').set(bearer(passwordOnly)).expect(200)).body).toEqual({ retentionYears: 7 });
    });

    it('keeps organisations apart: one admin’s change is not another’s setting', async () => {
      const org = await organisation();
      const other = await organisation();
      await t.http().put('/api/privacy/retention').set(bearer(org.admin)).send({ retentionYears: 3 }).expect(200);
      expect((await t.http().get('/api/privacy/retention').set(bearer(other.admin)).expect(200)).body).toEqual({ retentionYears: 7 });
    });

    it.each([0, 21, 7.5, '7', null])('refuses %p with 400 naming retentionYears', async (value) => {
      const org = await organisation();
      const res = await t.http().put('/api/privacy/retention').set(bearer(org.admin)).send({ retentionYears: value });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual(['retentionYears']);
    });

    it('refuses a worker, a team lead and a client (403)', async () => {
      const org = await organisation();
      const lead = await makeTeamLead(t, { organisationId: org.organisationId });
      for (const who of [org.worker, lead, await org.client('Dirk Dekker')]) {
        expect((await t.http().get('/api/privacy/retention').set(bearer(who))).status).toBe(403);
        expect((await t.http().put('/api/privacy/retention').set(bearer(who)).send({ retentionYears: 5 })).status).toBe(403);
      }
    });
  });
});
