import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import type { KeptSelfTestResult, SelfTestContent, SelfTestDefinition, SelfTestSummary, SelfTestView } from '@nabij/library/contracts';
import { PrivacyModule } from '@nabij/privacy/api';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { LIBRARY_ARTICLES } from '../content/library-content';
import { ASSERTIVENESS_TEST, LIBRARY_SELF_TESTS, MONEY_QUICKSCAN, STRESS_TEST } from '../content/self-tests';
import { LibraryModule } from '../library.module';
import { installLibrary } from '../testing';

jest.setTimeout(120_000);

/** Self-tests: public to take, a result kept only by a logged-in client who asks for it. */
describe('self-tests', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, PrivacyModule, LibraryModule] });
    await installLibrary(t, { articles: LIBRARY_ARTICLES, selfTests: LIBRARY_SELF_TESTS });
  }, 180_000);
  afterAll(() => t.close());

  async function people(): Promise<{
    client: TestAccount;
    other: TestAccount;
    stranger: TestAccount;
    worker: TestAccount;
    admin: TestAccount;
    teamLead: TestAccount;
  }> {
    const org = await makeOrganisation(t);
    const otherOrg = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    return {
      client: await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Sanne de Vries' }),
      other: await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId }),
      stranger: await makeClient(t, { organisationId: otherOrg.organisationId, financierId: otherOrg.financierId }),
      worker: await makeWorker(t, staff),
      admin: await makeAdmin(t, staff),
      teamLead: await makeTeamLead(t, staff),
    };
  }

  async function view(slug: string, lang = 'nl'): Promise<SelfTestView> {
    const res = await t.http().get(`/api/library/self-tests/${slug}`).query({ lang });
    expect(res.status).toBe(200);
    return res.body;
  }

  /** The option index per question that gives `points` (every seeded option scale has each 0…max once). */
  function answersFor(test: SelfTestView, points: number[]): number[] {
    return test.questions.map((q, i) => q.options.findIndex((o) => o.points === points[i]));
  }

  const keep = (who: TestAccount, body: object) => t.http().post('/api/library/self-test-results').set(bearer(who)).send(body);

  describe('taking one (public)', () => {
    it('lists the stress test, the money quickscan and the assertiveness test without a login', async () => {
      const res = await t.http().get('/api/library/self-tests');
      expect(res.status).toBe(200);
      const list = res.body as SelfTestSummary[];
      expect(list.map((s) => s.slug)).toEqual(['stresstest', 'quickscan-geldzorgen', 'voor-jezelf-opkomen']);
      expect(list[1]).toMatchObject({ theme: 'money', title: 'Quickscan geldzorgen', questionCount: 8 });
      const en = await t.http().get('/api/library/self-tests').query({ lang: 'en' });
      expect(en.body[0].title).toBe('Stress test: how much stress do you have?');
    });

    it('gives a test with its questions, bands and stepped advice naming real articles', async () => {
      const test = await view('quickscan-geldzorgen');
      expect(test.version).toBe(1);
      expect(test.maxScore).toBe(16);
      expect(test.questions).toHaveLength(8);
      expect(test.questions[0].options.map((o) => o.label)).toEqual(['Nee', 'Soms of een beetje', 'Ja']);
      const high = test.bands.find((b) => b.key === 'high')!;
      expect(high.steps.map((s) => s.kind)).toEqual(['article', 'article', 'chat', 'register']);
      expect(high.steps[0]).toEqual({
        kind: 'article',
        slug: 'schulden-wat-kun-je-zelf-doen',
        title: 'Schulden: wat kun je zelf doen?',
        shownIn: 'nl',
      });
      const english = await view('voor-jezelf-opkomen', 'en');
      expect(english.bands[2].steps[0]).toMatchObject({
        kind: 'training',
        name: 'Online training Assertiveness: standing up for yourself',
      });
    });

    it('answers 404 for a test that does not exist and 400 naming lang for an unknown language', async () => {
      expect((await t.http().get('/api/library/self-tests/bestaat-niet')).status).toBe(404);
      const res = await t.http().get('/api/library/self-tests/stresstest').query({ lang: 'de' });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual(['lang']);
    });

    it('leaves an article that is not published out of the advice', async () => {
      const draftOnly: SelfTestDefinition = {
        ...STRESS_TEST,
        slug: 'test-met-concept-artikel',
        content: {
          ...STRESS_TEST.content,
          bands: STRESS_TEST.content.bands.map((b) => ({
            ...b,
            steps: [{ kind: 'article' as const, slug: 'bestaat-niet' }, { kind: 'chat' as const }],
          })),
        },
      };
      await installLibrary(t, { selfTests: [draftOnly] });
      const test = await view('test-met-concept-artikel');
      expect(test.bands[0].steps).toEqual([{ kind: 'chat' }]);
    });
  });

  describe('scoring per band (kept results are scored by the API)', () => {
    it.each([
      ['stresstest', [0, 0, 1, 1, 1, 1, 1, 2], 7, 'low', 'Je hebt weinig stress'],
      ['stresstest', [1, 1, 1, 1, 1, 1, 1, 1], 8, 'medium', 'Je hebt best veel stress'],
      ['stresstest', [2, 2, 2, 2, 2, 2, 2, 2], 16, 'high', 'Je hebt veel stress'],
      ['quickscan-geldzorgen', [0, 0, 1, 1, 1, 0, 0, 0], 3, 'low', 'Je geldzaken lijken op orde'],
      ['quickscan-geldzorgen', [0, 0, 1, 1, 1, 1, 0, 0], 4, 'medium', 'Er zijn zorgen over geld'],
      ['quickscan-geldzorgen', [2, 2, 2, 2, 1, 0, 0, 0], 9, 'high', 'Je hebt serieuze geldzorgen'],
      ['voor-jezelf-opkomen', [0, 0, 0, 0, 0, 0, 3, 3], 6, 'low', 'Je komt goed voor jezelf op'],
      ['voor-jezelf-opkomen', [3, 3, 3, 3, 3, 0, 0, 0], 15, 'medium', 'Soms vind je het lastig'],
      ['voor-jezelf-opkomen', [3, 3, 3, 3, 3, 3, 3, 3], 24, 'high', 'Voor jezelf opkomen is moeilijk voor je'],
    ])('%s with points %j scores %i: %s', async (slug, points, score, band, title) => {
      const { client } = await people();
      const test = await view(slug);
      const res = await keep(client, { versionId: test.versionId, answers: answersFor(test, points) });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ slug, score, maxScore: test.maxScore, band: { key: band, title } });
    });

    it('counts "almost never" heaviest in the assertiveness test (the scale runs the other way)', async () => {
      const { client } = await people();
      const test = await view('voor-jezelf-opkomen');
      expect(test.questions[0].options.map((o) => [o.label, o.points])).toEqual([
        ['Bijna nooit', 3],
        ['Soms', 2],
        ['Vaak', 1],
        ['Bijna altijd', 0],
      ]);
      const res = await keep(client, { versionId: test.versionId, answers: [0, 0, 0, 0, 0, 0, 0, 0] });
      expect(res.body).toMatchObject({ score: 24, band: { key: 'high' } });
    });
  });

  describe('keeping a result (client only)', () => {
    it('keeps it for the client alone: in their own list, not in another client’s', async () => {
      const { client, other } = await people();
      const test = await view('stresstest');
      const kept = await keep(client, { versionId: test.versionId, answers: [1, 1, 1, 1, 1, 1, 1, 1] });
      expect(kept.status).toBe(201);
      const mine = await t.http().get('/api/library/self-test-results').set(bearer(client));
      expect(mine.status).toBe(200);
      expect((mine.body as KeptSelfTestResult[]).map((r) => r.id)).toEqual([kept.body.id]);
      expect(mine.body[0]).toMatchObject({ title: 'Stresstest: hoeveel stress heb je?', version: 1, takenAt: t.clock.now().toISOString() });
      const theirs = await t.http().get('/api/library/self-test-results').set(bearer(other));
      expect(theirs.body).toEqual([]);
    });

    it.each(['worker', 'admin', 'teamLead'] as const)('refuses a %s: 403 on keeping and on the list', async (role) => {
      const who = (await people())[role];
      const test = await view('stresstest');
      expect((await keep(who, { versionId: test.versionId, answers: [0, 0, 0, 0, 0, 0, 0, 0] })).status).toBe(403);
      expect((await t.http().get('/api/library/self-test-results').set(bearer(who))).status).toBe(403);
    });

    it('refuses a visitor without a login: 401, and nothing is stored', async () => {
      const test = await view('stresstest');
      const count = async () =>
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM library_self_test_result WHERE version_id = $1`, [test.versionId]))[0].n;
      const before = await count();
      const res = await t
        .http()
        .post('/api/library/self-test-results')
        .send({ versionId: test.versionId, answers: [0, 0, 0, 0, 0, 0, 0, 0] });
      expect(res.status).toBe(401);
      expect(await count()).toBe(before);
    });

    it.each([
      ['answers', { answers: [0, 0, 0] }],
      ['answers', { answers: [0, 0, 0, 0, 0, 0, 0, 3] }],
      ['answers', { answers: [0, 0, 0, 0, 0, 0, 0, 1.5] }],
      ['answers', { answers: 'alles' }],
      ['answers', { answers: [0, 0, 0, 0, 0, 0, 0, -1] }],
      ['versionId', { versionId: 'geen-id' }],
      ['versionId', { versionId: '00000000-0000-4000-8000-000000000000' }],
    ])('answers 400 naming %s for %j, and stores nothing', async (field, patch) => {
      const { client } = await people();
      const test = await view('quickscan-geldzorgen');
      const res = await keep(client, { versionId: test.versionId, answers: [0, 0, 0, 0, 0, 0, 0, 0], ...patch });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
      const mine = await t.http().get('/api/library/self-test-results').set(bearer(client));
      expect(mine.body).toEqual([]);
    });

    it('lets the client delete their own result; another client’s id (same or other organisation) is 404', async () => {
      const { client, other, stranger } = await people();
      const test = await view('stresstest');
      const { body } = await keep(client, { versionId: test.versionId, answers: [2, 2, 2, 2, 2, 2, 2, 2] });
      for (const who of [other, stranger])
        expect((await t.http().delete(`/api/library/self-test-results/${body.id}`).set(bearer(who))).status).toBe(404);
      expect((await t.http().delete(`/api/library/self-test-results/not-a-uuid`).set(bearer(client))).status).toBe(400);
      expect((await t.http().delete(`/api/library/self-test-results/${body.id}`).set(bearer(client))).status).toBe(204);
      expect((await t.http().get('/api/library/self-test-results').set(bearer(client))).body).toEqual([]);
      expect((await t.http().delete(`/api/library/self-test-results/${body.id}`).set(bearer(client))).status).toBe(404);
    });
  });

  describe('versions', () => {
    it('publishes a changed definition as a new version; a kept result keeps the questions it answered', async () => {
      const slug = 'test-versies';
      const first: SelfTestDefinition = { ...MONEY_QUICKSCAN, slug };
      await installLibrary(t, { selfTests: [first] });
      await installLibrary(t, { selfTests: [first] }); // the same again: no new version
      const v1 = await view(slug);
      expect(v1.version).toBe(1);
      const { client } = await people();
      const kept = await keep(client, { versionId: v1.versionId, answers: [2, 2, 2, 2, 2, 2, 2, 2] });
      const changed: SelfTestDefinition = {
        ...first,
        content: { ...first.content, title: { ...first.content.title, nl: 'Quickscan geld, nieuw', en: 'Money quick scan, new' } },
      };
      await installLibrary(t, { selfTests: [changed] });
      const v2 = await view(slug);
      expect(v2).toMatchObject({ version: 2, title: 'Quickscan geld, nieuw' });
      expect(v2.versionId).not.toBe(v1.versionId);
      const mine = await t.http().get('/api/library/self-test-results').set(bearer(client));
      expect(mine.body[0]).toMatchObject({ id: kept.body.id, version: 1, title: 'Quickscan geldzorgen', score: 16 });
      // Someone who started just before the new version may still keep their result.
      expect((await keep(client, { versionId: v1.versionId, answers: [0, 0, 0, 0, 0, 0, 0, 0] })).status).toBe(201);
    });

    it('never changes a published version (the database refuses it)', async () => {
      const test = await view('voor-jezelf-opkomen');
      await expect(
        t.dataSource.query(`UPDATE library_self_test_version SET definition = '{}'::jsonb WHERE id = $1`, [test.versionId]),
      ).rejects.toThrow(/published and never changes/);
      await expect(t.dataSource.query(`DELETE FROM library_self_test_version WHERE id = $1`, [test.versionId])).rejects.toThrow(
        /published and never changes/,
      );
    });

    it('refuses to install a test whose bands leave a score out', async () => {
      const gap: SelfTestDefinition = {
        ...ASSERTIVENESS_TEST,
        slug: 'test-met-gat',
        content: { ...ASSERTIVENESS_TEST.content, bands: ASSERTIVENESS_TEST.content.bands.filter((b) => b.key !== 'medium') },
      };
      await expect(installLibrary(t, { selfTests: [gap] })).rejects.toThrow(/score 8 falls in 0 bands/);
      expect((await t.http().get('/api/library/self-tests/test-met-gat')).status).toBe(404);
    });
  });

  describe('in the client’s language (issue 17)', () => {
    /** The definition without the given translation languages, in every text. */
    function without(content: SelfTestContent, langs: string[]): SelfTestContent {
      return JSON.parse(JSON.stringify(content, (key, value) => (langs.includes(key) ? undefined : value)));
    }

    /** Keeps a result asking in `lang`, from an address of its own: the rest of this file uses up the per-address limit. */
    const keepIn = (lang: string, who: TestAccount, body: object) =>
      t.http().post('/api/library/self-test-results').query({ lang }).set('X-Forwarded-For', '198.51.100.17').set(bearer(who)).send(body);

    it('gives a reader of Arabic the whole test in Arabic: title, questions, answers, results and the training step', async () => {
      const list = await t.http().get('/api/library/self-tests').query({ lang: 'ar' });
      expect(list.status).toBe(200);
      expect((list.body as SelfTestSummary[]).find((s) => s.slug === 'stresstest')).toMatchObject({
        slug: 'stresstest',
        title: 'اختبار الضغط النفسي: كم من الضغط عندك؟',
        shownIn: 'ar',
        requested: 'ar',
      });
      const test = await view('voor-jezelf-opkomen', 'ar');
      expect(test).toMatchObject({ shownIn: 'ar', requested: 'ar', title: 'اختبار: هل تدافع عن نفسك؟' });
      expect(test.questions[0].text).toBe('أقول «لا» عندما لا أريد شيئًا.');
      expect(test.questions[0].options.map((o) => [o.label, o.points])).toEqual([
        ['نادرًا جدًا', 3],
        ['أحيانًا', 2],
        ['غالبًا', 1],
        ['دائمًا تقريبًا', 0],
      ]);
      const high = test.bands.find((b) => b.key === 'high')!;
      expect(high.title).toBe('الدفاع عن نفسك صعب عليك');
      expect(high.steps[0]).toMatchObject({ kind: 'training', name: 'تدريب عبر الإنترنت: كيف تدافع عن نفسك' });
    });

    it('names an advised article in the reader’s language when it is translated, else in Dutch (flagged per step)', async () => {
      const test = await view('stresstest', 'pl');
      const medium = test.bands.find((b) => b.key === 'medium')!;
      expect(medium.steps.slice(0, 2)).toEqual([
        { kind: 'article', slug: 'stress-herkennen-en-verminderen', title: 'Jak rozpoznać i zmniejszyć stres', shownIn: 'pl' },
        { kind: 'article', slug: 'burn-out-als-je-op-bent', title: expect.any(String), shownIn: 'nl' },
      ]);
      const dutch = await view('stresstest');
      expect(medium.steps[1]).toMatchObject({ title: (dutch.bands[1].steps[1] as { title: string }).title });
    });

    it('gives a test without a Turkish translation in Dutch to a reader of Turkish, flagged; Arabic readers still get Arabic', async () => {
      const slug = 'test-zonder-turks';
      await installLibrary(t, { selfTests: [{ ...MONEY_QUICKSCAN, slug, content: without(MONEY_QUICKSCAN.content, ['tr']) }] });
      const turkish = await view(slug, 'tr');
      expect(turkish).toMatchObject({ shownIn: 'nl', requested: 'tr', title: 'Quickscan geldzorgen' });
      expect(turkish.questions[0].options.map((o) => o.label)).toEqual(['Nee', 'Soms of een beetje', 'Ja']);
      expect(turkish.bands[0].title).toBe('Je geldzaken lijken op orde');
      const list = (await t.http().get('/api/library/self-tests').query({ lang: 'tr' })).body as SelfTestSummary[];
      expect(list.find((s) => s.slug === slug)).toMatchObject({ shownIn: 'nl', requested: 'tr', title: 'Quickscan geldzorgen' });
      expect(list.find((s) => s.slug === 'quickscan-geldzorgen')).toMatchObject({ shownIn: 'tr', title: 'Hızlı test: Para sıkıntısı' });
      expect(await view(slug, 'ar')).toMatchObject({ shownIn: 'ar', title: 'فحص سريع: هموم المال' });
      // Dutch and English readers never see a flag.
      expect(await view(slug, 'en')).toMatchObject({ shownIn: 'en', requested: 'en', title: 'Quick scan: money worries' });
    });

    it('adds translations as a new version: the published one stays as it was, and its kept results read in Dutch', async () => {
      const slug = 'test-vertaling-erbij';
      await installLibrary(t, { selfTests: [{ ...STRESS_TEST, slug, content: without(STRESS_TEST.content, ['ar', 'tr', 'pl']) }] });
      const v1 = await view(slug, 'ar');
      expect(v1).toMatchObject({ version: 1, shownIn: 'nl', title: 'Stresstest: hoeveel stress heb je?' });
      const { client } = await people();
      const old = await keepIn('nl', client, { versionId: v1.versionId, answers: [2, 2, 2, 2, 2, 2, 2, 2] });
      expect(old.status).toBe(201);

      await installLibrary(t, { selfTests: [{ ...STRESS_TEST, slug }] });
      const v2 = await view(slug, 'ar');
      expect(v2).toMatchObject({ version: 2, shownIn: 'ar', title: 'اختبار الضغط النفسي: كم من الضغط عندك؟' });
      expect(v2.versionId).not.toBe(v1.versionId);
      const [{ definition }] = await t.dataSource.query(`SELECT definition FROM library_self_test_version WHERE id = $1`, [v1.versionId]);
      expect(definition).toEqual(without(STRESS_TEST.content, ['ar', 'tr', 'pl']));
      const fresh = await keepIn('ar', client, { versionId: v2.versionId, answers: [0, 0, 0, 0, 0, 0, 0, 0] });
      expect(fresh.status).toBe(201);
      expect(fresh.body).toMatchObject({ version: 2, shownIn: 'ar', band: { key: 'low', title: 'عندك القليل من الضغط' } });

      const mine = (await t.http().get('/api/library/self-test-results').query({ lang: 'ar' }).set(bearer(client)))
        .body as KeptSelfTestResult[];
      // Both were kept at the same (test clock) moment: in order of version.
      expect(mine.map((r) => [r.id, r.version, r.shownIn, r.title, r.band.title]).sort((a, b) => Number(b[1]) - Number(a[1]))).toEqual([
        [fresh.body.id, 2, 'ar', 'اختبار الضغط النفسي: كم من الضغط عندك؟', 'عندك القليل من الضغط'],
        [old.body.id, 1, 'nl', 'Stresstest: hoeveel stress heb je?', 'Je hebt veel stress'],
      ]);
    });

    it('reads kept results in the language asked for: Polish, Turkish, and Dutch without a language', async () => {
      const { client } = await people();
      const test = await view('quickscan-geldzorgen');
      await keepIn('nl', client, { versionId: test.versionId, answers: [2, 2, 2, 2, 1, 0, 0, 0] }).expect(201);
      const read = async (lang?: string) => {
        const res = await t
          .http()
          .get('/api/library/self-test-results')
          .query(lang ? { lang } : {})
          .set(bearer(client));
        expect(res.status).toBe(200);
        return res.body[0] as KeptSelfTestResult;
      };
      expect(await read('pl')).toMatchObject({
        shownIn: 'pl',
        title: 'Szybki test: kłopoty z pieniędzmi',
        band: { key: 'high', title: 'Masz poważne kłopoty z pieniędzmi' },
      });
      expect(await read('tr')).toMatchObject({ shownIn: 'tr', band: { title: 'Ciddi para sıkıntıların var' } });
      expect(await read()).toMatchObject({ shownIn: 'nl', band: { title: 'Je hebt serieuze geldzorgen' } });
      const bad = await t.http().get('/api/library/self-test-results').query({ lang: 'de' }).set(bearer(client));
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.fields)).toEqual(['lang']);
    });

    it('refuses to install a test translated in part', async () => {
      const partly = without(ASSERTIVENESS_TEST.content, []);
      delete partly.bands[2].text.pl;
      await expect(installLibrary(t, { selfTests: [{ ...ASSERTIVENESS_TEST, slug: 'test-half-pools', content: partly }] })).rejects.toThrow(
        /partly translated into pl: band high text has no pl text/,
      );
    });
  });

  describe('download my data and erasure', () => {
    it('puts kept results with their questions and answers in the client’s download, not in another’s', async () => {
      const { client, other } = await people();
      const test = await view('quickscan-geldzorgen');
      await keep(client, { versionId: test.versionId, answers: [2, 0, 0, 0, 0, 0, 0, 1] });
      const res = await t.http().get('/api/privacy/my-data').set(bearer(client));
      expect(res.status).toBe(200);
      const [result] = res.body.sections.library.selfTestResults;
      expect(result).toMatchObject({ test: 'Quickscan geldzorgen', version: 1, score: 3, result: 'Je geldzaken lijken op orde' });
      expect(result.answers[0]).toEqual({ question: 'Ik heb rekeningen die ik niet op tijd kan betalen.', answer: 'Ja' });
      expect(result.answers[7]).toEqual({ question: 'Ik lig wakker van zorgen over geld.', answer: 'Soms of een beetje' });
      const theirs = await t.http().get('/api/privacy/my-data').set(bearer(other));
      expect(theirs.body.sections.library.selfTestResults).toEqual([]);
    });

    it('erases kept results with the client (deletion request executed), and leaves another client’s', async () => {
      const { client, other, admin } = await people();
      const test = await view('stresstest');
      await keep(client, { versionId: test.versionId, answers: [1, 1, 1, 1, 1, 1, 1, 1] });
      await keep(other, { versionId: test.versionId, answers: [1, 1, 1, 1, 1, 1, 1, 1] });
      const request = await t
        .http()
        .post('/api/privacy/deletion-requests')
        .set(bearer(client))
        .send({ reason: 'Ik wil opnieuw beginnen.' });
      expect(request.status).toBe(201);
      const plan = await t.http().get(`/api/privacy/deletion-requests/${request.body.id}`).set(bearer(admin));
      expect(plan.body.plan.find((l: { kind: string }) => l.kind === 'self_tests')).toMatchObject({ action: 'delete', count: 1 });
      expect((await t.http().post(`/api/privacy/deletion-requests/${request.body.id}/execute`).set(bearer(admin))).status).toBe(200);
      const counts = await t.dataSource.query(
        `SELECT account_id, count(*)::int AS n FROM library_self_test_result WHERE account_id = ANY ($1) GROUP BY account_id`,
        [[client.id, other.id]],
      );
      expect(counts).toEqual([{ account_id: other.id, n: 1 }]);
    });
  });
});
