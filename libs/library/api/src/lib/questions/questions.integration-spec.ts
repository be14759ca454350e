import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { IntakeModule } from '@nabij/intake/api';
import type { AskedQuestion, CaseQuestion, QueuedQuestion } from '@nabij/library/contracts';
import { AUDIT_LINES, JobsService } from '@nabij/platform/api';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import { randomBytes } from 'node:crypto';
import { LibraryModule } from '../library.module';
import { SelfTestPersonalDataRepository } from '../self-tests/self-test-personal-data.repository';
import { QuestionRetentionJob } from './question-retention.job';
import { hashQuestionToken } from './question.service';

jest.setTimeout(120_000);

/** The anonymous first question: asked with a served postcode and a nickname, read through a private link. */
describe('anonymous first question', () => {
  let t: TestApp;
  let nextPostcode = 7100;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule, DossierModule, TimeModule, LibraryModule] });
  }, 180_000);
  afterAll(() => t.close());

  interface Org {
    postcode: string;
    worker: TestAccount;
    colleague: TestAccount;
    teamLead: TestAccount;
    admin: TestAccount;
    client: TestAccount;
  }

  /** An organisation serving a postcode of its own, with its staff and a client. */
  async function organisation(): Promise<Org> {
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    const admin = await makeAdmin(t, staff);
    const digits = nextPostcode++;
    await t
      .http()
      .post('/api/admin/service-areas')
      .set(bearer(admin))
      .send({ financierId: org.financierId, postcodeFrom: digits, postcodeTo: digits })
      .expect(201);
    return {
      postcode: `${digits} AB`,
      worker: await makeWorker(t, staff),
      colleague: await makeWorker(t, staff),
      teamLead: await makeTeamLead(t, staff),
      admin,
      client: await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId }),
    };
  }

  /** A client address of its own per test, so the per-address limit of one test never touches another. */
  const address = () => `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

  async function check(postcode: string): Promise<string> {
    const res = await t.http().post('/api/postcode-check').set('X-Forwarded-For', address()).send({ postcode });
    expect(res.body.served).toBe(true);
    return res.body.checkId;
  }

  async function ask(org: Org, body: Record<string, unknown> = {}, from = address()): Promise<AskedQuestion> {
    const res = await t
      .http()
      .post('/api/library/questions')
      .set('X-Forwarded-For', from)
      .send({
        checkId: await check(org.postcode),
        nickname: 'Zonnebloem',
        question: 'Ik heb een brief van de deurwaarder. Wat moet ik doen?',
        ...body,
      });
    expect(res.status).toBe(201);
    return res.body;
  }

  const read = (token: string) => t.http().post('/api/library/questions/read').set('X-Forwarded-For', address()).send({ token });
  const queue = (who: TestAccount) => t.http().get('/api/library/questions').set(bearer(who));
  const answer = (who: TestAccount, id: string, text = 'Bel de deurwaarder en vraag om een betalingsregeling. Wij helpen je graag.') =>
    t.http().post(`/api/library/questions/${id}/answer`).set(bearer(who)).send({ answer: text });

  describe('asking', () => {
    it('gives a private link once and stores only the hash of its token', async () => {
      const org = await organisation();
      const asked = await ask(org);
      expect(asked.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(asked.link).toBe(`http://nabij.test/mijn-vraag#${asked.token}`);
      expect(new Date(asked.dueAt).getTime() - t.clock.now().getTime()).toBe(48 * 3_600_000);
      const rows = await t.dataSource.query(`SELECT token_hash FROM library_question WHERE token_hash = $1`, [
        hashQuestionToken(asked.token),
      ]);
      expect(rows).toHaveLength(1);
      const leaked = await t.dataSource.query(`SELECT count(*)::int AS n FROM library_question WHERE token_hash = $1`, [asked.token]);
      expect(leaked[0].n).toBe(0);
    });

    it('refuses a check outside the region, an unknown one, an expired one and one used for a question already: 400 naming checkId', async () => {
      const org = await organisation();
      const outside = await t.http().post('/api/postcode-check').set('X-Forwarded-For', address()).send({ postcode: '9999 ZZ' });
      expect(outside.body.served).toBe(false);
      const used = await check(org.postcode);
      await t
        .http()
        .post('/api/library/questions')
        .set('X-Forwarded-For', address())
        .send({ checkId: used, nickname: 'A', question: 'Vraag?' })
        .expect(201);
      const expired = await check(org.postcode);
      t.clock.advance(121 * 60_000);
      const [{ id: outsideId }] = await t.dataSource.query(
        `SELECT id FROM postcode_check WHERE NOT served ORDER BY created_at DESC LIMIT 1`,
      );
      for (const checkId of [outsideId, '00000000-0000-4000-8000-000000000000', expired, used]) {
        const res = await t
          .http()
          .post('/api/library/questions')
          .set('X-Forwarded-For', address())
          .send({ checkId, nickname: 'A', question: 'Vraag?' });
        expect(res.status).toBe(400);
        expect(Object.keys(res.body.fields)).toEqual(['checkId']);
      }
    });

    it.each([
      ['nickname', 'only spaces', { nickname: '   ' }],
      ['nickname', '41 characters', { nickname: 'x'.repeat(41) }],
      ['question', 'nothing', { question: '' }],
      ['question', '2001 characters', { question: 'x'.repeat(2001) }],
      ['email', 'no address', { email: 'geen-adres' }],
      ['lang', 'fr', { lang: 'fr' }],
      ['checkId', 'no uuid', { checkId: 'geen-id' }],
    ])('answers 400 naming %s for %s and stores nothing', async (field, _, patch) => {
      const org = await organisation();
      const body = { checkId: await check(org.postcode), nickname: 'Zonnebloem', question: 'Mijn vraag.', ...patch };
      const res = await t.http().post('/api/library/questions').set('X-Forwarded-For', address()).send(body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
      expect((await queue(org.worker)).body).toEqual([]);
    });

    it('allows 5 questions an hour from one address, then 429', async () => {
      const org = await organisation();
      const from = address();
      for (let i = 0; i < 5; i++) await ask(org, {}, from);
      const res = await t
        .http()
        .post('/api/library/questions')
        .set('X-Forwarded-For', from)
        .send({ checkId: await check(org.postcode), nickname: 'Zesde', question: 'Nog een vraag.' });
      expect(res.status).toBe(429);
    });
  });

  describe('reading through the link', () => {
    it('shows only that thread; another link shows its own, a guessed one is 404, a malformed one 400 naming token', async () => {
      const org = await organisation();
      const mine = await ask(org, { nickname: 'Merel', question: 'Mijn huur is te hoog.' });
      const theirs = await ask(org, { nickname: 'Specht', question: 'Mijn buurman maakt veel lawaai.' });
      const res = await read(mine.token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ nickname: 'Merel', question: 'Mijn huur is te hoog.', answer: null, answeredAt: null });
      expect(JSON.stringify(res.body)).not.toContain('Specht');
      expect((await read(theirs.token)).body.nickname).toBe('Specht');
      expect((await read(randomBytes(32).toString('base64url'))).status).toBe(404);
      const bad = await read('kort');
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.fields)).toEqual(['token']);
    });
  });

  describe('the worker', () => {
    it('sees the questions of their own organisation, each read in the audit log; another organisation sees none', async () => {
      const org = await organisation();
      const other = await organisation();
      await ask(org, { nickname: 'Kievit' });
      const res = await queue(org.worker);
      expect(res.status).toBe(200);
      const [q] = res.body as QueuedQuestion[];
      expect(q).toMatchObject({
        nickname: 'Kievit',
        question: 'Ik heb een brief van de deurwaarder. Wat moet ik doen?',
        overdue: false,
        answer: null,
      });
      const audit = await t.dataSource.query(`SELECT action, resource_type FROM ${AUDIT_LINES} WHERE actor_id = $1 AND resource_id = $2`, [
        org.worker.id,
        q.id,
      ]);
      expect(audit).toEqual([{ action: 'read', resource_type: 'library_question' }]);
      expect((await queue(other.worker)).body).toEqual([]);
      expect(JSON.stringify((await queue(other.worker)).body)).not.toContain('Kievit');
    });

    it.each(['teamLead', 'admin', 'client'] as const)('refuses a %s the queue and the answer: 403, never content', async (role) => {
      const org = await organisation();
      await ask(org);
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      const res = await queue(org[role]);
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('deurwaarder');
      expect((await answer(org[role], q.id)).status).toBe(403);
    });

    it("counts the organisation's open questions for the menu badge: answered ones and another organisation's are left out", async () => {
      const org = await organisation();
      const other = await organisation();
      await ask(org, { nickname: 'Een' });
      await ask(org, { nickname: 'Twee' });
      await ask(other);
      const count = () => t.http().get('/api/library/questions/count').set(bearer(org.worker));
      expect((await count()).body).toEqual({ open: 2 });
      const [first] = (await queue(org.worker)).body as QueuedQuestion[];
      await answer(org.worker, first.id).expect(200);
      expect((await count()).body).toEqual({ open: 1 });
      expect((await t.http().get('/api/library/questions/count').set(bearer(other.worker))).body).toEqual({ open: 1 });
      for (const role of ['teamLead', 'admin', 'client'] as const) {
        expect((await t.http().get('/api/library/questions/count').set(bearer(org[role]))).status).toBe(403);
      }
    });

    it('refuses a visitor without a login: 401', async () => {
      expect((await t.http().get('/api/library/questions')).status).toBe(401);
    });

    it('answers: the link shows the answer, the 48-hour clock stops, a second answer is 409', async () => {
      const org = await organisation();
      const asked = await ask(org);
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      t.clock.advance(3 * 3_600_000);
      const res = await answer(org.worker, q.id);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: q.id, answeredAt: t.clock.now().toISOString(), overdue: false });
      const thread = await read(asked.token);
      expect(thread.body).toMatchObject({
        answer: 'Bel de deurwaarder en vraag om een betalingsregeling. Wij helpen je graag.',
        answeredAt: t.clock.now().toISOString(),
      });
      t.clock.advance(50 * 3_600_000);
      const [after] = (await queue(org.worker)).body as QueuedQuestion[];
      expect(after.overdue).toBe(false);
      const again = await answer(org.colleague, q.id, 'Nog een antwoord.');
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('question_answered');
    });

    it('registers the answer as worker time to confirm (a message contact of the organisation, no case)', async () => {
      const org = await organisation();
      await ask(org);
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      await answer(org.worker, q.id).expect(200);
      // Background jobs are off in tests: handle the queued events now.
      await t.app.get(JobsService).drain();
      const entries = await t.dataSource.query(
        `SELECT worker_id, case_id, contact_type, status, source FROM time_entry WHERE source_id = $1`,
        [q.id],
      );
      expect(entries).toEqual([
        { worker_id: org.worker.id, case_id: null, contact_type: 'message', status: 'to_confirm', source: 'message' },
      ]);
    });

    it('deletes a question 90 days after its answer (the link then finds nothing), an unanswered one 90 days after asking', async () => {
      const org = await organisation();
      const answered = await ask(org, { nickname: 'Beantwoord' });
      const open = await ask(org, { nickname: 'Open' });
      const [first] = ((await queue(org.worker)).body as QueuedQuestion[]).filter((q) => q.nickname === 'Beantwoord');
      t.clock.advance(10 * 86_400_000);
      await answer(org.worker, first.id).expect(200);
      t.clock.advance(85 * 86_400_000);
      await t.app.get(QuestionRetentionJob).run();
      // 95 days after asking: the unanswered one is gone; 85 days after its answer: the answered one stays.
      expect((await read(open.token)).status).toBe(404);
      expect((await read(answered.token)).status).toBe(200);
      t.clock.advance(6 * 86_400_000);
      await t.app.get(QuestionRetentionJob).run();
      expect((await read(answered.token)).status).toBe(404);
    });

    it('shows an unanswered question as overdue after 48 hours', async () => {
      const org = await organisation();
      await ask(org);
      t.clock.advance(48 * 3_600_000 + 60_000);
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      expect(q.overdue).toBe(true);
    });

    it('cannot answer another organisation’s question (404) nor an unknown id (404); a bad id is 400', async () => {
      const org = await organisation();
      const other = await organisation();
      await ask(org);
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      expect((await answer(other.worker, q.id)).status).toBe(404);
      expect((await answer(org.worker, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await answer(org.worker, 'geen-id')).status).toBe(400);
      expect((await queue(org.worker)).body[0].answer).toBeNull();
    });

    it.each([
      ['an empty answer', '   '],
      ['a too long answer', 'x'.repeat(4001)],
    ])('refuses %s: 400 naming answer, the question stays open', async (_, text) => {
      const org = await organisation();
      await ask(org);
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      const res = await answer(org.worker, q.id, text);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual(['answer']);
      expect((await queue(org.worker)).body[0].answer).toBeNull();
    });

    it('sends the notice without any content to the address given, then forgets the address', async () => {
      const org = await organisation();
      const email = `vraag-${randomBytes(4).toString('hex')}@test.nabij.nl`;
      await ask(org, { email, question: 'Mijn vriend slaat mij soms.' });
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      expect(JSON.stringify(q)).not.toContain(email);
      expect(await t.dataSource.query(`SELECT id FROM outbox_mail WHERE to_address = $1`, [email])).toEqual([]);
      await answer(org.worker, q.id, 'Bel Veilig Thuis: 0800 2000.').expect(200);
      const mails = await t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1`, [email]);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('Er is een antwoord op je vraag');
      expect(mails[0].text).not.toMatch(/vriend|slaat|Veilig Thuis|0800/);
      const [{ notify_email }] = await t.dataSource.query(`SELECT notify_email FROM library_question WHERE id = $1`, [q.id]);
      expect(notify_email).toBeNull();
    });

    it('writes the notice in the language of the page the question was asked on, with Dutch below', async () => {
      const org = await organisation();
      const email = `vraag-ar-${randomBytes(4).toString('hex')}@test.nabij.nl`;
      await ask(org, { email, lang: 'ar', question: 'لا أستطيع دفع الإيجار.' });
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      await answer(org.worker, q.id, 'Bel de schuldhulp van de gemeente.').expect(200);
      const [mail] = await t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1`, [email]);
      expect(mail.subject).toBe('يوجد جواب على سؤالك / Er is een antwoord op je vraag');
      const [arabic, dutch] = mail.text.split('\n---\n');
      expect(arabic).toContain('أجاب أخصائي اجتماعي على سؤالك');
      expect(dutch).toContain('Een maatschappelijk werker heeft je vraag beantwoord.');
      expect(mail.text).not.toMatch(/الإيجار|schuldhulp/);
    });
  });

  describe('registration invitation', () => {
    const invite = (who: TestAccount, id: string) => t.http().post(`/api/library/questions/${id}/invite`).set(bearer(who));
    const registrationCheck = (token: string) =>
      t.http().post('/api/library/questions/registration-check').set('X-Forwarded-For', address()).send({ token });

    it('lets the worker invite the asker: the link shows the invitation and gives a fresh served check that registers through intake', async () => {
      const org = await organisation();
      const asked = await ask(org);
      expect((await registrationCheck(asked.token)).status).toBe(409);
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      t.clock.advance(3 * 86_400_000); // long after the first check expired
      const res = await invite(org.worker, q.id);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: q.id, invitedAt: t.clock.now().toISOString() });
      expect((await read(asked.token)).body.invitedAt).toBe(t.clock.now().toISOString());

      const check = await registrationCheck(asked.token);
      expect(check.status).toBe(200);
      expect(check.body).toMatchObject({ served: true, postcode: org.postcode });
      expect(check.body.checkId).not.toBe(q.id);
      const email = `uitgenodigd-${randomBytes(4).toString('hex')}@test.nabij.nl`;
      const registered = await t
        .http()
        .post('/api/registrations')
        .set('X-Forwarded-For', address())
        .send({ checkId: check.body.checkId, email, password: 'Zomer-Fietsbel-2026!', birthDate: '1990-04-12', name: 'Zonnebloem' });
      expect(registered.status).toBe(202);
      const audit = await t.dataSource.query(`SELECT reason FROM ${AUDIT_LINES} WHERE actor_id = $1 AND resource_id = $2`, [
        org.worker.id,
        q.id,
      ]);
      expect(audit.map((a: { reason: string }) => a.reason)).toContain('invited to register');
    });

    /** Asked, answered, invited; the asker registers through the link's check and the worker opens a case for the new client. */
    async function registeredAsker(org: Org): Promise<{ question: QueuedQuestion; clientId: string; caseId: string; token: string }> {
      const asked = await ask(org, { question: 'Mijn vriend en ik gaan uit elkaar. Wie helpt ons met de kinderen?' });
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      await answer(org.worker, q.id, 'Wij kunnen jullie helpen met een ouderschapsplan. Meld je aan, dan bellen we je.').expect(200);
      await invite(org.worker, q.id).expect(200);
      const check = await registrationCheck(asked.token);
      const email = `asker-${randomBytes(4).toString('hex')}@test.nabij.nl`;
      await t
        .http()
        .post('/api/registrations')
        .set('X-Forwarded-For', address())
        .send({ checkId: check.body.checkId, email, password: 'Zomer-Fietsbel-2026!', birthDate: '1991-05-03', name: 'Zonnebloem' })
        .expect(202);
      const [{ id: clientId }] = await t.dataSource.query(`SELECT id FROM account WHERE email = $1`, [email]);
      const opened = await t.http().post('/api/dossier/cases').set(bearer(org.worker)).send({ clientId, kindOfWork: 'algemeen_mw' });
      expect(opened.status).toBe(201);
      return { question: q, clientId, caseId: opened.body.id, token: asked.token };
    }

    const caseQuestions = (who: TestAccount, caseId: string) => t.http().get(`/api/library/questions/cases/${caseId}`).set(bearer(who));

    it('links the question to the case of the asker who registered with the invitation: the worker sees question and answer there, it leaves the queue and its time moves to the case', async () => {
      const org = await organisation();
      const { question, clientId, caseId } = await registeredAsker(org);
      // The queue read recognises the registered asker: the answered thread has moved out of it.
      expect(((await queue(org.worker)).body as QueuedQuestion[]).map((q) => q.id)).not.toContain(question.id);

      const res = await caseQuestions(org.worker, caseId);
      expect(res.status).toBe(200);
      expect(res.body as CaseQuestion[]).toEqual([
        expect.objectContaining({
          id: question.id,
          nickname: 'Zonnebloem',
          question: 'Mijn vriend en ik gaan uit elkaar. Wie helpt ons met de kinderen?',
          answer: 'Wij kunnen jullie helpen met een ouderschapsplan. Meld je aan, dan bellen we je.',
          answeredBy: expect.any(String),
        }),
      ]);
      const [row] = await t.dataSource.query(`SELECT client_id, case_id FROM library_question WHERE id = $1`, [question.id]);
      expect(row).toEqual({ client_id: clientId, case_id: caseId });
      await t.app.get(JobsService).drain();
      const entries = await t.dataSource.query(`SELECT case_id FROM time_entry WHERE source_id = $1`, [question.id]);
      expect(entries).toEqual([{ case_id: caseId }]);
      const reads = await t.dataSource.query(
        `SELECT client_id FROM ${AUDIT_LINES} WHERE actor_id = $1 AND resource_id = $2 AND action = 'read' AND client_id IS NOT NULL`,
        [org.worker.id, question.id],
      );
      expect(reads).toEqual([{ client_id: clientId }]);
      // A linked question is the case's now: the 90-day deletion of anonymous questions leaves it.
      t.clock.advance(91 * 86_400_000);
      await t.app.get(QuestionRetentionJob).run();
      expect((await caseQuestions(org.worker, caseId)).body).toHaveLength(1);
    });

    it("puts a linked question in the client's download of their data, and erases it with its case", async () => {
      const org = await organisation();
      const { question, clientId, caseId } = await registeredAsker(org);
      await caseQuestions(org.worker, caseId).expect(200);
      const data = t.app.get(SelfTestPersonalDataRepository);
      expect((await data.collect(clientId))['anonymousQuestions']).toEqual([
        expect.objectContaining({ nickname: 'Zonnebloem', question: 'Mijn vriend en ik gaan uit elkaar. Wie helpt ons met de kinderen?' }),
      ]);
      // Another case of the client's is out of scope; this case takes the question along.
      expect((await data.inventory({ clientId, cases: ['00000000-0000-4000-8000-000000000000'] }))['library_questions']).toBe(0);
      const outcome = await t.dataSource.transaction((db) => data.erase({ clientId, cases: [caseId] }, db));
      expect(outcome.counts['library_questions']).toBe(1);
      const rows = await t.dataSource.query(`SELECT 1 FROM library_question WHERE id = $1`, [question.id]);
      expect(rows).toEqual([]);
    });

    it('shows nothing on the case of a client who registered without the invitation', async () => {
      const org = await organisation();
      await ask(org);
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      await invite(org.worker, q.id).expect(200);
      // A client who did the ordinary postcode check, not the one of the private link.
      const email = `ander-${randomBytes(4).toString('hex')}@test.nabij.nl`;
      await t
        .http()
        .post('/api/registrations')
        .set('X-Forwarded-For', address())
        .send({ checkId: await check(org.postcode), email, password: 'Zomer-Fietsbel-2026!', birthDate: '1985-01-01' })
        .expect(202);
      const [{ id: clientId }] = await t.dataSource.query(`SELECT id FROM account WHERE email = $1`, [email]);
      const { body: opened } = await t
        .http()
        .post('/api/dossier/cases')
        .set(bearer(org.worker))
        .send({ clientId, kindOfWork: 'algemeen_mw' });
      expect((await caseQuestions(org.worker, opened.id)).body).toEqual([]);
      const [row] = await t.dataSource.query(`SELECT client_id FROM library_question WHERE id = $1`, [q.id]);
      expect(row.client_id).toBeNull();
    });

    it("answers 404 for a colleague's case, another organisation's case or an unknown id, 403 for a team lead, admin or client, 400 for a bad id", async () => {
      const org = await organisation();
      const other = await organisation();
      const { caseId, question } = await registeredAsker(org);
      expect((await caseQuestions(org.colleague, caseId)).status).toBe(404);
      expect((await caseQuestions(other.worker, caseId)).status).toBe(404);
      expect((await caseQuestions(org.worker, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      for (const role of ['teamLead', 'admin', 'client'] as const) expect((await caseQuestions(org[role], caseId)).status).toBe(403);
      expect((await caseQuestions(org.worker, 'geen-id')).status).toBe(400);
      // Nobody of these read it: no read in the audit log.
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM ${AUDIT_LINES} WHERE resource_id = $1 AND action = 'read' AND client_id IS NOT NULL`,
        [question.id],
      );
      expect(n).toBe(0);
    });

    it('mails a notice address an invitation without content, once', async () => {
      const org = await organisation();
      const email = `uitnodiging-${randomBytes(4).toString('hex')}@test.nabij.nl`;
      await ask(org, { email, question: 'Ik kan de huur niet betalen.' });
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      await invite(org.worker, q.id).expect(200);
      await invite(org.colleague, q.id).expect(200);
      const mails = await t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1`, [email]);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('Je bent uitgenodigd om je aan te melden');
      expect(mails[0].text).not.toContain('huur');
    });

    it('mails the invitation in Polish when the question was asked on the Polish page', async () => {
      const org = await organisation();
      const email = `uitnodiging-pl-${randomBytes(4).toString('hex')}@test.nabij.nl`;
      await ask(org, { email, lang: 'pl', question: 'Nie mogę zapłacić czynszu.' });
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      await invite(org.worker, q.id).expect(200);
      const [mail] = await t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1`, [email]);
      expect(mail.subject).toBe('Zapraszamy cię do rejestracji / Je bent uitgenodigd om je aan te melden');
      expect(mail.text).toMatch(/^Dzień dobry,/);
      expect(mail.text).toContain('Een maatschappelijk werker nodigt je uit om je aan te melden.');
      expect(mail.text).not.toContain('czynsz');
    });

    it("answers 404 for another organisation's question or an unknown link, 403 for a team lead, admin or client", async () => {
      const org = await organisation();
      const other = await organisation();
      await ask(org);
      const [q] = (await queue(org.worker)).body as QueuedQuestion[];
      expect((await invite(other.worker, q.id)).status).toBe(404);
      for (const role of ['teamLead', 'admin', 'client'] as const) expect((await invite(org[role], q.id)).status).toBe(403);
      const [row] = await t.dataSource.query(`SELECT invited_at FROM library_question WHERE id = $1`, [q.id]);
      expect(row.invited_at).toBeNull();
      expect((await registrationCheck(randomBytes(32).toString('base64url'))).status).toBe(404);
      expect((await registrationCheck('te-kort')).status).toBe(400);
    });
  });
});
