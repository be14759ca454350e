import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { MessagesModule } from '@nabij/messages/api';
import { MailService, PersonalDataEraserRegistry, PersonalDataRegistry } from '@nabij/platform/api';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { ERASURE_RULES } from '@nabij/privacy/contracts';
import { PrivacyModule } from '../../index';

const PASSWORD = 'Zeven-Bruggen-Over-De-Rijn-42';
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20)]);

/** Deletion requests (AVG art. 17): the client asks, the worker or admin reads the plan, an admin executes. */
describe('deletion requests', () => {
  let t: TestApp;
  let documentsDir: string;

  beforeAll(async () => {
    documentsDir = mkdtempSync(join(tmpdir(), 'nabij-erase-'));
    t = await createTestApp({
      imports: [IdentityModule, IntakeModule, DossierModule, MessagesModule, PrivacyModule],
      env: { DOCUMENTS_DIR: documentsDir },
    });
  });
  afterAll(() => t.close());

  interface World {
    client: TestAccount;
    worker: TestAccount;
    colleague: TestAccount;
    admin: TestAccount;
    teamLead: TestAccount;
    caseId: string;
  }

  /** An organisation with a client whose worker wrote a goal, who sent a message and uploaded a document. */
  async function world(options: { password?: string } = {}): Promise<World> {
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    const worker = await makeWorker(t, { ...staff, name: 'Youssef Amrani' });
    const colleague = await makeWorker(t, { ...staff, name: 'Fatima El Idrissi' });
    const admin = await makeAdmin(t, staff);
    const teamLead = await makeTeamLead(t, staff);
    const client = await makeClient(t, {
      organisationId: org.organisationId,
      financierId: org.financierId,
      name: 'Sanne de Vries',
      postcode: '2312 AB',
      ...(options.password ? { password: options.password } : {}),
    });
    const c = await makeCase(t, { worker, clientId: client.id });
    const http = t.http();
    await http.post(`/api/dossier/cases/${c.id}/goals`).set(bearer(worker)).send({ text: 'Schulden op een rij zetten' }).expect(201);
    await http
      .post('/api/messages/mine')
      .set(bearer(client))
      .field('id', randomUUID())
      .field('body', 'Ik heb een brief van de Belastingdienst gekregen.')
      .field('caseId', c.id)
      .attach('files', pdf, { filename: 'brief-belastingdienst.pdf', contentType: 'application/pdf' })
      .expect(201);
    await http
      .post(`/api/dossier/cases/${c.id}/documents`)
      .set(bearer(client))
      .attach('file', pdf, { filename: 'aanmaning.pdf', contentType: 'application/pdf' })
      .expect(201);
    return { client, worker, colleague, admin, teamLead, caseId: c.id };
  }

  const ask = (who: TestAccount | string, body: object = { reason: 'Ik ben verhuisd en wil opnieuw beginnen.' }) =>
    t.http().post('/api/privacy/deletion-requests').set(bearer(who)).send(body);

  describe('the client', () => {
    it('asks once: a second open request is 409 deletion_request_open', async () => {
      const w = await world();
      const first = await ask(w.client);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ status: 'requested', reason: 'Ik ben verhuisd en wil opnieuw beginnen.', handledAt: null });
      const second = await ask(w.client);
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('deletion_request_open');
    });

    it('sees their own requests, and withdraws an open one (then may ask again)', async () => {
      const w = await world();
      const { body: created } = await ask(w.client, {});
      const mine = await t.http().get('/api/privacy/deletion-requests/mine').set(bearer(w.client)).expect(200);
      expect(mine.body).toEqual([expect.objectContaining({ id: created.id, status: 'requested', reason: null })]);
      const withdrawn = await t.http().post(`/api/privacy/deletion-requests/${created.id}/withdraw`).set(bearer(w.client));
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.status).toBe('withdrawn');
      const again = await t.http().post(`/api/privacy/deletion-requests/${created.id}/withdraw`).set(bearer(w.client));
      expect(again.status).toBe(409);
      expect((await ask(w.client)).status).toBe(201);
    });

    it('cannot withdraw another client’s request (404)', async () => {
      const w = await world();
      const other = await world();
      const { body } = await ask(other.client);
      expect((await t.http().post(`/api/privacy/deletion-requests/${body.id}/withdraw`).set(bearer(w.client))).status).toBe(404);
    });

    it('gets 400 naming reason for a reason that is too long or not text', async () => {
      const w = await world();
      for (const reason of ['x'.repeat(2001), 42]) {
        const res = await ask(w.client, { reason });
        expect(res.status).toBe(400);
        expect(Object.keys(res.body.fields)).toEqual(['reason']);
      }
    });

    it('gets 400 naming id for an id that is not a UUID', async () => {
      const w = await world();
      const res = await t.http().post('/api/privacy/deletion-requests/abc/withdraw').set(bearer(w.client));
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields ?? {})).toEqual(['id']);
    });

    it('writes the request and the withdrawal to the audit log', async () => {
      const w = await world();
      const { body } = await ask(w.client);
      await t.http().post(`/api/privacy/deletion-requests/${body.id}/withdraw`).set(bearer(w.client)).expect(200);
      const rows = await t.dataSource.query(
        `SELECT action, reason FROM audit_entry WHERE resource_type = 'deletion_request' AND resource_id = $1 ORDER BY id`,
        [body.id],
      );
      expect(rows).toEqual([
        { action: 'create', reason: null },
        { action: 'update', reason: 'withdrawn' },
      ]);
    });
  });

  describe('staff', () => {
    it('the assigned worker sees the open request without content; a colleague does not', async () => {
      const w = await world();
      const other = await world();
      const { body } = await ask(w.client);
      await ask(other.client);
      const mine = await t.http().get('/api/privacy/deletion-requests').set(bearer(w.worker)).expect(200);
      expect(mine.body).toEqual([
        { id: body.id, clientId: w.client.id, clientName: 'Sanne de Vries', status: 'requested', createdAt: expect.any(String) },
      ]);
      const colleague = await t.http().get('/api/privacy/deletion-requests').set(bearer(w.colleague)).expect(200);
      expect(colleague.body).toEqual([]);
      const [logged] = await t.dataSource.query(
        `SELECT reason FROM audit_entry WHERE actor_id = $1 AND action = 'read' AND resource_type = 'deletion_request'`,
        [w.worker.id],
      );
      expect(logged.reason).toBe('list: 1 open');
      expect((await t.http().get(`/api/privacy/deletion-requests/${body.id}`).set(bearer(w.colleague))).status).toBe(404);
    });

    it('the admin sees every open request of the organisation, none of another', async () => {
      const w = await world();
      const other = await world();
      const { body } = await ask(w.client);
      const { body: theirs } = await ask(other.client);
      const list = await t.http().get('/api/privacy/deletion-requests').set(bearer(w.admin)).expect(200);
      expect(list.body.map((r: { id: string }) => r.id)).toEqual([body.id]);
      expect((await t.http().get(`/api/privacy/deletion-requests/${theirs.id}`).set(bearer(w.admin))).status).toBe(404);
      expect((await t.http().post(`/api/privacy/deletion-requests/${theirs.id}/execute`).set(bearer(w.admin))).status).toBe(404);
      expect(
        (await t.http().post(`/api/privacy/deletion-requests/${theirs.id}/decline`).set(bearer(w.admin)).send({ note: 'Nee' })).status,
      ).toBe(404);
    });

    it('shows the plan: every rule, with what this client has now, and logs the read', async () => {
      const w = await world();
      const { body } = await ask(w.client);
      const res = await t.http().get(`/api/privacy/deletion-requests/${body.id}`).set(bearer(w.worker)).expect(200);
      expect(res.body.plan.map((l: { kind: string }) => l.kind)).toEqual(ERASURE_RULES.map((r) => r.kind));
      const count = (kind: string) => res.body.plan.find((l: { kind: string }) => l.kind === kind).count;
      expect(count('account')).toBe(1);
      expect(count('dossier')).toBe(2); // the goal and the document
      expect(count('messages')).toBe(1);
      expect(count('cases')).toBe(1);
      expect(count('access_log')).toBeGreaterThan(0);
      expect(res.body.plan.find((l: { kind: string }) => l.kind === 'access_log')).toMatchObject({
        action: 'keep',
        why: { nl: expect.stringContaining('5 jaar') },
      });
      const [entry] = await t.dataSource.query(
        `SELECT actor_id, client_id FROM audit_entry WHERE action = 'read' AND resource_type = 'deletion_request' AND resource_id = $1`,
        [body.id],
      );
      expect(entry).toEqual({ actor_id: w.worker.id, client_id: w.client.id });
    });

    it('refuses a team lead every staff route (403: no client content for team leads)', async () => {
      const w = await world();
      const { body } = await ask(w.client);
      const base = `/api/privacy/deletion-requests`;
      expect((await t.http().get(base).set(bearer(w.teamLead))).status).toBe(403);
      expect((await t.http().get(`${base}/${body.id}`).set(bearer(w.teamLead))).status).toBe(403);
      expect((await t.http().post(`${base}/${body.id}/execute`).set(bearer(w.teamLead))).status).toBe(403);
      expect((await t.http().post(`${base}/${body.id}/decline`).set(bearer(w.teamLead)).send({ note: 'x' })).status).toBe(403);
    });

    it('refuses staff the client routes and a client the staff routes (403)', async () => {
      const w = await world();
      const { body } = await ask(w.client);
      expect((await ask(w.worker)).status).toBe(403);
      expect((await ask(w.admin)).status).toBe(403);
      expect((await t.http().get('/api/privacy/deletion-requests/mine').set(bearer(w.admin))).status).toBe(403);
      expect((await t.http().post(`/api/privacy/deletion-requests/${body.id}/withdraw`).set(bearer(w.worker))).status).toBe(403);
      expect((await t.http().get('/api/privacy/deletion-requests').set(bearer(w.client))).status).toBe(403);
      expect((await t.http().get(`/api/privacy/deletion-requests/${body.id}`).set(bearer(w.client))).status).toBe(403);
    });

    it('lets only an admin execute (a worker gets 403)', async () => {
      const w = await world();
      const { body } = await ask(w.client);
      expect((await t.http().post(`/api/privacy/deletion-requests/${body.id}/execute`).set(bearer(w.worker))).status).toBe(403);
    });

    it('refuses an admin whose login had no second factor (403 two_factor_required): executing cannot be undone', async () => {
      const w = await world();
      const { body } = await ask(w.client);
      const passwordOnly = t.tokenFor({ id: w.admin.id, role: 'admin', organisationId: w.admin.organisationId, amr: ['pwd'] });
      const res = await t.http().post(`/api/privacy/deletion-requests/${body.id}/execute`).set(bearer(passwordOnly));
      expect([res.status, res.body.code]).toEqual([403, 'two_factor_required']);
      const mine = await t.http().get('/api/privacy/deletion-requests/mine').set(bearer(w.client)).expect(200);
      expect(mine.body[0].status).toBe('requested');
    });

    it('declines with a note the client reads, mails the client, and refuses a second decision (409)', async () => {
      const w = await world();
      const { body } = await ask(w.client);
      const res = await t
        .http()
        .post(`/api/privacy/deletion-requests/${body.id}/decline`)
        .set(bearer(w.worker))
        .send({ note: 'Je traject loopt nog. Als het klaar is, kun je het opnieuw vragen.' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'declined', handledBy: w.worker.id });
      const mine = await t.http().get('/api/privacy/deletion-requests/mine').set(bearer(w.client)).expect(200);
      expect(mine.body[0]).toMatchObject({
        status: 'declined',
        decisionNote: 'Je traject loopt nog. Als het klaar is, kun je het opnieuw vragen.',
      });
      const [mail] = await t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1`, [w.client.email]);
      expect(mail.subject).toContain('verwijderen');
      expect(mail.text).not.toContain('traject loopt nog'); // the reason is read after login, not in a mail
      expect((await t.http().post(`/api/privacy/deletion-requests/${body.id}/execute`).set(bearer(w.admin))).status).toBe(409);
    });

    it('gets 400 naming note for a decline without a note', async () => {
      const w = await world();
      const { body } = await ask(w.client);
      for (const payload of [{}, { note: '   ' }, { note: 'x'.repeat(2001) }]) {
        const res = await t.http().post(`/api/privacy/deletion-requests/${body.id}/decline`).set(bearer(w.admin)).send(payload);
        expect(res.status).toBe(400);
        expect(Object.keys(res.body.fields)).toEqual(['note']);
      }
    });
  });

  describe('executing', () => {
    it('erases the client: no login, no data in the download or the worker’s dossier, files gone, mail to the old address', async () => {
      const w = await world({ password: PASSWORD });
      const filesBefore = readdirSync(documentsDir);
      const [{ storage_key: key }] = await t.dataSource.query(`SELECT storage_key FROM dossier_document WHERE case_id = $1`, [w.caseId]);
      expect(filesBefore).toContain(key);
      const [{ storage_key: attachmentKey }] = await t.dataSource.query(
        `SELECT a.storage_key FROM message_attachment a JOIN message m ON m.id = a.message_id JOIN message_thread th ON th.id = m.thread_id
         WHERE th.case_id = $1`,
        [w.caseId],
      );
      expect(filesBefore).toContain(attachmentKey);
      const loggedIn = await t.login(w.client.email, PASSWORD);
      const { body } = await ask(loggedIn);
      const res = await t.http().post(`/api/privacy/deletion-requests/${body.id}/execute`).set(bearer(w.admin));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'executed', handledBy: w.admin.id, clientName: null });

      // Login with the old address and password fails; the token of the login before is refused.
      expect((await t.http().post('/api/auth/login').send({ email: w.client.email, password: PASSWORD })).status).toBe(401);
      expect((await t.http().get('/api/privacy/deletion-requests/mine').set(bearer(loggedIn))).status).toBe(401);

      // Nothing personal is left in any domain's part of the download.
      const sections: Record<string, unknown> = {};
      for (const source of t.app.get(PersonalDataRegistry).sources()) sections[source.section] = await source.collect(w.client.id);
      const text = JSON.stringify(sections);
      for (const gone of [w.client.email, 'Sanne de Vries', '2312 AB', 'Schulden op een rij', 'Belastingdienst', 'aanmaning.pdf'])
        expect(text).not.toContain(gone);

      // The worker's view of the case: still there (numbers), without content.
      const dossier = await t.http().get(`/api/dossier/cases/${w.caseId}`).set(bearer(w.worker)).expect(200);
      expect(JSON.stringify(dossier.body)).not.toMatch(/Schulden op een rij|aanmaning|Sanne/);
      const inbox = await t.http().get('/api/messages/inbox').set(bearer(w.worker)).expect(200);
      expect(JSON.stringify(inbox.body)).not.toMatch(/Belastingdienst|Sanne/);
      const [kept] = await t.dataSource.query(
        `SELECT opened_on IS NOT NULL AS opened, anonymised_at IS NOT NULL AS anonymised FROM care_case WHERE id = $1`,
        [w.caseId],
      );
      expect(kept).toEqual({ opened: true, anonymised: true });

      expect(existsSync(join(documentsDir, key))).toBe(false);
      expect(existsSync(join(documentsDir, attachmentKey))).toBe(false);
      expect(await t.dataSource.query(`SELECT 1 FROM message_attachment WHERE storage_key = $1`, [attachmentKey])).toEqual([]);
      const [mail] = await t.dataSource.query(
        `SELECT subject, text FROM outbox_mail WHERE to_address = $1 AND subject LIKE 'Je gegevens zijn verwijderd%'`,
        [w.client.email],
      );
      expect(mail.text).toContain('Je dossier, je berichten, je chats en je antwoorden in trainingen zijn weg.');
      // A client who reads Dutch gets it in Dutch only (issue 17: the client's language, Dutch below otherwise).
      expect(mail.text).not.toContain('Your dossier, your messages');
      const [entry] = await t.dataSource.query(
        `SELECT actor_id, reason FROM audit_entry WHERE action = 'delete' AND resource_type = 'deletion_request' AND resource_id = $1`,
        [body.id],
      );
      expect(entry.actor_id).toBe(w.admin.id);
      expect(entry.reason).toMatch(/account: 1/);
    });

    it('is all or nothing: when one eraser fails, nothing is erased, the request stays open and no mail is stored', async () => {
      const w = await world();
      const { body } = await ask(w.client);
      const registry = t.app.get(PersonalDataEraserRegistry);
      const real = registry.erasers();
      // The failing eraser runs after the others (account is always last, so put it just before).
      const failing = { section: 'zz-failing', inventory: async () => ({}), erase: async () => Promise.reject(new Error('disk full')) };
      const spy = jest.spyOn(registry, 'erasers').mockReturnValue([...real.slice(0, -1), failing, real[real.length - 1]]);
      try {
        const res = await t.http().post(`/api/privacy/deletion-requests/${body.id}/execute`).set(bearer(w.admin));
        expect(res.status).toBe(500);
      } finally {
        spy.mockRestore();
      }
      const [account] = await t.dataSource.query(`SELECT name, email FROM account WHERE id = $1`, [w.client.id]);
      expect(account).toEqual({ name: 'Sanne de Vries', email: w.client.email });
      const [counts] = await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM case_goal WHERE case_id = $1) AS goals,
                (SELECT count(*)::int FROM dossier_document WHERE case_id = $1) AS documents,
                (SELECT count(*)::int FROM message m JOIN message_thread th ON th.id = m.thread_id WHERE th.case_id = $1) AS messages,
                (SELECT anonymised_at FROM care_case WHERE id = $1) AS anonymised`,
        [w.caseId],
      );
      expect(counts).toEqual({ goals: 1, documents: 1, messages: 1, anonymised: null });
      const [{ storage_key: key }] = await t.dataSource.query(`SELECT storage_key FROM dossier_document WHERE case_id = $1`, [w.caseId]);
      expect(existsSync(join(documentsDir, key))).toBe(true);
      const mine = await t.http().get('/api/privacy/deletion-requests/mine').set(bearer(w.client)).expect(200);
      expect(mine.body[0].status).toBe('requested');
      expect(
        await t.dataSource.query(`SELECT 1 FROM outbox_mail WHERE to_address = $1 AND subject LIKE 'Je gegevens zijn verwijderd%'`, [
          w.client.email,
        ]),
      ).toEqual([]);
    });

    it('also unlinks the postcode check, drops our copies of mails to the address and the client’s IP addresses in the access log', async () => {
      const w = await world({ password: PASSWORD });
      // The check the client registered with (registration links it; that flow needs service areas, so the link is written here).
      const [check] = await t.dataSource.query(
        `INSERT INTO postcode_check (postcode, served, financier_id, created_at, expires_at, used_at, account_id)
         SELECT '2312 AB', true, financier_id, now(), now() + interval '1 hour', now(), $1 FROM care_case WHERE id = $2 RETURNING id`,
        [w.client.id, w.caseId],
      );
      await t.app.get(MailService).enqueue({ to: w.client.email, subject: 'Je hebt een nieuw bericht', text: 'Log in om het te lezen.' });
      const loggedIn = await t.login(w.client.email, PASSWORD);
      const { body } = await ask(loggedIn);
      const ownEntries = () =>
        t.dataSource.query(
          `SELECT count(*)::int AS n, count(ip)::int AS ips, count(user_agent)::int AS agents FROM audit_entry WHERE actor_id = $1`,
          [w.client.id],
        );
      const [before] = await ownEntries();
      expect(before.ips).toBeGreaterThan(0);

      const plan = await t.http().get(`/api/privacy/deletion-requests/${body.id}`).set(bearer(w.admin)).expect(200);
      expect(plan.body.plan.find((l: { kind: string }) => l.kind === 'postcode_check').count).toBe(1);
      await t.http().post(`/api/privacy/deletion-requests/${body.id}/execute`).set(bearer(w.admin)).expect(200);

      const [kept] = await t.dataSource.query(`SELECT postcode, account_id FROM postcode_check WHERE id = $1`, [check.id]);
      expect(kept).toEqual({ postcode: '2312 AB', account_id: null });
      const mails = await t.dataSource.query(`SELECT subject FROM outbox_mail WHERE lower(to_address) = lower($1)`, [w.client.email]);
      // Only the confirmation of this erasure, stored after it, goes to the old address.
      expect(mails.map((m: { subject: string }) => m.subject)).toEqual([expect.stringMatching(/^Je gegevens zijn verwijderd/)]);
      const [after] = await ownEntries();
      expect(after).toEqual({ n: before.n, ips: 0, agents: 0 });
    });

    it('leaves another client of the same worker untouched', async () => {
      const w = await world();
      const org = { organisationId: w.worker.organisationId as string };
      const [{ financier_id }] = await t.dataSource.query(`SELECT financier_id FROM care_case WHERE id = $1`, [w.caseId]);
      const neighbour = await makeClient(t, { organisationId: org.organisationId, financierId: financier_id, name: 'Kees Jansen' });
      const theirCase = await makeCase(t, { worker: w.worker, clientId: neighbour.id });
      await t.http().post(`/api/dossier/cases/${theirCase.id}/goals`).set(bearer(w.worker)).send({ text: 'Werk vinden' }).expect(201);
      const { body } = await ask(w.client);
      await t.http().post(`/api/privacy/deletion-requests/${body.id}/execute`).set(bearer(w.admin)).expect(200);
      const [row] = await t.dataSource.query(
        `SELECT a.name, (SELECT count(*)::int FROM case_goal WHERE case_id = $2) AS goals FROM account a WHERE a.id = $1`,
        [neighbour.id, theirCase.id],
      );
      expect(row).toEqual({ name: 'Kees Jansen', goals: 1 });
    });
  });
});
