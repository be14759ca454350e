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
  let org: Awaited<ReturnType<typeof makeOrganisation>>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TrainingsModule] });
    org = await makeOrganisation(t);
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
    // The self-test the client fills in is Turkish too.
    expect(view.steps[1]).toMatchObject({ kind: 'self_test', title: 'Test: durumunuz nasıl?', shownIn: 'tr' });
    expect(view.steps[1].kind === 'self_test' && view.steps[1].content.questions[0].text).toBe('Ayın sonunda param bitiyor.');
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

  it("gives a video step's written version in the participant's language once published; the film stays Dutch", async () => {
    // A course of its own whose first module ends with a film, and a second client in it.
    const filmCourse = await t.dataSource.transaction((db) =>
      installCourse(
        db,
        {
          ...MONEY_COURSE,
          title: 'Grip op geld, met filmpje',
          modules: [
            {
              ...MONEY_COURSE.modules[0],
              translations: undefined,
              steps: [
                ...MONEY_COURSE.modules[0].steps,
                {
                  kind: 'video',
                  title: 'Filmpje: Sanne opent haar post',
                  content: {
                    url: null,
                    fileRef: null,
                    captions: 'Verteller: Sanne legt alle brieven op tafel.\nSanne: Eerst de blauwe envelop.',
                  },
                },
              ],
            },
          ],
        },
        { organisationId: org.organisationId, trainerId: trainer.id, now: t.clock.now() },
      ),
    );
    const viewer = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    await makeCase(t, { worker: trainer, clientId: viewer.id, kindOfWork: 'hulp_online', openedOn: '2026-02-01' });
    const enrolled = await t
      .http()
      .post(`/api/trainings/${filmCourse.trainingId}/enrolments`)
      .set(bearer(trainer))
      .send({ mode: 'blended', goals: ['Mijn post bijhouden', 'Brieven op tijd beantwoorden'], clientId: viewer.id });
    expect(enrolled.status).toBe(201);
    const [film] = filmCourse.modules[0].stepIds.slice(-1);
    const moduleId = filmCourse.modules[0].id;
    const readFilm = async (lang: string) => {
      const res = await t
        .http()
        .get(`/api/training-enrolments/${enrolled.body.id}/modules/${moduleId}`)
        .query({ lang })
        .set(bearer(viewer));
      expect(res.status).toBe(200);
      return (res.body as ModuleView).steps.find((st) => st.id === film)!;
    };
    expect(await readFilm('pl')).toMatchObject({
      kind: 'video',
      shownIn: 'nl',
      content: { captions: expect.stringContaining('blauwe envelop') },
    });

    const translation = `/api/training-modules/${moduleId}/translations/pl`;
    const captions = 'Narrator: Sanne kładzie wszystkie listy na stół.\nSanne: Najpierw niebieska koperta.';
    const saved = await t
      .http()
      .put(translation)
      .set(bearer(trainer))
      .send({
        title: 'Jak teraz z twoimi pieniędzmi?',
        intro: '',
        steps: [{ stepId: film, title: 'Film: Sanne otwiera pocztę', captions }],
      });
    expect(saved.status).toBe(200);
    expect((saved.body as EditorModuleTranslation).text?.steps[0]).toMatchObject({ stepId: film, captions });
    await t.http().post(`${translation}/publish`).set(bearer(trainer)).expect(200);
    expect(await readFilm('pl')).toMatchObject({
      kind: 'video',
      title: 'Film: Sanne otwiera pocztę',
      shownIn: 'pl',
      content: { captions, url: null, fileRef: null },
    });
    // Another language still gets the Dutch written version, flagged.
    expect(await readFilm('tr')).toMatchObject({ shownIn: 'nl', content: { captions: expect.stringContaining('blauwe envelop') } });
    // A written version on a step that is no film is refused, naming the field.
    const wrong = await t
      .http()
      .put(translation)
      .set(bearer(trainer))
      .send({ title: 'x', intro: '', steps: [{ stepId: filmCourse.modules[0].stepIds[0], title: 'y', captions: 'z' }] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields).toHaveProperty(['steps.0.captions']);
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

  describe('homework and self-tests in the participant’s language', () => {
    const enrolments = `/api/training-enrolments`;
    const selfTestPath = () => `${enrolments}/${enrolmentId}/steps/${course.modules[0].stepIds[1]}/self-test`;

    it('gives a Polish participant the first self-test in Polish, scores it as in Dutch and keeps the Dutch result', async () => {
      const view = (await read(0, 'pl')).body as ModuleView;
      const step = view.steps[1];
      expect(step).toMatchObject({ kind: 'self_test', shownIn: 'pl' });
      if (step.kind !== 'self_test') throw new Error('step 2 should be the self-test');
      expect(step.content.intro).toBe('Pomyśl o ostatnich trzech miesiącach. Wybierz to, co najlepiej pasuje.');
      expect(step.content.questions[0]).toMatchObject({
        id: 'q1',
        text: 'Pod koniec miesiąca nie mam już pieniędzy.',
        minLabel: 'Prawie nigdy',
      });
      expect(step.content.questions[3]).toEqual({
        id: 'q4',
        type: 'multiple_choice',
        text: 'Czy wiesz, ile pieniędzy dostajesz co miesiąc?',
        options: [
          { id: 'a', label: 'Tak, dokładnie.' },
          { id: 'b', label: 'Mniej więcej.' },
          { id: 'c', label: 'Nie, właściwie nie wiem.' },
        ],
      });

      // Only the participant reads it, in any language: staff get 403 on the participant's routes.
      for (const who of [trainer, teamLead]) {
        const other = await t
          .http()
          .get(`${enrolments}/${enrolmentId}/modules/${course.modules[0].id}`)
          .query({ lang: 'pl' })
          .set(bearer(who));
        expect(other.status).toBe(403);
      }

      const answers = { q1: 5, q2: 5, q3: 5, q4: 'c' };
      const taken = await t.http().post(selfTestPath()).query({ lang: 'pl' }).set(bearer(client)).send({ answers });
      expect(taken.status).toBe(200);
      expect(taken.body).toMatchObject({ score: 14, maxScore: 14, title: 'Masz dużo kłopotów z pieniędzmi' });
      expect(taken.body.text).toContain('bezpłatną pomoc od gminy');
      const [kept] = await t.dataSource.query(
        `SELECT band_title, score, answers FROM training_self_test_result WHERE enrolment_id = $1 AND step_id = $2 ORDER BY taken_at DESC LIMIT 1`,
        [enrolmentId, course.modules[0].stepIds[1]],
      );
      expect(kept).toMatchObject({ band_title: 'Je hebt veel geldzorgen', score: 14, answers });

      const again = (await read(0, 'pl')).body as ModuleView;
      expect(again.steps[1].kind === 'self_test' && again.steps[1].lastResult?.title).toBe('Masz dużo kłopotów z pieniędzmi');
      const dutch = (await read(0)).body as ModuleView;
      expect(dutch.steps[1]).toMatchObject({ shownIn: 'nl' });
      expect(dutch.steps[1].kind === 'self_test' && dutch.steps[1].lastResult?.title).toBe('Je hebt veel geldzorgen');
    });

    it('shows homework in Turkish once the module’s published translation has it; the answers are stored by question as before', async () => {
      // Module 1 done opens module 2 and its homework.
      await t.http().post(`${enrolments}/${enrolmentId}/steps/${course.modules[0].stepIds[0]}/done`).set(bearer(client)).expect(200);
      await t
        .http()
        .post(selfTestPath())
        .set(bearer(client))
        .send({ answers: { q1: 1, q2: 1, q3: 1, q4: 'a' } })
        .expect(200);
      const m = course.modules[1];
      const assignment = {
        intro: 'Banka dökümlerinizle genel bakışınızı hazırlayın. Tutarları aylık olarak yazın.',
        questions: [
          {
            id: 'inkomen',
            text: 'Her ay ne kadar para geliyor? Her şeyi yazın, yardım paralarını (toeslagen) da.',
            hint: 'Örneğin: sosyal yardım € 1.250',
          },
          { id: 'vast', text: 'Aylık sabit giderleriniz neler?' },
          { id: 'verrast', text: 'Genel bakışı hazırlarken neye dikkat ettiniz?' },
        ],
      };
      const text = {
        title: 'Genel bakış: ne geliyor, ne gidiyor?',
        intro: 'Genel bakış ilk adımdır.',
        steps: [{ stepId: m.stepIds[1], title: 'Ödev: aylık genel bakışım', assignment }],
      };
      expect((await t.http().put(path(1, 'tr')).set(bearer(trainer)).send(text)).status).toBe(200);
      // A draft: the participant still gets the Dutch homework.
      const draft = (await read(1, 'tr')).body as ModuleView;
      expect(draft.steps[1]).toMatchObject({
        kind: 'assignment',
        shownIn: 'nl',
        content: { intro: expect.stringContaining('bankafschriften') },
      });
      await t
        .http()
        .post(path(1, 'tr', '/publish'))
        .set(bearer(trainer))
        .expect(200);

      const view = (await read(1, 'tr')).body as ModuleView;
      expect(view.steps[1]).toMatchObject({
        kind: 'assignment',
        title: 'Ödev: aylık genel bakışım',
        shownIn: 'tr',
        content: { type: 'open_questions', intro: assignment.intro, questions: assignment.questions },
      });
      const answers = { inkomen: 'Maaş € 1.400', vast: 'Kira € 650', verrast: 'Çok abonelik' };
      const handedIn = await t
        .http()
        .put(`${enrolments}/${enrolmentId}/steps/${m.stepIds[1]}/homework`)
        .set(bearer(client))
        .send({ answers });
      expect(handedIn.status).toBe(200);
      const [stored] = await t.dataSource.query(`SELECT answers FROM training_submission WHERE enrolment_id = $1 AND step_id = $2`, [
        enrolmentId,
        m.stepIds[1],
      ]);
      expect(stored.answers).toEqual(answers);
      // The Dutch module is unchanged, with the answers under its Dutch questions.
      const dutch = (await read(1)).body as ModuleView;
      expect(dutch.steps[1]).toMatchObject({ shownIn: 'nl', submission: { answers } });
      expect(
        dutch.steps[1].kind === 'assignment' &&
          dutch.steps[1].content.type === 'open_questions' &&
          dutch.steps[1].content.questions[0].text,
      ).toBe('Wat komt er elke maand binnen? Noem alles, ook toeslagen.');
    });

    it('answers 400 naming the field for homework texts that do not fit the step, and writes nothing', async () => {
      const m = course.modules[2];
      const [testStep] = course.modules[0].stepIds.slice(1);
      const cases: Array<[string, object]> = [
        ['steps.0.selfTest', { stepId: m.stepIds[0], title: 'y', selfTest: { questions: [], bands: [] } }],
        ['steps.0.assignment', { stepId: m.stepIds[0], title: 'y', assignment: { intro: 'z' } }],
      ];
      for (const [field, step] of cases) {
        const res = await t
          .http()
          .put(path(2, 'pl'))
          .set(bearer(trainer))
          .send({ title: 'x', intro: '', steps: [step] });
        expect(res.status).toBe(400);
        expect(res.body.fields).toHaveProperty([field]);
      }
      const missing = await t
        .http()
        .put(path(0, 'tr'))
        .set(bearer(trainer))
        .send({
          title: 'x',
          intro: '',
          steps: [
            {
              stepId: testStep,
              title: 'y',
              selfTest: { questions: [{ id: 'q1', text: 'Soru', minLabel: 'a', maxLabel: 'b' }], bands: [] },
            },
          ],
        });
      expect(missing.status).toBe(400);
      expect(missing.body.fields).toHaveProperty(['steps.0.selfTest.questions']);
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM training_module_translation WHERE module_id = $1`, [m.id]);
      expect(row.n).toBe(0);
      expect((await read(0, 'tr')).body.title).toBe('Paranız şu anda nasıl?');
    });
  });
});
