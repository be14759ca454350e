import { DossierModule } from '@nabij/dossier/api';
import { AUDIT_LINES } from '@nabij/platform/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, HOUR, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { InboxService, MessagesModule } from '../index';
import { MessagesRepository } from './messages.repository';
import { replyToThread, sendMessage } from './testing/message-factory';

jest.setTimeout(60_000);

/** GET /api/messages/inbox/counts: the worker's navigation numbers, for their own threads only. */
describe('inbox counts for the navigation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, MessagesModule] });
  });
  afterAll(() => t.close());

  /** An organisation where Sanne has a case with Youssef. */
  async function organisation() {
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Sanne de Vries' });
    const worker = await makeWorker(t, { ...staff, name: 'Youssef Amrani' });
    await makeCase(t, { worker, clientId: client.id, kindOfWork: 'hulp_online' });
    return { org, staff, client, worker };
  }
  const counts = (who: TestAccount) => t.http().get('/api/messages/inbox/counts').set('Authorization', `Bearer ${who.token}`);

  it('counts what is unread, due within 6 hours and overdue, and stops counting once answered', async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    const { client, worker } = await organisation();
    expect((await counts(worker)).body).toEqual({ dueSoon: 0, overdue: 0, unread: 0 });
    const { threadId } = await sendMessage(t, client, { body: 'Ik heb een brief van het CJIB gekregen.' });
    expect((await counts(worker)).body).toEqual({ dueSoon: 0, overdue: 0, unread: 1 });
    t.clock.advance(43 * HOUR);
    expect((await counts(worker)).body).toEqual({ dueSoon: 1, overdue: 0, unread: 1 });
    t.clock.advance(5 * HOUR);
    expect((await counts(worker)).body).toEqual({ dueSoon: 0, overdue: 1, unread: 1 });
    await replyToThread(t, worker, threadId, 'Stuur me een foto van de brief.');
    expect((await counts(worker)).body).toEqual({ dueSoon: 0, overdue: 0, unread: 0 });
  });

  it("counts each thread's unread messages in the inbox list, from the other side only and after what was read", async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    const { org, client, worker } = await organisation();
    const other = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Bram Peters' });
    await makeCase(t, { worker, clientId: other.id, kindOfWork: 'hulp_online' });
    const inbox = async () =>
      (await t.http().get('/api/messages/inbox').set('Authorization', `Bearer ${worker.token}`)).body as { id: string; unread: number }[];

    const { threadId: first } = await sendMessage(t, client, { body: 'Ik heb een brief van de Belastingdienst.' });
    await sendMessage(t, client, { body: 'Het gaat om de toeslag.' });
    await sendMessage(t, client, { body: 'Ik moet vóór vrijdag reageren.' });
    const { threadId: second } = await sendMessage(t, other, { body: 'Kunnen we volgende week bellen?' });
    expect(Object.fromEntries((await inbox()).map((x) => [x.id, x.unread]))).toEqual({ [first]: 3, [second]: 1 });

    // Reading a thread clears it; what comes after counts again; the worker's own reply never counts.
    await t.http().get(`/api/messages/inbox/${first}`).set('Authorization', `Bearer ${worker.token}`).expect(200);
    await replyToThread(t, worker, first, 'Stuur me een foto van de brief, dan kijk ik mee.');
    await sendMessage(t, client, { body: 'Hier is de foto.' });
    const list = await inbox();
    expect(Object.fromEntries(list.map((x) => [x.id, x.unread]))).toEqual({ [first]: 1, [second]: 1 });
    expect((await counts(worker)).body.unread).toBe(2);
    // Both are due at the same time and last written at the same time: the list keeps one order (by id).
    expect(list.map((x) => x.id)).toEqual([first, second].sort());
  });

  it('gives no numbers from another worker or another organisation, and answers no names', async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    const { org, client } = await organisation();
    await sendMessage(t, client, { body: 'Mijn huisbaas dreigt met ontruiming.' });
    const colleague = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const foreign = await makeWorker(t, { organisationId: (await makeOrganisation(t)).organisationId });
    expect((await counts(colleague)).body).toEqual({ dueSoon: 0, overdue: 0, unread: 0 });
    const answer = await counts(foreign);
    expect(answer.body).toEqual({ dueSoon: 0, overdue: 0, unread: 0 });
    expect(JSON.stringify(answer.body)).not.toMatch(/Sanne|huisbaas/);
  });

  it("shares one read between a worker's inbox and counts asked at the same moment, and still sees what came before", async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    const { org, client, worker } = await organisation();
    const colleague = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const other = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    await makeCase(t, { worker: colleague, clientId: other.id, kindOfWork: 'hulp_online' });
    await sendMessage(t, client, { body: 'Mijn uitkering is te laat.' });
    await sendMessage(t, other, { body: 'Ik krijg een brief van de deurwaarder.' });
    const inbox = t.app.get(InboxService);
    const reads = jest.spyOn(t.app.get(MessagesRepository), 'workerInbox');
    const meta = { ip: '127.0.0.1', userAgent: 'jest' };
    try {
      const [list, numbers, again, colleagues] = await Promise.all([
        inbox.inbox(worker, meta),
        inbox.counts(worker),
        inbox.inbox(worker, meta),
        inbox.inbox(colleague, meta),
      ]);
      // One read for the worker's three asks, one for the colleague's.
      expect(reads).toHaveBeenCalledTimes(2);
      expect(list.map((x) => x.client.id)).toEqual([client.id]);
      expect(again).toEqual(list);
      expect(numbers).toEqual({ dueSoon: 0, overdue: 0, unread: 1 });
      expect(colleagues.map((x) => x.client.id)).toEqual([other.id]);
      // A shared read still logs every view of the list (one list entry per view, a line per client shown); the counts show no one.
      const logged = await t.dataSource.query(
        `SELECT actor_id, client_id, resource_id, ip, user_agent FROM ${AUDIT_LINES}
          WHERE resource_type = 'message_inbox' AND actor_id = ANY($1) ORDER BY actor_id = $2 DESC`,
        [[worker.id, colleague.id], worker.id],
      );
      const entry = (who: TestAccount, clientId: string, threadId: string) => ({
        actor_id: who.id,
        client_id: clientId,
        resource_id: threadId,
        ip: '127.0.0.1',
        user_agent: 'jest',
      });
      expect(logged).toEqual([
        entry(worker, client.id, list[0].id),
        entry(worker, client.id, list[0].id),
        entry(colleague, other.id, colleagues[0].id),
      ]);
      // An ask after the read sees what was written since.
      await sendMessage(t, client, { body: 'Ze zeggen dat ik een formulier mis.' });
      expect(await inbox.counts(worker)).toEqual({ dueSoon: 0, overdue: 0, unread: 2 });
      expect(reads).toHaveBeenCalledTimes(3);
    } finally {
      reads.mockRestore();
    }
  });

  it("fails only the asks of the worker whose read failed, not another worker's in the same group", async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    const { org, client, worker } = await organisation();
    const colleague = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    await sendMessage(t, client, { body: 'Kan ik deze week langskomen?' });
    const inbox = t.app.get(InboxService);
    const repository = t.app.get(MessagesRepository);
    const original = repository.workerInbox.bind(repository);
    const reads = jest
      .spyOn(repository, 'workerInbox')
      .mockImplementation((scope) => (scope.id === colleague.id ? Promise.reject(new Error('read failed')) : original(scope)));
    try {
      const [mine, theirs] = await Promise.allSettled([inbox.counts(worker), inbox.counts(colleague)]);
      expect(reads).toHaveBeenCalledTimes(2);
      expect(mine).toEqual({ status: 'fulfilled', value: { dueSoon: 0, overdue: 0, unread: 1 } });
      expect(theirs).toMatchObject({ status: 'rejected', reason: new Error('read failed') });
    } finally {
      reads.mockRestore();
    }
  });

  it('refuses clients, team leads and admins (403) and anyone not logged in (401)', async () => {
    const { org, staff, client } = await organisation();
    expect((await counts(client)).status).toBe(403);
    expect((await counts(await makeTeamLead(t, staff))).status).toBe(403);
    expect((await counts(await makeAdmin(t, { organisationId: org.organisationId }))).status).toBe(403);
    expect((await t.http().get('/api/messages/inbox/counts')).status).toBe(401);
  });
});
