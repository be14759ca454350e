import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { IntakeModule } from '@nabij/intake/api';
import { formatAmsterdamDayTime } from '@nabij/platform/contracts';
import { createTestApp, HOUR, makeOrganisation, MINUTE, TestAccount, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { DeadlineService, MessagesModule } from '../index';
import { replyToThread, sendMessage } from './testing/message-factory';

const START = '2026-03-02T09:00:00Z';

// Every test gets an organisation of its own (see beforeEach), so each one runs alone (`jest -t`)
// and no test counts another's messages, notifications or deadlines.
describe('messages answered within 48 hours', () => {
  let t: TestApp;
  let deadlines: DeadlineService;
  const token: Record<string, string> = {};
  const id: Record<string, string> = {};
  const account: Record<string, TestAccount> = {};
  let caseId: string;
  const as = (who: string) => ({ Authorization: `Bearer ${token[who]}` });
  const send = (who: string, body: Record<string, unknown>) => t.http().post('/api/messages/mine').set(as(who)).send(body);
  const unread = async (who: string) => (await t.http().get('/api/messages/unread-count').set(as(who))).body.unread;
  const notificationsOf = (accountId: string) =>
    t.dataSource.query(`SELECT kind, thread_id FROM notification WHERE recipient_id = $1 ORDER BY created_at, kind`, [accountId]);

  const remember = (who: string, a: TestAccount) => {
    account[who] = a;
    token[who] = a.token;
    id[who] = a.id;
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule, DossierModule, MessagesModule] });
    deadlines = t.app.get(DeadlineService);
    // Read-only for every test: a worker of another organisation, and an admin.
    const other = await makeOrganisation(t, { name: 'Ander MW' });
    remember('foreignWorker', await makeWorker(t, { organisationId: other.organisationId, name: 'Piet Ander' }));
    remember('admin', await makeAdmin(t, { organisationId: other.organisationId }));
  });
  afterAll(() => t.close());

  // Sanne has a case with Youssef; Noor has no case yet; Daan is on duty; a team lead leads their team.
  beforeEach(async () => {
    t.clock.set(START);
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    remember('client', await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Sanne de Vries' }));
    remember('newClient', await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Noor Yilmaz' }));
    remember('worker', await makeWorker(t, { ...staff, name: 'Youssef Amrani' }));
    remember('duty', await makeWorker(t, { ...staff, name: 'Daan Bakker' }));
    remember('teamLead', await makeTeamLead(t, staff));
    // Daan is on duty (bureaudienst) every day, all day. Weekly roster lines are written directly: no
    // service writes them (chat's rota adds dated lines only; the seed or an operator writes these).
    for (let weekday = 1; weekday <= 7; weekday++) {
      await t.dataSource.query(
        `INSERT INTO chat_duty (organisation_id, worker_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, '00:00', '23:59:59')`,
        [org.organisationId, id['duty'], weekday],
      );
    }
    caseId = (await makeCase(t, { worker: account['worker'], clientId: id['client'], kindOfWork: 'hulp_online' })).id;
  });

  /** The client writes in their case thread; answers the thread id. */
  const clientWrites = async (body = 'Ik heb een brief van het CJIB gekregen, wat moet ik doen?') =>
    (await sendMessage(t, account['client'], { body })).threadId;

  /**
   * Sanne writes at 09:00 and again at 11:00, and Noor (no case) writes to the duty queue at 11:00;
   * the clock then stands at 11:00.
   */
  const clientsHaveWritten = async () => {
    const caseThread = await clientWrites();
    t.clock.advance(2 * HOUR);
    await clientWrites('En ik heb ook een aanmaning.');
    const dutyThread = (await sendMessage(t, account['newClient'], { body: 'Ik weet niet waar ik moet beginnen.' })).threadId;
    return { caseThread, dutyThread };
  };

  describe('sending', () => {
    it('stores a client message and promises an answer within 48 hours', async () => {
      const first = randomUUID();
      const res = await send('client', { id: first, body: 'Ik heb een brief van het CJIB gekregen, wat moet ik doen?' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        message: {
          id: first,
          senderRole: 'client',
          sender: { id: id['client'], name: 'Sanne de Vries' },
          receivedAt: '2026-03-02T09:00:00.000Z',
        },
        answerBy: '2026-03-04T09:00:00.000Z',
      });
      const caseThread = res.body.threadId;
      const [thread] = await t.dataSource.query(`SELECT case_id FROM message_thread WHERE id = $1`, [caseThread]);
      expect(thread.case_id).toBe(caseId);
    });

    it('answers a retried send with the same message and stores it once', async () => {
      const first = randomUUID();
      const caseThread = (
        await sendMessage(t, account['client'], { id: first, body: 'Ik heb een brief van het CJIB gekregen, wat moet ik doen?' })
      ).threadId;
      t.clock.advance(MINUTE);
      const retry = await send('client', { id: first, body: 'Ik heb een brief van het CJIB gekregen, wat moet ik doen?' });
      expect(retry.status).toBe(201);
      expect(retry.body).toMatchObject({
        message: { id: first, receivedAt: '2026-03-02T09:00:00.000Z' },
        threadId: caseThread,
        answerBy: '2026-03-04T09:00:00.000Z',
      });
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int FROM message WHERE id = $1`, [first]);
      expect(count).toBe(1);
      expect((await send('newClient', { id: first, body: 'kaping' })).status).toBe(409);
    });

    it('keeps the deadline of the oldest unanswered message when the client writes again', async () => {
      const caseThread = await clientWrites();
      t.clock.advance(2 * HOUR);
      const res = await send('client', { id: randomUUID(), body: 'En ik heb ook een aanmaning.' });
      expect(res.body.answerBy).toBe('2026-03-04T09:00:00.000Z');
      expect(res.body.threadId).toBe(caseThread);
    });

    it('rejects a bad id, an empty body and unknown fields with 400', async () => {
      const res = await send('client', { id: 'abc', body: '', html: '<b>' });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields).sort()).toEqual(['body', 'html', 'id']);
    });

    it('sends a client without a case to the duty queue of the organisation', async () => {
      const res = await send('newClient', { id: randomUUID(), body: 'Ik weet niet waar ik moet beginnen.' });
      expect(res.status).toBe(201);
      const [thread] = await t.dataSource.query(`SELECT case_id FROM message_thread WHERE id = $1`, [res.body.threadId]);
      expect(thread.case_id).toBeNull();
      for (const who of ['worker', 'duty']) {
        const inbox = await t.http().get('/api/messages/inbox').set(as(who));
        expect(inbox.body).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ id: res.body.threadId, dutyQueue: true, client: { id: id['newClient'], name: 'Noor Yilmaz' } }),
          ]),
        );
      }
      expect((await t.http().get('/api/messages/inbox').set(as('foreignWorker'))).body).toEqual([]);
      expect((await t.http().get(`/api/messages/inbox/${res.body.threadId}`).set(as('foreignWorker'))).status).toBe(404);
    });
  });

  describe('inbox, reading and answering', () => {
    it('sorts the inbox by deadline with time left, and only the assigned worker sees the case thread', async () => {
      const { caseThread } = await clientsHaveWritten();
      const res = await t.http().get('/api/messages/inbox').set(as('worker'));
      expect(res.status).toBe(200);
      expect(res.body[0]).toMatchObject({
        id: caseThread,
        dutyQueue: false,
        dueAt: '2026-03-04T09:00:00.000Z',
        secondsLeft: 46 * 3600,
        overdue: false,
        unread: 2,
      });
      expect(res.body.map((x: { dueAt: string }) => x.dueAt)).toEqual([...res.body.map((x: { dueAt: string }) => x.dueAt)].sort());
      expect((await t.http().get('/api/messages/inbox').set(as('duty'))).body.map((x: { id: string }) => x.id)).not.toContain(caseThread);
      expect((await t.http().get(`/api/messages/inbox/${caseThread}`).set(as('duty'))).status).toBe(404);
    });

    it('clears the unread count when the worker reads the thread, and logs the read', async () => {
      const { caseThread } = await clientsHaveWritten();
      expect(await unread('worker')).toBe(3);
      const res = await t.http().get(`/api/messages/inbox/${caseThread}`).set(as('worker'));
      expect(res.body.messages).toHaveLength(2);
      // Sender names come from identity's directory, one look-up for the whole thread.
      expect(res.body.messages.map((m: { sender: { name: string } }) => m.sender.name)).toEqual(['Sanne de Vries', 'Sanne de Vries']);
      expect(await unread('worker')).toBe(1);
      const [entry] = await t.dataSource.query(
        `SELECT actor_id, client_id FROM audit_entry WHERE resource_type = 'message_thread' AND resource_id = $1`,
        [caseThread],
      );
      expect(entry).toEqual({ actor_id: id['worker'], client_id: id['client'] });
      expect(await unread('client')).toBe(0);
    });

    it('stops the clock on a worker reply, records the deadline as met and mails the client without content', async () => {
      const { caseThread } = await clientsHaveWritten();
      const res = await t
        .http()
        .post(`/api/messages/inbox/${caseThread}/replies`)
        .set(as('worker'))
        .send({ id: randomUUID(), body: 'Stuur me een foto van de brief, dan bel ik je morgen.' });
      expect(res.status).toBe(201);
      expect(res.body.message.sender).toEqual({ id: id['worker'], name: 'Youssef Amrani' });
      expect(res.body.answerBy).toBeNull();
      const [sla] = await t.dataSource.query(`SELECT outcome, met_at, missed_at, answered_at FROM message_deadline WHERE thread_id = $1`, [
        caseThread,
      ]);
      expect(sla).toMatchObject({ outcome: 'met', missed_at: null });
      expect(new Date(sla.met_at).toISOString()).toBe('2026-03-02T11:00:00.000Z');
      const inbox = await t.http().get('/api/messages/inbox').set(as('worker'));
      expect(inbox.body.find((x: { id: string }) => x.id === caseThread)).toMatchObject({ dueAt: null, secondsLeft: null, overdue: false });
      const mails = await t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1`, [account['client'].email]);
      expect(mails).toHaveLength(1);
      expect(mails[0].text).not.toMatch(/foto|brief/);
      expect(await unread('client')).toBe(1);
      const threads = await t.http().get('/api/messages/mine').set(as('client'));
      expect(threads.body).toEqual([expect.objectContaining({ id: caseThread, unread: 1, answerBy: null })]);
      await t.http().get(`/api/messages/mine/${caseThread}`).set(as('client'));
      expect(await unread('client')).toBe(0);
    });

    it('lets nobody else read a client thread (404)', async () => {
      const caseThread = await clientWrites();
      expect((await t.http().get(`/api/messages/mine/${caseThread}`).set(as('newClient'))).status).toBe(404);
      expect(
        (await t.http().post(`/api/messages/inbox/${caseThread}/replies`).set(as('foreignWorker')).send({ id: randomUUID(), body: 'x' }))
          .status,
      ).toBe(404);
      expect((await send('newClient', { id: randomUUID(), body: 'x', caseId })).status).toBe(404);
    });

    it('refuses each route to the wrong role', async () => {
      const caseThread = await clientWrites();
      expect((await send('teamLead', { id: randomUUID(), body: 'x' })).status).toBe(403);
      expect((await send('worker', { id: randomUUID(), body: 'x' })).status).toBe(403);
      expect((await t.http().get('/api/messages/mine').set(as('worker'))).status).toBe(403);
      expect((await t.http().get(`/api/messages/mine/${caseThread}`).set(as('admin'))).status).toBe(403);
      expect((await t.http().get('/api/messages/inbox').set(as('client'))).status).toBe(403);
      expect((await t.http().get('/api/messages/inbox').set(as('teamLead'))).status).toBe(403);
      expect((await t.http().get(`/api/messages/inbox/${caseThread}`).set(as('teamLead'))).status).toBe(403);
      expect(
        (await t.http().post(`/api/messages/inbox/${caseThread}/replies`).set(as('client')).send({ id: randomUUID(), body: 'x' })).status,
      ).toBe(403);
      expect((await t.http().get('/api/messages/unread-count').set(as('teamLead'))).status).toBe(403);
      expect((await t.http().get('/api/notifications').set(as('client'))).status).toBe(403);
      expect((await t.http().get('/api/messages/inbox')).status).toBe(401);
    });
  });

  describe('deadline check', () => {
    // The check runs over the whole database: first let it finish every deadline that other tests
    // left running (escalated once, never again), so the counts below are this test's own.
    beforeEach(async () => {
      t.clock.set('2026-06-01T09:00:00Z');
      while ((await deadlines.check()).escalated > 0);
      t.clock.set(START);
    });

    it('lets the duty worker answer the duty queue, which stops its deadlines', async () => {
      await sendMessage(t, account['newClient'], { body: 'Ik weet niet waar ik moet beginnen.' });
      const inbox = await t.http().get('/api/messages/inbox').set(as('duty'));
      expect(inbox.body).toHaveLength(1);
      for (const th of inbox.body)
        await t
          .http()
          .post(`/api/messages/inbox/${th.id}/replies`)
          .set(as('duty'))
          .send({ id: randomUUID(), body: 'Welkom, ik help je verder.' });
      expect(
        (await t.http().get('/api/messages/inbox').set(as('duty'))).body.every((x: { dueAt: string | null }) => x.dueAt === null),
      ).toBe(true);
    });

    it('warns the assigned worker 6 hours before the deadline, once, by notification and a content-free mail', async () => {
      const sent = await send('client', { id: randomUUID(), body: 'Mijn huisbaas dreigt met ontruiming.' });
      const dueAt = new Date(sent.body.answerBy).getTime();
      t.clock.set(new Date(dueAt - 6 * HOUR - MINUTE));
      expect(await deadlines.check()).toEqual({ warned: 0, escalated: 0 });
      t.clock.advance(MINUTE);
      const [a, b] = await Promise.all([deadlines.check(), deadlines.check()]);
      expect(a.warned + b.warned).toBe(1);
      expect(await deadlines.check()).toEqual({ warned: 0, escalated: 0 });
      expect(await notificationsOf(id['worker'])).toEqual([
        { kind: 'new_message', thread_id: sent.body.threadId },
        { kind: 'message_due_soon', thread_id: sent.body.threadId },
      ]);
      const [mail] = await t.dataSource.query(`SELECT text FROM outbox_mail WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [
        account['worker'].email,
      ]);
      expect(mail.text).toMatch(/binnen 6 uur/);
      // The same concrete deadline as the pages show, in Amsterdam time.
      expect(mail.text).toContain(`uiterlijk ${formatAmsterdamDayTime(sent.body.answerBy, 'nl-NL')}`);
      expect(mail.text).not.toMatch(/huisbaas|ontruiming|Sanne/);
    });

    it('escalates at the deadline to the duty worker and the team lead and records the miss', async () => {
      // The thread's first deadline was met by a reply; the second one was warned about and runs out.
      const caseThread = await clientWrites();
      await replyToThread(t, account['worker'], caseThread, 'Stuur me een foto van de brief.');
      const { answerBy } = await sendMessage(t, account['client'], { body: 'Mijn huisbaas dreigt met ontruiming.' });
      t.clock.set(new Date(new Date(answerBy!).getTime() - 6 * HOUR));
      expect(await deadlines.check()).toEqual({ warned: 1, escalated: 0 });
      t.clock.advance(6 * HOUR);
      expect(await deadlines.check()).toEqual({ warned: 0, escalated: 1 });
      expect(await deadlines.check()).toEqual({ warned: 0, escalated: 0 });
      expect(await notificationsOf(id['duty'])).toEqual([{ kind: 'message_overdue', thread_id: caseThread }]);
      expect(await notificationsOf(id['teamLead'])).toEqual([{ kind: 'message_overdue', thread_id: caseThread }]);
      const overdue = (await t.http().get('/api/messages/inbox').set(as('worker'))).body.find((x: { id: string }) => x.id === caseThread);
      expect(overdue).toMatchObject({ overdue: true, secondsLeft: 0 });
      t.clock.advance(HOUR);
      expect((await t.http().get('/api/messages/inbox').set(as('worker'))).body[0]).toMatchObject({
        id: caseThread,
        overdue: true,
        secondsLeft: -3600,
      });

      // The team lead sees that something is overdue, never the message.
      const leadNotes = await t.http().get('/api/notifications').set(as('teamLead'));
      expect(leadNotes.body).toEqual([expect.objectContaining({ kind: 'message_overdue', threadId: caseThread, readAt: null })]);
      expect(JSON.stringify(leadNotes.body)).not.toMatch(/huisbaas/);
      expect((await t.http().post(`/api/notifications/${leadNotes.body[0].id}/read`).set(as('teamLead'))).status).toBe(204);
      expect((await t.http().post(`/api/notifications/${leadNotes.body[0].id}/read`).set(as('worker'))).status).toBe(404);

      await t
        .http()
        .post(`/api/messages/inbox/${caseThread}/replies`)
        .set(as('worker'))
        .send({ id: randomUUID(), body: 'Sorry voor de late reactie.' });
      const history = await t.dataSource.query(`SELECT outcome FROM message_deadline WHERE thread_id = $1 ORDER BY started_at`, [
        caseThread,
      ]);
      expect(history).toEqual([{ outcome: 'met' }, { outcome: 'missed' }]);
      expect(await deadlines.check()).toEqual({ warned: 0, escalated: 0 });
    });
  });
});
