import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { IntakeModule } from '@nabij/intake/api';
import { PersonalDataEraserRegistry, PersonalDataRegistry } from '@nabij/platform/api';
import { createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { MessagesModule } from '../index';
import { sendMessage } from './testing/message-factory';

jest.setTimeout(120_000);

// Each test gets its own organisation, client, worker and case thread (beforeEach), so each runs alone.
describe('closing a message thread and the evaluation afterwards', () => {
  let t: TestApp;
  let client: TestAccount;
  let otherClient: TestAccount;
  let worker: TestAccount;
  let otherWorker: TestAccount;
  let teamLead: TestAccount;
  let foreignWorker: TestAccount;
  let threadId: string;

  const close = (who: TestAccount, id = threadId) =>
    t.http().post(`/api/messages/inbox/${id}/close`).set('Authorization', `Bearer ${who.token}`);
  const evaluate = (who: TestAccount, body: Record<string, unknown>, id = threadId) =>
    t.http().post(`/api/messages/mine/${id}/evaluation`).set('Authorization', `Bearer ${who.token}`).send(body);
  const view = async (who: TestAccount) =>
    (await t.http().get(`/api/messages/mine/${threadId}`).set('Authorization', `Bearer ${who.token}`)).body;
  const stored = () =>
    t.dataSource.query(`SELECT skipped, helpful, understood, again, remark FROM thread_evaluation WHERE thread_id = $1`, [threadId]);

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule, DossierModule, MessagesModule] });
    const other = await makeOrganisation(t, { name: 'Ander MW' });
    foreignWorker = await makeWorker(t, { organisationId: other.organisationId, name: 'Piet Ander' });
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Sanne de Vries' });
    otherClient = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Noor Yilmaz' });
    worker = await makeWorker(t, { ...staff, name: 'Youssef Amrani' });
    otherWorker = await makeWorker(t, { ...staff, name: 'Daan Bakker' });
    teamLead = await makeTeamLead(t, staff);
    await makeCase(t, { worker, clientId: client.id, kindOfWork: 'hulp_online' });
    threadId = (await sendMessage(t, client, { body: 'Ik heb een brief van de Belastingdienst, wat moet ik doen?' })).threadId;
  });

  it('does not ask the questions while the thread is open, and refuses answers then (409)', async () => {
    expect(await view(client)).toMatchObject({ closedAt: null, askEvaluation: false });
    expect((await evaluate(client, { helpful: 4, understood: 5, again: true })).status).toBe(409);
    expect(await stored()).toEqual([]);
  });

  it('asks once after the worker closed the thread, stores the answers with the remark, and not again', async () => {
    expect((await close(worker)).status).toBe(204);
    expect(await view(client)).toMatchObject({ closedAt: '2026-03-02T09:00:00.000Z', askEvaluation: true });
    expect((await evaluate(client, { helpful: 4, understood: 5, again: true, remark: '  Snel en duidelijk antwoord.  ' })).status).toBe(
      204,
    );
    expect(await stored()).toEqual([{ skipped: false, helpful: 4, understood: 5, again: true, remark: 'Snel en duidelijk antwoord.' }]);
    expect((await view(client)).askEvaluation).toBe(false);
    expect((await evaluate(client, { helpful: 1, understood: 1, again: false })).status).toBe(409);
    expect(await stored()).toHaveLength(1);
  });

  it('stores a skip without answers, after which the client is not asked again', async () => {
    await close(worker);
    expect((await evaluate(client, { skip: true })).status).toBe(204);
    expect(await stored()).toEqual([{ skipped: true, helpful: null, understood: null, again: null, remark: null }]);
    expect((await view(client)).askEvaluation).toBe(false);
  });

  it('opens the thread again when the client writes, without asking the questions a second time', async () => {
    await close(worker);
    await evaluate(client, { skip: true });
    await sendMessage(t, client, { body: 'Ik heb toch nog een vraag over de termijn.' });
    expect(await view(client)).toMatchObject({ closedAt: null, askEvaluation: false });
    expect((await close(worker)).status).toBe(204);
    expect((await view(client)).askEvaluation).toBe(false);
  });

  it("exports the client's answers with their data, and erasure drops the remark but keeps the scores", async () => {
    await close(worker);
    await evaluate(client, { helpful: 2, understood: 3, again: false, remark: 'Ik wachtte lang op antwoord.' });
    const data = await t.app
      .get(PersonalDataRegistry)
      .sources()
      .find((s) => s.section === 'messages')!
      .collect(client.id);
    expect(data['messageEvaluations']).toEqual([
      expect.objectContaining({ threadId, skipped: false, helpful: 2, remark: 'Ik wachtte lang op antwoord.' }),
    ]);
    const eraser = t.app
      .get(PersonalDataEraserRegistry)
      .erasers()
      .find((e) => e.section === 'messages')!;
    await t.dataSource.transaction((db) => eraser.erase({ clientId: client.id, cases: 'all' }, db));
    expect(await stored()).toEqual([{ skipped: false, helpful: 2, understood: 3, again: false, remark: null }]);
  });

  it('answers 409 when the thread is closed already', async () => {
    await close(worker);
    expect((await close(worker)).status).toBe(409);
  });

  it('lets only the worker of the case close, and only the client of the thread answer (404 for others)', async () => {
    expect((await close(otherWorker)).status).toBe(404);
    expect((await close(foreignWorker)).status).toBe(404);
    expect((await close(worker, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await close(worker, 'not-an-id')).body.fields).toHaveProperty('threadId');
    await close(worker);
    expect((await evaluate(otherClient, { skip: true })).status).toBe(404);
    expect((await evaluate(client, { skip: true }, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(await stored()).toEqual([]);
  });

  it('refuses the routes to the wrong role (403)', async () => {
    expect((await close(client)).status).toBe(403);
    expect((await close(teamLead)).status).toBe(403);
    await close(worker);
    expect((await evaluate(worker, { skip: true })).status).toBe(403);
    expect((await evaluate(teamLead, { skip: true })).status).toBe(403);
    expect(await stored()).toEqual([]);
  });

  it.each([
    [{ helpful: 0, understood: 3, again: true }, 'helpful'],
    [{ helpful: 6, understood: 3, again: true }, 'helpful'],
    [{ helpful: 2.5, understood: 3, again: true }, 'helpful'],
    [{ helpful: 3, understood: '3', again: true }, 'understood'],
    [{ helpful: 3, understood: 3 }, 'again'],
    [{ helpful: 3, understood: 3, again: 'ja' }, 'again'],
    [{ helpful: 3, understood: 3, again: true, remark: 'x'.repeat(501) }, 'remark'],
    [{ helpful: 3, understood: 3, again: true, remark: 42 }, 'remark'],
    [{ skip: 'yes' }, 'skip'],
    [{ skip: true, helpful: 3 }, 'helpful'],
    [{ skip: true, remark: 'Toch iets' }, 'remark'],
  ])('answers 400 naming the field for %j and stores nothing', async (body, field) => {
    await close(worker);
    const res = await evaluate(client, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
    expect(await stored()).toEqual([]);
  });
});
