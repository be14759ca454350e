import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoModule, DemoSeedService } from '@nabij/demo/api';
import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { createTestApp, HOUR, MINUTE, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { DeadlineService, MessagesModule } from '../index';

// Real PostgreSQL and argon2 logins: slower than unit tests, especially on a busy machine.
jest.setTimeout(30_000);

describe('messages answered within 48 hours', () => {
  let t: TestApp;
  let deadlines: DeadlineService;
  const token: Record<string, string> = {};
  const id: Record<string, string> = {};
  let caseThread: string;
  let caseId: string;
  const as = (who: string) => ({ Authorization: `Bearer ${token[who]}` });
  const send = (who: string, body: Record<string, unknown>) => t.http().post('/api/messages/mine').set(as(who)).send(body);
  const unread = async (who: string) => (await t.http().get('/api/messages/unread-count').set(as(who))).body.unread;
  const notificationsOf = (accountId: string) => t.dataSource.query(`SELECT kind, thread_id FROM notification WHERE recipient_id = $1 ORDER BY created_at, kind`, [accountId]);

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule, DemoModule, DossierModule, MessagesModule] });
    deadlines = t.app.get(DeadlineService);
    await t.app.get(DemoSeedService).seedOnce();
    const [{ password_hash: hash, organisation_id: org, financier_id: leiden }] = await t.dataSource.query(`SELECT password_hash, organisation_id, financier_id FROM account WHERE email = $1`, [DEMO_ACCOUNTS.client]);
    const [other] = await t.dataSource.query(`INSERT INTO organisation (name, slug) VALUES ('Ander MW', 'ander-mw') RETURNING id`);
    const add = async (email: string, role: string, name: string, orgId: string, financierId: string | null = null) =>
      (await t.dataSource.query(`INSERT INTO account (email, password_hash, role, name, organisation_id, financier_id, email_verified_at) VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING id`, [email, hash, role, name, orgId, financierId]))[0].id;
    await add('duty@demo.nabij.nl', 'worker', 'Daan Bakker', org);
    await add('nieuw@demo.nabij.nl', 'client', 'Noor Yilmaz', org, leiden);
    await add('werker@ander.nl', 'worker', 'Piet Ander', other.id);
    const logins = { ...DEMO_ACCOUNTS, duty: 'duty@demo.nabij.nl', newClient: 'nieuw@demo.nabij.nl', foreignWorker: 'werker@ander.nl' };
    for (const [who, email] of Object.entries(logins)) {
      token[who] = await t.login(email, DEMO_PASSWORD);
      id[who] = (await t.dataSource.query(`SELECT id FROM account WHERE email = $1`, [email]))[0].id;
    }
    // Daan is on duty (bureaudienst) every day, all day.
    for (let weekday = 1; weekday <= 7; weekday++) {
      await t.dataSource.query(`INSERT INTO chat_duty (organisation_id, worker_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, '00:00', '23:59:59')`, [org, id['duty'], weekday]);
    }
    caseId = (await t.http().post('/api/dossier/cases').set(as('worker')).send({ clientId: id['client'], kindOfWork: 'hulp_online' })).body.id;
  });
  afterAll(() => t.close());

  describe('sending', () => {
    const first = randomUUID();

    it('stores a client message and promises an answer within 48 hours', async () => {
      const res = await send('client', { id: first, body: 'Ik heb een brief van het CJIB gekregen, wat moet ik doen?' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ message: { id: first, senderRole: 'client', receivedAt: '2026-03-02T09:00:00.000Z' }, answerBy: '2026-03-04T09:00:00.000Z' });
      caseThread = res.body.threadId;
      const [thread] = await t.dataSource.query(`SELECT case_id FROM message_thread WHERE id = $1`, [caseThread]);
      expect(thread.case_id).toBe(caseId);
    });

    it('answers a retried send with the same message and stores it once', async () => {
      t.clock.advance(MINUTE);
      const retry = await send('client', { id: first, body: 'Ik heb een brief van het CJIB gekregen, wat moet ik doen?' });
      expect(retry.status).toBe(201);
      expect(retry.body).toMatchObject({ message: { id: first, receivedAt: '2026-03-02T09:00:00.000Z' }, threadId: caseThread, answerBy: '2026-03-04T09:00:00.000Z' });
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int FROM message WHERE id = $1`, [first]);
      expect(count).toBe(1);
      expect((await send('newClient', { id: first, body: 'kaping' })).status).toBe(409);
    });

    it('keeps the deadline of the oldest unanswered message when the client writes again', async () => {
      t.clock.advance(2 * HOUR - MINUTE);
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
        expect(inbox.body).toEqual(expect.arrayContaining([expect.objectContaining({ id: res.body.threadId, dutyQueue: true, client: { id: id['newClient'], name: 'Noor Yilmaz' } })]));
      }
      expect((await t.http().get('/api/messages/inbox').set(as('foreignWorker'))).body).toEqual([]);
      expect((await t.http().get(`/api/messages/inbox/${res.body.threadId}`).set(as('foreignWorker'))).status).toBe(404);
    });
  });

  describe('inbox, reading and answering', () => {
    it('sorts the inbox by deadline with time left, and only the assigned worker sees the case thread', async () => {
      const res = await t.http().get('/api/messages/inbox').set(as('worker'));
      expect(res.status).toBe(200);
      expect(res.body[0]).toMatchObject({ id: caseThread, dutyQueue: false, dueAt: '2026-03-04T09:00:00.000Z', secondsLeft: 46 * 3600, overdue: false, unread: 2 });
      expect(res.body.map((x: { dueAt: string }) => x.dueAt)).toEqual([...res.body.map((x: { dueAt: string }) => x.dueAt)].sort());
      expect((await t.http().get('/api/messages/inbox').set(as('duty'))).body.map((x: { id: string }) => x.id)).not.toContain(caseThread);
      expect((await t.http().get(`/api/messages/inbox/${caseThread}`).set(as('duty'))).status).toBe(404);
    });

    it('clears the unread count when the worker reads the thread, and logs the read', async () => {
      expect(await unread('worker')).toBe(3);
      const res = await t.http().get(`/api/messages/inbox/${caseThread}`).set(as('worker'));
      expect(res.body.messages).toHaveLength(2);
      expect(await unread('worker')).toBe(1);
      const [entry] = await t.dataSource.query(`SELECT actor_id, client_id FROM audit_entry WHERE resource_type = 'message_thread' AND resource_id = $1`, [caseThread]);
      expect(entry).toEqual({ actor_id: id['worker'], client_id: id['client'] });
      expect(await unread('client')).toBe(0);
    });

    it('stops the clock on a worker reply, records the deadline as met and mails the client without content', async () => {
      const res = await t.http().post(`/api/messages/inbox/${caseThread}/replies`).set(as('worker')).send({ id: randomUUID(), body: 'Stuur me een foto van de brief, dan bel ik je morgen.' });
      expect(res.status).toBe(201);
      expect(res.body.answerBy).toBeNull();
      const [sla] = await t.dataSource.query(`SELECT outcome, met_at, missed_at, answered_at FROM message_deadline WHERE thread_id = $1`, [caseThread]);
      expect(sla).toMatchObject({ outcome: 'met', missed_at: null });
      expect(new Date(sla.met_at).toISOString()).toBe('2026-03-02T11:00:00.000Z');
      const inbox = await t.http().get('/api/messages/inbox').set(as('worker'));
      expect(inbox.body.find((x: { id: string }) => x.id === caseThread)).toMatchObject({ dueAt: null, secondsLeft: null, overdue: false });
      const mails = await t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1`, [DEMO_ACCOUNTS.client]);
      expect(mails).toHaveLength(1);
      expect(mails[0].text).not.toMatch(/foto|brief/);
      expect(await unread('client')).toBe(1);
      const threads = await t.http().get('/api/messages/mine').set(as('client'));
      expect(threads.body).toEqual([expect.objectContaining({ id: caseThread, unread: 1, answerBy: null })]);
      await t.http().get(`/api/messages/mine/${caseThread}`).set(as('client'));
      expect(await unread('client')).toBe(0);
    });

    it('lets nobody else read a client thread (404)', async () => {
      expect((await t.http().get(`/api/messages/mine/${caseThread}`).set(as('newClient'))).status).toBe(404);
      expect((await t.http().post(`/api/messages/inbox/${caseThread}/replies`).set(as('foreignWorker')).send({ id: randomUUID(), body: 'x' })).status).toBe(404);
      expect((await send('newClient', { id: randomUUID(), body: 'x', caseId })).status).toBe(404);
    });

    it('refuses each route to the wrong role', async () => {
      expect((await send('teamLead', { id: randomUUID(), body: 'x' })).status).toBe(403);
      expect((await send('worker', { id: randomUUID(), body: 'x' })).status).toBe(403);
      expect((await t.http().get('/api/messages/mine').set(as('worker'))).status).toBe(403);
      expect((await t.http().get(`/api/messages/mine/${caseThread}`).set(as('admin'))).status).toBe(403);
      expect((await t.http().get('/api/messages/inbox').set(as('client'))).status).toBe(403);
      expect((await t.http().get('/api/messages/inbox').set(as('teamLead'))).status).toBe(403);
      expect((await t.http().get(`/api/messages/inbox/${caseThread}`).set(as('teamLead'))).status).toBe(403);
      expect((await t.http().post(`/api/messages/inbox/${caseThread}/replies`).set(as('client')).send({ id: randomUUID(), body: 'x' })).status).toBe(403);
      expect((await t.http().get('/api/messages/unread-count').set(as('teamLead'))).status).toBe(403);
      expect((await t.http().get('/api/notifications').set(as('client'))).status).toBe(403);
      expect((await t.http().get('/api/messages/inbox')).status).toBe(401);
    });
  });

  describe('deadline check', () => {
    it('answers the duty queue thread first so only the case thread is running', async () => {
      const inbox = await t.http().get('/api/messages/inbox').set(as('duty'));
      for (const th of inbox.body) await t.http().post(`/api/messages/inbox/${th.id}/replies`).set(as('duty')).send({ id: randomUUID(), body: 'Welkom, ik help je verder.' });
      expect((await t.http().get('/api/messages/inbox').set(as('duty'))).body.every((x: { dueAt: string | null }) => x.dueAt === null)).toBe(true);
    });

    it('warns the assigned worker 6 hours before the deadline, once, by notification and a content-free mail', async () => {
      await t.dataSource.query(`DELETE FROM notification`);
      const sent = await send('client', { id: randomUUID(), body: 'Mijn huisbaas dreigt met ontruiming.' });
      const dueAt = new Date(sent.body.answerBy).getTime();
      t.clock.set(new Date(dueAt - 6 * HOUR - MINUTE));
      expect(await deadlines.check()).toEqual({ warned: 0, escalated: 0 });
      t.clock.advance(MINUTE);
      const [a, b] = await Promise.all([deadlines.check(), deadlines.check()]);
      expect(a.warned + b.warned).toBe(1);
      expect(await deadlines.check()).toEqual({ warned: 0, escalated: 0 });
      expect(await notificationsOf(id['worker'])).toEqual([
        { kind: 'new_message', thread_id: caseThread },
        { kind: 'message_due_soon', thread_id: caseThread },
      ]);
      const [mail] = await t.dataSource.query(`SELECT text FROM outbox_mail WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [DEMO_ACCOUNTS.worker]);
      expect(mail.text).toMatch(/binnen 6 uur/);
      expect(mail.text).not.toMatch(/huisbaas|ontruiming|Sanne/);
    });

    it('escalates at the deadline to the duty worker and the team lead and records the miss', async () => {
      t.clock.advance(6 * HOUR);
      expect(await deadlines.check()).toEqual({ warned: 0, escalated: 1 });
      expect(await deadlines.check()).toEqual({ warned: 0, escalated: 0 });
      expect(await notificationsOf(id['duty'])).toEqual([{ kind: 'message_overdue', thread_id: caseThread }]);
      expect(await notificationsOf(id['teamLead'])).toEqual([{ kind: 'message_overdue', thread_id: caseThread }]);
      const overdue = (await t.http().get('/api/messages/inbox').set(as('worker'))).body.find((x: { id: string }) => x.id === caseThread);
      expect(overdue).toMatchObject({ overdue: true, secondsLeft: 0 });
      t.clock.advance(HOUR);
      expect((await t.http().get('/api/messages/inbox').set(as('worker'))).body[0]).toMatchObject({ id: caseThread, overdue: true, secondsLeft: -3600 });

      // The team lead sees that something is overdue, never the message.
      const leadNotes = await t.http().get('/api/notifications').set(as('teamLead'));
      expect(leadNotes.body).toEqual([expect.objectContaining({ kind: 'message_overdue', threadId: caseThread, readAt: null })]);
      expect(JSON.stringify(leadNotes.body)).not.toMatch(/huisbaas/);
      expect((await t.http().post(`/api/notifications/${leadNotes.body[0].id}/read`).set(as('teamLead'))).status).toBe(204);
      expect((await t.http().post(`/api/notifications/${leadNotes.body[0].id}/read`).set(as('worker'))).status).toBe(404);

      await t.http().post(`/api/messages/inbox/${caseThread}/replies`).set(as('worker')).send({ id: randomUUID(), body: 'Sorry voor de late reactie.' });
      const history = await t.dataSource.query(`SELECT outcome FROM message_deadline WHERE thread_id = $1 ORDER BY started_at`, [caseThread]);
      expect(history).toEqual([{ outcome: 'met' }, { outcome: 'missed' }]);
      expect(await deadlines.check()).toEqual({ warned: 0, escalated: 0 });
    });
  });
});
