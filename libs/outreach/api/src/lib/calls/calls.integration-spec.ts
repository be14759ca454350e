import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import type { CallAttemptView, CallEntryDetail, FinishedCall, MyCalls } from '@nabij/outreach/contracts';
import { JobsService } from '@nabij/platform/api';
import { bearer, createTestApp, TestAccount, TestApp } from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import { OutreachModule } from '../outreach.module';
import { makeOutreachOrg, OutreachOrg, SMALL_QUESTIONNAIRE } from '../testing';

jest.setTimeout(120_000);

const MINUTE = 60_000;

/** The worker's Bellijst: calls, attempts, the questionnaire, prefilled time and follow-up tasks. */
describe('outreach calls', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule, OutreachModule] });
  }, 180_000);
  afterAll(() => t.close());

  /** An organisation with the small questionnaire and a list of two families, both assigned to its worker. */
  async function calling(): Promise<OutreachOrg & { entryIds: string[] }> {
    const org = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const list = await t
      .http()
      .post('/api/outreach/lists')
      .set(bearer(org.teamLead))
      .send({
        name: 'Belronde',
        questionnaireId: org.questionnaireId,
        csv: 'naam;telefoon\nFamilie Yilmaz;0612345678\nFamilie Bakker;0687654321\n',
      })
      .expect(201);
    const entries = (await t.http().get(`/api/outreach/lists/${list.body.id}`).set(bearer(org.teamLead))).body.entries;
    const entryIds = entries.map((e: { id: string }) => e.id);
    await t
      .http()
      .post(`/api/outreach/lists/${list.body.id}/assign`)
      .set(bearer(org.teamLead))
      .send({ entryIds, workerId: org.worker.id })
      .expect(200);
    return { ...org, entryIds };
  }

  const mine = async (who: TestAccount): Promise<MyCalls> => (await t.http().get('/api/outreach/calls').set(bearer(who)).expect(200)).body;
  const start = async (who: TestAccount, entryId: string): Promise<CallAttemptView> =>
    (await t.http().post(`/api/outreach/entries/${entryId}/calls`).set(bearer(who)).expect(201)).body;
  const finish = (who: TestAccount, attemptId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/outreach/calls/${attemptId}/finish`).set(bearer(who)).send(body);
  const timeEntries = (attemptId: string) =>
    t.dataSource.query(
      `SELECT worker_id, case_id, organisation_id, contact_type, minutes, status, source FROM time_entry WHERE source_id = $1`,
      [attemptId],
    );

  it('shows the worker the families to call, and the questionnaire to fill for one', async () => {
    const org = await calling();
    const calls = await mine(org.worker);
    expect(calls.toCall.map((e) => [e.familyName, e.phone, e.status])).toEqual([
      ['Familie Yilmaz', '0612345678', 'to_call'],
      ['Familie Bakker', '0687654321', 'to_call'],
    ]);
    expect(await mine(org.colleague)).toEqual({ toCall: [], tasks: [] });
    const detail: CallEntryDetail = (await t.http().get(`/api/outreach/entries/${org.entryIds[0]}`).set(bearer(org.worker)).expect(200))
      .body;
    expect(detail.questionnaire.id).toBe(org.versionId);
    expect(detail.questionnaire.definition.sections[0].questions.map((q) => q.key)).toEqual(['cijfer', 'nodig', 'bellen', 'wanneer']);
    expect(detail.runningAttemptId).toBeNull();
  });

  it('records a reached call with a score of 4 and a call-back: answers, a call-back task on the date, prefilled phone time', async () => {
    const org = await calling();
    const attempt = await start(org.worker, org.entryIds[0]);
    t.clock.advance(12 * MINUTE + 5_000);
    const res = await finish(org.worker, attempt.id, {
      outcome: 'reached',
      answers: { cijfer: 4, nodig: 'Hulp met de rekeningen', bellen: true, wanneer: '2026-03-20' },
    });
    expect(res.status).toBe(200);
    const done: FinishedCall = res.body;
    expect(done.entry.status).toBe('reached');
    expect(done.minutes).toBe(13);
    expect(done.tasks).toEqual([expect.objectContaining({ kind: 'call_back', dueOn: '2026-03-20', familyName: 'Familie Yilmaz' })]);
    const calls = await mine(org.worker);
    expect(calls.toCall.map((e) => e.familyName)).toEqual(['Familie Bakker']);
    expect(calls.tasks).toEqual([expect.objectContaining({ kind: 'call_back', dueOn: '2026-03-20', entryId: org.entryIds[0] })]);
    const detail: CallEntryDetail = (await t.http().get(`/api/outreach/entries/${org.entryIds[0]}`).set(bearer(org.worker))).body;
    expect(detail.responses).toEqual([
      expect.objectContaining({
        versionId: org.versionId,
        answers: { cijfer: 4, nodig: 'Hulp met de rekeningen', bellen: true, wanneer: '2026-03-20' },
      }),
    ]);
    await t.app.get(JobsService).drain();
    expect(await timeEntries(attempt.id)).toEqual([
      {
        worker_id: org.worker.id,
        case_id: null,
        organisation_id: org.organisationId,
        contact_type: 'phone',
        minutes: 13,
        status: 'to_confirm',
        source: 'outreach',
      },
    ]);
    // The team lead sees the count, and nowhere an answer.
    const summary = (await t.http().get('/api/outreach/lists').set(bearer(org.teamLead))).body[0];
    expect(summary.counts).toMatchObject({ reached: 1, to_call: 1 });
    expect(JSON.stringify(summary)).not.toContain('rekeningen');
  });

  it('registers no time for no answer, and puts a call-back at the top of the list once it is due', async () => {
    const org = await calling();
    const first = await start(org.worker, org.entryIds[0]);
    await finish(org.worker, first.id, { outcome: 'no_answer' }).expect(200);
    const second = await start(org.worker, org.entryIds[1]);
    const callBackAt = new Date(t.clock.now().getTime() + 60 * MINUTE).toISOString();
    const res = await finish(org.worker, second.id, { outcome: 'call_back', callBackAt }).expect(200);
    expect(res.body.entry).toMatchObject({ status: 'call_back', callBackAt, attempts: 1 });
    await t.app.get(JobsService).drain();
    expect(await timeEntries(first.id)).toEqual([]);
    expect(await timeEntries(second.id)).toHaveLength(1);
    expect((await mine(org.worker)).toCall.map((e) => e.familyName)).toEqual(['Familie Yilmaz', 'Familie Bakker']);
    t.clock.advance(61 * MINUTE);
    expect((await mine(org.worker)).toCall.map((e) => e.familyName)).toEqual(['Familie Bakker', 'Familie Yilmaz']);
  });

  it('refuses inconsistent endings with 400 naming the field, writes nothing, and the call can still be finished', async () => {
    const org = await calling();
    const attempt = await start(org.worker, org.entryIds[0]);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ outcome: 'reached' }, 'answers'],
      [{ outcome: 'no_answer', answers: { cijfer: 7, bellen: false } }, 'answers'],
      [{ outcome: 'reached', answers: { cijfer: 8, nodig: 'Niets', bellen: false } }, 'answers.nodig'],
      [{ outcome: 'reached', answers: { cijfer: 4, bellen: false } }, 'answers.nodig'],
      [{ outcome: 'reached', answers: { cijfer: 11, bellen: false } }, 'answers.cijfer'],
      [{ outcome: 'reached', answers: { cijfer: 7, bellen: 'ja' } }, 'answers.bellen'],
      [{ outcome: 'reached', answers: { cijfer: 7, bellen: false, leeftijd: 40 } }, 'answers.leeftijd'],
      [{ outcome: 'call_back' }, 'callBackAt'],
      [{ outcome: 'call_back', callBackAt: '2020-01-01T10:00:00Z' }, 'callBackAt'],
      [{ outcome: 'refused', callBackAt: new Date(t.clock.now().getTime() + MINUTE).toISOString() }, 'callBackAt'],
      [{ outcome: 'maybe' }, 'outcome'],
      [{ outcome: 'reached', answers: [1, 2] }, 'answers'],
    ];
    for (const [body, field] of cases) {
      const res = await finish(org.worker, attempt.id, body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(Object.keys(res.body.fields)).toContain(field);
    }
    const [row] = await t.dataSource.query(`SELECT ended_at FROM outreach_attempt WHERE id = $1`, [attempt.id]);
    expect(row.ended_at).toBeNull();
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM outreach_response WHERE attempt_id = $1`, [attempt.id]))[0].n).toBe(0);
    await finish(org.worker, attempt.id, { outcome: 'reached', answers: { cijfer: 7, bellen: false } }).expect(200);
    expect((await finish(org.worker, attempt.id, { outcome: 'refused' })).status).toBe(409);
  });

  it('gives the running call again when it is started twice', async () => {
    const org = await calling();
    const first = await start(org.worker, org.entryIds[0]);
    t.clock.advance(MINUTE);
    const again = await start(org.worker, org.entryIds[0]);
    expect(again).toEqual(first);
  });

  it('lets only the assigned worker see and call a family: 404 for a colleague and another organisation, 403 for other roles', async () => {
    const org = await calling();
    const other = await makeOutreachOrg(t);
    const attempt = await start(org.worker, org.entryIds[0]);
    for (const who of [org.colleague, other.worker]) {
      expect((await t.http().get(`/api/outreach/entries/${org.entryIds[0]}`).set(bearer(who))).status).toBe(404);
      expect((await t.http().post(`/api/outreach/entries/${org.entryIds[0]}/calls`).set(bearer(who))).status).toBe(404);
      expect((await finish(who, attempt.id, { outcome: 'refused' })).status).toBe(404);
    }
    for (const who of [org.teamLead, org.admin, org.client]) {
      expect((await t.http().get(`/api/outreach/entries/${org.entryIds[0]}`).set(bearer(who))).status).toBe(403);
      expect((await t.http().get('/api/outreach/calls').set(bearer(who))).status).toBe(403);
      expect((await finish(who, attempt.id, { outcome: 'refused' })).status).toBe(403);
    }
    expect((await t.http().get('/api/outreach/entries/not-an-id').set(bearer(org.worker))).status).toBe(400);
    // Reassigned: the answers go with the family to the new worker.
    await finish(org.worker, attempt.id, { outcome: 'reached', answers: { cijfer: 3, nodig: 'Rust', bellen: false } }).expect(200);
    const listId = (await t.dataSource.query(`SELECT list_id FROM outreach_entry WHERE id = $1`, [org.entryIds[0]]))[0].list_id;
    await t
      .http()
      .post(`/api/outreach/lists/${listId}/assign`)
      .set(bearer(org.teamLead))
      .send({ entryIds: [org.entryIds[0]], workerId: org.colleague.id })
      .expect(200);
    expect((await t.http().get(`/api/outreach/entries/${org.entryIds[0]}`).set(bearer(org.worker))).status).toBe(404);
    expect((await t.http().get(`/api/outreach/entries/${org.entryIds[0]}`).set(bearer(org.colleague))).body.responses).toHaveLength(1);
  });

  it('closes a task for its own worker only, and logs every read of a family', async () => {
    const org = await calling();
    const attempt = await start(org.worker, org.entryIds[0]);
    const done: FinishedCall = (
      await finish(org.worker, attempt.id, { outcome: 'reached', answers: { cijfer: 8, bellen: true } }).expect(200)
    ).body;
    const [task] = done.tasks;
    expect(task.dueOn).toBe('2026-03-09');
    expect((await t.http().post(`/api/outreach/tasks/${task.id}/done`).set(bearer(org.colleague))).status).toBe(404);
    await t.http().post(`/api/outreach/tasks/${task.id}/done`).set(bearer(org.worker)).expect(204);
    expect((await t.http().post(`/api/outreach/tasks/${task.id}/done`).set(bearer(org.worker))).status).toBe(404);
    expect((await mine(org.worker)).tasks).toEqual([]);
    await t.http().get(`/api/outreach/entries/${org.entryIds[0]}`).set(bearer(org.worker)).expect(200);
    const reads = await t.dataSource.query(`SELECT resource_type FROM audit_entry WHERE actor_id = $1 AND action = 'read' ORDER BY id`, [
      org.worker.id,
    ]);
    expect(reads.map((r: { resource_type: string }) => r.resource_type)).toEqual(['outreach_calls', 'outreach_entry']);
  });
});
