import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import type { EditorModuleTranslation, ModuleView } from '@nabij/trainings/contracts';
import fc from 'fast-check';
import { installCourse, InstalledCourse, MONEY_COURSE, TrainingsModule } from '../index';

jest.setTimeout(120_000);

/** Issue 17: a training module in the participant's language when a translation is published, else Dutch, flagged. */
describe('training module translations', () => {
  let t: TestApp;
  let trainer: TestAccount;
  let otherWorker: TestAccount;
  let admin: TestAccount;
  let otherAdmin: TestAccount;
  let teamLead: TestAccount;
  let client: TestAccount;
  let course: InstalledCourse;
  let enrolmentId: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TrainingsModule] });
    const org = await makeOrganisation(t);
    const second = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    trainer = await makeWorker(t, staff);
    otherWorker = await makeWorker(t, staff);
    admin = await makeAdmin(t, staff);
    otherAdmin = await makeAdmin(t, { organisationId: second.organisationId, teamId: second.teamId });
    teamLead = await makeTeamLead(t, staff);
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    course = await t.dataSource.transaction((db) =>
      installCourse(db, MONEY_COURSE, { organisationId: org.organisationId, trainerId: trainer.id, now: t.clock.now() }),
    );
    await makeCase(t, { worker: trainer, clientId: client.id, kindOfWork: 'hulp_online', openedOn: '2026-02-01' });
    const res = await t
      .http()
      .post(`/api/trainings/${course.trainingId}/enrolments`)
      .set(bearer(trainer))
      .send({ mode: 'blended', goals: ['Overzicht over mijn geld', 'Rekeningen op tijd betalen'], clientId: client.id });
    expect(res.status).toBe(201);
    enrolmentId = res.body.id;
  }, 180_000);
  afterAll(() => t.close());

  const read = (moduleIndex: number, lang?: string) =>
    t
      .http()
      .get(`/api/training-enrolments/${enrolmentId}/modules/${course.modules[moduleIndex].id}`)
      .query(lang ? { lang } : {})
      .set(bearer(client));
  const path = (moduleIndex: number, lang: string, rest = '') =>
    `/api/training-modules/${course.modules[moduleIndex].id}/translations/${lang}${rest}`;

  it('gives a Turkish participant the seeded Turkish first module of "Grip op geld"', async () => {
    const res = await read(0, 'tr');
    expect(res.status).toBe(200);
    const view = res.body as ModuleView;
    expect(view).toMatchObject({ title: 'Paranız şu anda nasıl?', shownIn: 'tr', requested: 'tr' });
    expect(view.steps[0].title).toBe('Okuma: para sıkıntısı çok yaygındır');
    expect(view.steps[0].kind === 'text' && view.steps[0].content.body).toContain('## Yalnız değilsiniz');
    // The self-test keeps its (Dutch) questions.
    expect(view.steps[1].kind === 'self_test' && view.steps[1].content.questions[0].text).toBe(
      'Aan het eind van de maand is mijn geld op.',
    );
  });

  it('gives Dutch, flagged, for a language without a translation, and Dutch when no language is asked', async () => {
    expect((await read(0, 'en')).body).toMatchObject({ title: 'Hoe gaat het nu met je geld?', shownIn: 'nl', requested: 'en' });
    expect((await read(0)).body).toMatchObject({ title: 'Hoe gaat het nu met je geld?', shownIn: 'nl', requested: 'nl' });
  });

  it('lets the trainer write a translation as a draft, unseen by participants until published; later changes wait', async () => {
    const m = course.modules[0];
    // The seed published an Arabic translation: taken offline, participants get Dutch; writing over it keeps it a draft.
    const first = await t.http().get(path(0, 'ar')).set(bearer(trainer));
    expect(first.body as EditorModuleTranslation).toMatchObject({ status: 'published' });
    await t
      .http()
      .post(path(0, 'ar', '/unpublish'))
      .set(bearer(trainer))
      .expect(200);
    expect((await read(0, 'ar')).body.shownIn).toBe('nl');

    const text = { title: 'عنوان جديد', intro: 'مقدمة', steps: [{ stepId: m.stepIds[0], title: 'قراءة', body: '## نص' }] };
    const saved = await t.http().put(path(0, 'ar')).set(bearer(trainer)).send(text);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'draft', hasDraft: false, text });
    expect((await read(0, 'ar')).body.shownIn).toBe('nl');

    await t
      .http()
      .post(path(0, 'ar', '/publish'))
      .set(bearer(admin))
      .expect(200);
    const published = (await read(0, 'ar')).body as ModuleView;
    expect(published).toMatchObject({ title: 'عنوان جديد', intro: 'مقدمة', shownIn: 'ar' });
    // A step without a translated title keeps its Dutch one.
    expect(published.steps[1].title).toBe('Test: hoe sta jij ervoor?');

    const waiting = await t
      .http()
      .put(path(0, 'ar'))
      .set(bearer(trainer))
      .send({ ...text, title: 'عنوان آخر' });
    expect(waiting.body).toMatchObject({ status: 'published', hasDraft: true });
    expect((await read(0, 'ar')).body.title).toBe('عنوان جديد');
    await t
      .http()
      .delete(path(0, 'ar', '/draft'))
      .set(bearer(trainer))
      .expect(200);
    expect(
      (
        await t
          .http()
          .delete(path(0, 'ar', '/draft'))
          .set(bearer(trainer))
      ).status,
    ).toBe(409);
  });

  it('refuses clients and team leads (403), and answers 404 to a worker who does not train it and another organisation', async () => {
    const text = { title: 'Tytuł', intro: '', steps: [] };
    for (const who of [client, teamLead]) {
      expect((await t.http().get(path(1, 'pl')).set(bearer(who))).status).toBe(403);
      expect((await t.http().put(path(1, 'pl')).set(bearer(who)).send(text)).status).toBe(403);
    }
    for (const who of [otherWorker, otherAdmin]) {
      expect((await t.http().get(path(1, 'pl')).set(bearer(who))).status).toBe(404);
      expect((await t.http().put(path(1, 'pl')).set(bearer(who)).send(text)).status).toBe(404);
      expect(
        (
          await t
            .http()
            .post(path(1, 'pl', '/publish'))
            .set(bearer(who))
        ).status,
      ).toBe(404);
    }
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM training_module_translation WHERE module_id = $1`, [
      course.modules[1].id,
    ]);
    expect(row.n).toBe(0);
  });

  it('answers 400 naming the field for a bad language, a foreign step or a body on a non-reading step', async () => {
    const m = course.modules[1];
    const reader = await read(0, 'de');
    expect(reader.status).toBe(400);
    expect(reader.body.fields).toHaveProperty('lang');
    const badLang = await t.http().put(path(1, 'nl')).set(bearer(trainer)).send({ title: 'x', intro: '', steps: [] });
    expect(badLang.status).toBe(400);
    expect(badLang.body.fields).toHaveProperty('lang');
    const foreign = await t
      .http()
      .put(path(1, 'pl'))
      .set(bearer(trainer))
      .send({ title: 'x', intro: '', steps: [{ stepId: course.modules[0].stepIds[0], title: 'y' }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.fields).toHaveProperty(['steps.0.stepId']);
    const body = await t
      .http()
      .put(path(1, 'pl'))
      .set(bearer(trainer))
      .send({ title: 'x', intro: '', steps: [{ stepId: m.stepIds[1], title: 'y', body: 'z' }] });
    expect(body.status).toBe(400);
    expect(body.body.fields).toHaveProperty(['steps.0.body']);
    const noTitle = await t.http().put(path(1, 'pl')).set(bearer(trainer)).send({ title: ' ', intro: '', steps: [] });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.fields).toHaveProperty('title');
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM training_module_translation WHERE module_id = $1`, [m.id]);
    expect(row.n).toBe(0);
  });

  it('never answers 5xx to hostile input on the translation routes (fuzz)', async () => {
    const value = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null), fc.constant('\u0000'), fc.object());
    const steps = fc.oneof(value, fc.array(fc.record({ stepId: fc.oneof(value, fc.uuid()), title: value, body: value }), { maxLength: 3 }));
    await fc.assert(
      fc.asyncProperty(
        fc.record({ title: value, intro: value, steps }),
        fc.oneof(fc.constantFrom('ar', 'tr', 'pl'), fc.string({ maxLength: 6 })),
        async (body, lang) => {
          const l = encodeURIComponent(lang) || 'x';
          for (const [method, p] of [
            ['put', path(2, l)],
            ['post', path(2, l, '/publish')],
            ['delete', path(2, l, '/draft')],
          ] as const) {
            const res = await t.http()[method](p).set(bearer(trainer)).send(body);
            expect(res.status).toBeLessThan(500);
          }
          expect((await read(0, lang)).status).toBeLessThan(500);
        },
      ),
      { numRuns: 15, seed: 17 },
    );
  });
});
