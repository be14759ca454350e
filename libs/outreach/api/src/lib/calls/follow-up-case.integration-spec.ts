import { CaseOpeningService, DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import type { ActivationLetter } from '@nabij/intake/contracts';
import type { CallEntryDetail, FinishedCall, MyCalls, OutreachTask, TaskCase } from '@nabij/outreach/contracts';
import { bearer, createTestApp, TestAccount, TestApp } from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import { OutreachModule } from '../outreach.module';
import { makeClientWithCase, makeOutreachOrg, makeTeamClientList, OutreachOrg } from '../testing';

jest.setTimeout(180_000);

/** Answers to the family questionnaire with a yes to "can we do something", consent or not, and a call-back or not. */
const answers = (consent: boolean, callBack = false) => ({
  datum_gesprek: '2026-03-02',
  vertrouwelijk: true,
  aantal_kinderen: 0,
  cijfer_ouders: 7,
  ouders_goed: 'Mijn zus belt elke dag.',
  iets_doen: true,
  hulp_bij: ['geld', 'brieven'],
  toestemming: consent,
  nog_eens_bellen: callBack,
  ...(callBack ? { wanneer_bellen: '2030-01-15' } : {}),
});

const NEW_CLIENT = { name: 'Samira el Idrissi', birthDate: '1988-06-14', kindOfWork: 'algemeen_mw' };

/** "Maak een dossier" from a call's follow-up, for a family from a file without a Nabij account. */
describe('outreach follow-up: a case for a family without an account', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule, OutreachModule] });
  }, 180_000);

  afterAll(() => t.close());

  interface Called extends OutreachOrg {
    financierId: string;
    entryId: string;
    tasks: OutreachTask[];
    followUp: OutreachTask;
  }

  /** A family from a CSV file, assigned to the worker and called once with these answers. */
  async function called(consent: boolean, callBack = false): Promise<Called> {
    const org = await makeOutreachOrg(t);
    const [financier] = await t.dataSource.query(`SELECT id FROM financier WHERE organisation_id = $1 ORDER BY name LIMIT 1`, [
      org.organisationId,
    ]);
    const list = await t
      .http()
      .post('/api/outreach/lists')
      .set(bearer(org.teamLead))
      .send({ name: 'Belronde voorjaar', questionnaireId: org.questionnaireId, csv: 'naam;telefoon\nFamilie El Idrissi;0612345678\n' })
      .expect(201);
    const [entry] = (await t.http().get(`/api/outreach/lists/${list.body.id}`).set(bearer(org.teamLead))).body.entries;
    await t
      .http()
      .post(`/api/outreach/lists/${list.body.id}/assign`)
      .set(bearer(org.teamLead))
      .send({ entryIds: [entry.id], workerId: org.worker.id })
      .expect(200);
    const attempt = await t.http().post(`/api/outreach/entries/${entry.id}/calls`).set(bearer(org.worker)).expect(201);
    const done: FinishedCall = (
      await t
        .http()
        .post(`/api/outreach/calls/${attempt.body.id}/finish`)
        .set(bearer(org.worker))
        .send({ outcome: 'reached', answers: answers(consent, callBack) })
        .expect(200)
    ).body;
    const followUp = done.tasks.find((x) => x.kind === 'follow_up')!;
    return { ...org, financierId: financier.id, entryId: entry.id, tasks: done.tasks, followUp };
  }

  const makeCase = (who: TestAccount, taskId: string, body: object) =>
    t.http().post(`/api/outreach/tasks/${taskId}/case`).set(bearer(who)).send(body);
  const clientsOf = (organisationId: string): Promise<Array<{ id: string; name: string }>> =>
    t.dataSource.query(`SELECT id, name FROM account WHERE organisation_id = $1 AND role = 'client' AND name = $2`, [
      organisationId,
      NEW_CLIENT.name,
    ]);
  const casesOf = (organisationId: string) =>
    t.dataSource.query(
      `SELECT c.id, c.client_id, c.assigned_worker_id, c.intake_channel, c.kind_of_work, c.financier_id
         FROM care_case c JOIN account a ON a.id = c.client_id WHERE c.organisation_id = $1 AND a.name = $2`,
      [organisationId, NEW_CLIENT.name],
    );
  const entryClient = async (entryId: string): Promise<string | null> =>
    (await t.dataSource.query(`SELECT client_id FROM outreach_entry WHERE id = $1`, [entryId]))[0].client_id;

  it('makes the client account with a letter and a phone case for the worker, linked to the task, once even on a retry', async () => {
    const c = await called(true);
    expect(c.followUp).toMatchObject({ consent: true, caseId: null, madeCaseId: null });
    const body = { ...NEW_CLIENT, financierId: c.financierId };
    const first = await makeCase(c.worker, c.followUp.id, body).expect(201);
    const made: TaskCase<ActivationLetter> = first.body;
    expect(made.letter).toMatchObject({
      clientId: made.clientId,
      clientName: NEW_CLIENT.name,
      worker: 'Wendy Werker',
      code: expect.stringMatching(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/),
      loginName: expect.any(String),
    });

    // The account logs in with a login name (no e-mail address), admitted by the worker; one code stored, as a hash.
    const [account] = await t.dataSource.query(
      `SELECT email, login_name, birth_date::text AS birth_date, financier_id, admitted_by, admission_reason FROM account WHERE id = $1`,
      [made.clientId],
    );
    expect(account).toMatchObject({
      email: null,
      login_name: made.letter!.loginName,
      birth_date: NEW_CLIENT.birthDate,
      financier_id: c.financierId,
      admitted_by: c.worker.id,
      admission_reason: expect.stringContaining('Belronde voorjaar'),
    });
    expect(await t.dataSource.query(`SELECT 1 FROM activation_code WHERE account_id = $1`, [made.clientId])).toHaveLength(1);
    expect(await casesOf(c.organisationId)).toEqual([
      {
        id: made.caseId,
        client_id: made.clientId,
        assigned_worker_id: c.worker.id,
        intake_channel: 'phone',
        kind_of_work: 'algemeen_mw',
        financier_id: c.financierId,
      },
    ]);
    expect(await entryClient(c.entryId)).toBe(made.clientId);

    // A retry, and two at once (a double click), answer the same case without a second account or letter.
    const again = await makeCase(c.worker, c.followUp.id, body).expect(201);
    expect(again.body).toEqual({ caseId: made.caseId, clientId: made.clientId, letter: null });
    const both = await Promise.all([makeCase(c.worker, c.followUp.id, body), makeCase(c.worker, c.followUp.id, body)]);
    expect(both.map((r) => [r.status, r.body.caseId])).toEqual([
      [201, made.caseId],
      [201, made.caseId],
    ]);
    expect(await clientsOf(c.organisationId)).toHaveLength(1);
    expect(await casesOf(c.organisationId)).toHaveLength(1);

    // The task is done and points at the case; the worker opens the dossier.
    const entry: CallEntryDetail = (await t.http().get(`/api/outreach/entries/${c.entryId}`).set(bearer(c.worker)).expect(200)).body;
    expect(entry.clientId).toBe(made.clientId);
    expect(entry.tasks.find((x) => x.id === c.followUp.id)).toMatchObject({
      madeCaseId: made.caseId,
      caseId: made.caseId,
      doneAt: expect.any(String),
    });
    const mine: MyCalls = (await t.http().get('/api/outreach/calls').set(bearer(c.worker))).body;
    expect(mine.tasks.map((x) => x.id)).not.toContain(c.followUp.id);
    await t.http().get(`/api/dossier/cases/${made.caseId}`).set(bearer(c.worker)).expect(200);

    // Audit-logged: the admission, the printed code, the case and the task.
    const audit = await t.dataSource.query(
      `SELECT action, resource_type FROM audit_entry WHERE client_id = $1 AND actor_id = $2 AND action <> 'read' ORDER BY resource_type`,
      [made.clientId, c.worker.id],
    );
    expect(audit).toEqual([
      { action: 'admit', resource_type: 'account' },
      { action: 'create', resource_type: 'activation_code' },
      { action: 'create', resource_type: 'case' },
      { action: 'update', resource_type: 'outreach_task' },
    ]);
  });

  it('refuses without the family’s consent (409 outreach.no_consent) and writes nothing', async () => {
    const c = await called(false);
    expect(c.followUp.consent).toBe(false);
    const res = await makeCase(c.worker, c.followUp.id, { ...NEW_CLIENT, financierId: c.financierId });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'outreach.no_consent' });
    expect(await clientsOf(c.organisationId)).toEqual([]);
    expect(await entryClient(c.entryId)).toBeNull();
  });

  it('refuses a call-back task (409 outreach.not_a_follow_up)', async () => {
    const c = await called(true, true);
    const callBack = c.tasks.find((x) => x.kind === 'call_back')!;
    const res = await makeCase(c.worker, callBack.id, { ...NEW_CLIENT, financierId: c.financierId });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'outreach.not_a_follow_up' });
    expect(await clientsOf(c.organisationId)).toEqual([]);
  });

  it('refuses a family that is a client already (409 outreach.family_has_account): no second account', async () => {
    const org = await makeOutreachOrg(t);
    const { client } = await makeClientWithCase(t, org, 'Familie Haddad');
    const [entry] = (await makeTeamClientList(t, org)).entries;
    const attempt = await t.http().post(`/api/outreach/entries/${entry.id}/calls`).set(bearer(org.worker)).expect(201);
    const done: FinishedCall = (
      await t
        .http()
        .post(`/api/outreach/calls/${attempt.body.id}/finish`)
        .set(bearer(org.worker))
        .send({ outcome: 'reached', answers: answers(true) })
        .expect(200)
    ).body;
    const task = done.tasks.find((x) => x.kind === 'follow_up')!;
    const [financier] = await t.dataSource.query(`SELECT id FROM financier WHERE organisation_id = $1 LIMIT 1`, [org.organisationId]);
    const res = await makeCase(org.worker, task.id, { ...NEW_CLIENT, financierId: financier.id });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'outreach.family_has_account' });
    expect(await clientsOf(org.organisationId)).toEqual([]);
    expect(await entryClient(entry.id)).toBe(client.id);
  });

  it('answers 404 for another worker and another organisation, 403 for a client, team lead and admin', async () => {
    const c = await called(true);
    const other = await makeOutreachOrg(t);
    const body = { ...NEW_CLIENT, financierId: c.financierId };
    for (const who of [c.colleague, other.worker]) expect((await makeCase(who, c.followUp.id, body)).status).toBe(404);
    for (const who of [c.client, c.teamLead, c.admin]) expect((await makeCase(who, c.followUp.id, body)).status).toBe(403);
    expect((await makeCase(c.worker, '00000000-0000-4000-8000-000000000000', body)).status).toBe(404);
    expect((await makeCase(c.worker, 'not-a-task', body)).status).toBe(400);
    expect(await clientsOf(c.organisationId)).toEqual([]);
    expect(await clientsOf(other.organisationId)).toEqual([]);
  });

  it('answers 400 naming the field for bad input, and 404 naming financierId for a financier of another organisation', async () => {
    const c = await called(true);
    const other = await makeOutreachOrg(t);
    const [foreign] = await t.dataSource.query(`SELECT id FROM financier WHERE organisation_id = $1 LIMIT 1`, [other.organisationId]);
    const good = { ...NEW_CLIENT, financierId: c.financierId };
    const cases: Array<[unknown, string]> = [
      [{ ...good, name: undefined }, 'name'],
      [{ ...good, name: '   ' }, 'name'],
      [{ ...good, name: 'x'.repeat(101) }, 'name'],
      [{ ...good, birthDate: '14-06-1988' }, 'birthDate'],
      [{ ...good, birthDate: '2999-01-01' }, 'birthDate'],
      [{ ...good, financierId: 'leiden' }, 'financierId'],
      [{ ...good, kindOfWork: 'alles' }, 'kindOfWork'],
    ];
    for (const [body, field] of cases) {
      const res = await makeCase(c.worker, c.followUp.id, body as object);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(Object.keys(res.body.fields ?? {})).toContain(field);
    }
    const foreignFinancier = await makeCase(c.worker, c.followUp.id, { ...good, financierId: foreign.id });
    expect(foreignFinancier.status).toBe(404);
    expect(Object.keys(foreignFinancier.body.fields ?? {})).toContain('financierId');
    expect(await clientsOf(c.organisationId)).toEqual([]);
    expect(await clientsOf(other.organisationId)).toEqual([]);
    expect(await entryClient(c.entryId)).toBeNull();
  });

  it('leaves nothing behind when opening the case fails after the account was made, and works on the next try', async () => {
    const c = await called(true);
    const body = { ...NEW_CLIENT, financierId: c.financierId };
    const opening = jest.spyOn(t.app.get(CaseOpeningService), 'openIn').mockRejectedValueOnce(new Error('the database went away'));
    try {
      expect((await makeCase(c.worker, c.followUp.id, body)).status).toBe(500);
    } finally {
      opening.mockRestore();
    }
    expect(await clientsOf(c.organisationId)).toEqual([]);
    expect(await casesOf(c.organisationId)).toEqual([]);
    expect(await entryClient(c.entryId)).toBeNull();
    const [task] = await t.dataSource.query(`SELECT made_case_id, done_at FROM outreach_task WHERE id = $1`, [c.followUp.id]);
    expect(task).toEqual({ made_case_id: null, done_at: null });
    const made = await makeCase(c.worker, c.followUp.id, body).expect(201);
    expect(made.body.letter).not.toBeNull();
  });
});
