import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import type { EditorFaq, EditorSelfTest, SaveFaq, SelfTestContent, SelfTestDefinition } from '@nabij/library/contracts';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { randomBytes } from 'node:crypto';
import { LibraryModule } from '../library.module';
import { installLibrary, testArticle } from '../testing';

jest.setTimeout(120_000);

/** FAQ entries and self-tests in the editor: what the public saw stays until a draft is published. */
describe('library editors: FAQ and self-tests', () => {
  let t: TestApp;
  let admin: TestAccount;
  let editor: TestAccount;
  let others: Record<'worker' | 'teamLead' | 'client', TestAccount>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, LibraryModule] });
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    admin = await makeAdmin(t, staff);
    editor = await makeWorker(t, { ...staff, libraryEditor: true });
    others = {
      worker: await makeWorker(t, staff),
      teamLead: await makeTeamLead(t, staff),
      client: await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId }),
    };
    await installLibrary(t, { articles: [testArticle({ slug: 'rust-nemen', title: 'Rust nemen', body: 'Neem rust.' })] });
  }, 180_000);
  afterAll(() => t.close());

  const word = () => `faqwoord${randomBytes(3).toString('hex')}`;
  const faq = (w = word()): SaveFaq => ({
    theme: 'money',
    nl: { question: `Wat is ${w}?`, answer: `**${w}** is een woord voor een test.` },
    en: { question: `What is ${w}?`, answer: `**${w}** is a word for a test.` },
  });
  const publicFaq = async () => (await t.http().get('/api/library/faq').query({ theme: 'money' })).body as Array<Record<string, string>>;

  describe('FAQ', () => {
    it('makes a draft the public does not see; publishing shows it with the answer rendered and searchable', async () => {
      const input = faq();
      const created = await t.http().post('/api/library/editor/faq').set(bearer(editor)).send(input);
      expect(created.status).toBe(201);
      const entry = created.body as EditorFaq;
      expect(entry).toMatchObject({ status: 'draft', published: null, draft: input });
      expect((await publicFaq()).find((f) => f.id === entry.id)).toBeUndefined();

      await t.http().post(`/api/library/editor/faq/${entry.id}/publish`).set(bearer(editor)).expect(200);
      const shown = (await publicFaq()).find((f) => f.id === entry.id);
      expect(shown).toMatchObject({ question: input.nl.question, answer: input.nl.answer });
      expect(shown?.html).toContain('<strong>');
      const found = await t
        .http()
        .get('/api/library/search')
        .query({ q: input.nl.question.slice(7, -1) });
      expect(found.body.hits.map((h: { ref: string }) => h.ref)).toContain(entry.id);
    });

    it('keeps the published answer while a change is a draft; publishing the draft replaces it (audited)', async () => {
      const { body: entry } = await t.http().post('/api/library/editor/faq').set(bearer(admin)).send(faq());
      await t.http().post(`/api/library/editor/faq/${entry.id}/publish`).set(bearer(admin)).expect(200);
      const changed = { ...faq(), nl: { question: 'Een nieuwe vraag?', answer: 'Een nieuw antwoord.' } };
      const saved = await t.http().put(`/api/library/editor/faq/${entry.id}`).set(bearer(editor)).send(changed);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ status: 'published', published: { nl: entry.draft.nl }, draft: { nl: changed.nl } });
      expect((await publicFaq()).find((f) => f.id === entry.id)?.question).toBe(entry.draft.nl.question);
      const list = await t.http().get('/api/library/editor/faq').set(bearer(editor));
      expect(list.body.find((f: { id: string }) => f.id === entry.id)).toMatchObject({ hasDraft: true, question: 'Een nieuwe vraag?' });

      const published = await t.http().post(`/api/library/editor/faq/${entry.id}/publish`).set(bearer(editor));
      expect(published.body).toMatchObject({ status: 'published', published: { nl: changed.nl }, draft: null });
      expect((await publicFaq()).find((f) => f.id === entry.id)?.question).toBe('Een nieuwe vraag?');
      const audit = await t.dataSource.query(
        `SELECT action, reason FROM audit_entry WHERE resource_type = 'library_faq' AND resource_id = $1`,
        [entry.id],
      );
      expect(audit.map((a: { action: string; reason: string | null }) => `${a.action}:${a.reason ?? ''}`).sort()).toEqual(
        ['create:', 'update:draft', 'update:publish', 'update:publish'].sort(),
      );
    });

    it('never passes script from an answer to the public page', async () => {
      const input = { ...faq(), nl: { question: 'Veilig?', answer: '<script>alert(1)</script> [klik](javascript:alert(1))' } };
      const { body: entry } = await t.http().post('/api/library/editor/faq').set(bearer(admin)).send(input);
      await t.http().post(`/api/library/editor/faq/${entry.id}/publish`).set(bearer(admin)).expect(200);
      const html = (await publicFaq()).find((f) => f.id === entry.id)?.html ?? '';
      expect(html).toContain('&lt;script&gt;');
      expect(html).not.toContain('<script');
      expect(html).not.toContain('href="javascript:');
    });

    it.each([
      ['theme', (f: SaveFaq) => ({ ...f, theme: 'koken' })],
      ['nl.question', (f: SaveFaq) => ({ ...f, nl: { ...f.nl, question: ' ' } })],
      ['en.answer', (f: SaveFaq) => ({ ...f, en: { ...f.en, answer: 'x'.repeat(5_001) } })],
      ['nl.answer', (f: SaveFaq) => ({ ...f, nl: { ...f.nl, answer: 'Een ⟦ teken' } })],
    ])('answers 400 naming %s and stores nothing', async (field, change) => {
      const input = change(faq()) as SaveFaq;
      const res = await t.http().post('/api/library/editor/faq').set(bearer(admin)).send(input);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM library_faq WHERE question_en = $1`, [input.en.question]);
      expect(n).toBe(0);
    });

    it.each(['worker', 'teamLead', 'client'] as const)('refuses a %s without the editor right: 403, nothing changed', async (role) => {
      const who = others[role];
      const { body: entry } = await t.http().post('/api/library/editor/faq').set(bearer(admin)).send(faq());
      expect((await t.http().get('/api/library/editor/faq').set(bearer(who))).status).toBe(403);
      expect((await t.http().post('/api/library/editor/faq').set(bearer(who)).send(faq())).status).toBe(403);
      expect((await t.http().put(`/api/library/editor/faq/${entry.id}`).set(bearer(who)).send(faq())).status).toBe(403);
      expect((await t.http().post(`/api/library/editor/faq/${entry.id}/publish`).set(bearer(who))).status).toBe(403);
      expect((await t.http().get(`/api/library/editor/faq/${entry.id}`).set(bearer(admin))).body.status).toBe('draft');
    });

    it('answers 404 for an unknown id and 400 for one that is not a uuid', async () => {
      expect(
        (await t.http().put('/api/library/editor/faq/00000000-0000-4000-8000-000000000000').set(bearer(admin)).send(faq())).status,
      ).toBe(404);
      expect((await t.http().get('/api/library/editor/faq/geen-id').set(bearer(admin))).status).toBe(400);
    });
  });

  describe('self-tests', () => {
    function content(title = 'Rust-test'): SelfTestContent {
      const text = (nl: string) => ({ nl, en: `${nl} (en)` });
      return {
        title: text(title),
        intro: text('Twee vragen over rust.'),
        questions: ['slaap', 'pauze'].map((key) => ({
          key,
          text: text(`Hoe gaat het met ${key}?`),
          options: [
            { points: 0, label: text('Goed') },
            { points: 1, label: text('Niet goed') },
          ],
        })),
        bands: [
          {
            key: 'laag',
            min: 0,
            max: 1,
            title: text('Rustig'),
            text: text('Het gaat goed.'),
            steps: [{ kind: 'article', slug: 'rust-nemen' }],
          },
          { key: 'hoog', min: 2, max: 2, title: text('Druk'), text: text('Neem contact op.'), steps: [{ kind: 'chat' }] },
        ],
      };
    }
    async function newTest(): Promise<string> {
      const slug = `test-${randomBytes(4).toString('hex')}`;
      const definition: SelfTestDefinition = { slug, theme: 'stress', content: content('Versie een') };
      await installLibrary(t, { selfTests: [definition] });
      return slug;
    }
    const saveDraft = (who: TestAccount, slug: string, body: object) =>
      t.http().put(`/api/library/editor/self-tests/${slug}/draft`).set(bearer(who)).send(body);

    it('keeps the published version while a draft is written; publishing adds the next version people then take', async () => {
      const slug = await newTest();
      const saved = await saveDraft(editor, slug, { content: content('Versie twee') });
      expect(saved.status).toBe(200);
      expect((saved.body as EditorSelfTest).published?.version).toBe(1);
      expect(saved.body.draft).toMatchObject({ version: 2, content: { title: { nl: 'Versie twee' } } });
      expect((await t.http().get(`/api/library/self-tests/${slug}`)).body).toMatchObject({ version: 1, title: 'Versie een' });
      // Saving again changes the same draft, no third version.
      await saveDraft(editor, slug, { content: content('Versie twee, beter') }).expect(200);

      const published = await t.http().post(`/api/library/editor/self-tests/${slug}/publish`).set(bearer(editor));
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ published: { version: 2 }, draft: null });
      expect((await t.http().get(`/api/library/self-tests/${slug}`)).body).toMatchObject({ version: 2, title: 'Versie twee, beter' });
      const [{ definition }] = await t.dataSource.query(
        `SELECT v.definition FROM library_self_test_version v JOIN library_self_test t ON t.id = v.self_test_id WHERE t.slug = $1 AND v.version = 1`,
        [slug],
      );
      expect(definition.title.nl).toBe('Versie een');
      const again = await t.http().post(`/api/library/editor/self-tests/${slug}/publish`).set(bearer(editor));
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('self_test_no_draft');
    });

    const create = (who: TestAccount, body: object) => t.http().post('/api/library/editor/self-tests').set(bearer(who)).send(body);

    it('creates a new self-test as a draft nobody takes; publishing makes version 1 public', async () => {
      const slug = `nieuw-${randomBytes(4).toString('hex')}`;
      const res = await create(editor, { slug, theme: 'work', content: content('Werkdruk-test') });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ slug, theme: 'work', published: null, draft: { version: 1 } });
      expect((await t.http().get(`/api/library/self-tests/${slug}`)).status).toBe(404);
      expect(((await t.http().get('/api/library/self-tests')).body as Array<{ slug: string }>).map((s) => s.slug)).not.toContain(slug);
      const list = await t.http().get('/api/library/editor/self-tests').set(bearer(admin));
      expect(list.body.find((s: { slug: string }) => s.slug === slug)).toMatchObject({ publishedVersion: null, draftVersion: 1 });

      await t.http().post(`/api/library/editor/self-tests/${slug}/publish`).set(bearer(editor)).expect(200);
      expect((await t.http().get(`/api/library/self-tests/${slug}`)).body).toMatchObject({ version: 1, title: 'Werkdruk-test' });
      const taken = await create(admin, { slug, theme: 'work', content: content() });
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('slug_taken');
    });

    it('saves added, removed and reordered questions and answers as the next draft; the public version keeps its own', async () => {
      const slug = await newTest();
      const changed = content('Versie twee');
      // The second question first, a third answer added to it, the first answer of the other removed (and one put back).
      changed.questions.reverse();
      changed.questions[0].options.push({ points: 2, label: { nl: 'Heel slecht', en: 'Very bad' } });
      changed.questions[1].options = [changed.questions[1].options[1], { points: 0, label: { nl: 'Prima', en: 'Fine' } }];
      changed.questions.push({
        key: 'eten',
        text: { nl: 'Eet je op tijd?', en: 'Do you eat on time?' },
        options: [
          { points: 0, label: { nl: 'Ja', en: 'Yes' } },
          { points: 1, label: { nl: 'Nee', en: 'No' } },
        ],
      });
      changed.bands[1].max = 4;
      const saved = await saveDraft(editor, slug, { content: changed });
      expect(saved.status).toBe(200);
      const draft = (saved.body as EditorSelfTest).draft!.content;
      expect(draft.questions.map((q) => q.key)).toEqual(['pauze', 'slaap', 'eten']);
      expect(draft.questions[0].options.map((o) => o.label.nl)).toEqual(['Goed', 'Niet goed', 'Heel slecht']);
      expect(draft.questions[1].options.map((o) => o.label.nl)).toEqual(['Niet goed', 'Prima']);
      const shown = (await t.http().get(`/api/library/self-tests/${slug}`)).body;
      expect(shown.questions.map((q: { key: string }) => q.key)).toEqual(['slaap', 'pauze']);
    });

    it('discards a draft: the published version stays; a new test that was never published goes altogether', async () => {
      const slug = await newTest();
      await saveDraft(editor, slug, { content: content('Versie twee') }).expect(200);
      const discarded = await t.http().delete(`/api/library/editor/self-tests/${slug}/draft`).set(bearer(editor));
      expect(discarded.status).toBe(200);
      expect(discarded.body).toMatchObject({ published: { version: 1 }, draft: null });
      const again = await t.http().delete(`/api/library/editor/self-tests/${slug}/draft`).set(bearer(editor));
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('self_test_no_draft');

      const fresh = `weg-${randomBytes(4).toString('hex')}`;
      await create(editor, { slug: fresh, theme: 'work', content: content() }).expect(201);
      const gone = await t.http().delete(`/api/library/editor/self-tests/${fresh}/draft`).set(bearer(editor));
      expect(gone.body).toEqual({ slug: fresh, theme: 'work', published: null, draft: null });
      expect((await t.http().get(`/api/library/editor/self-tests/${fresh}`).set(bearer(editor))).status).toBe(404);
    });

    it.each([
      ['slug', (c: SelfTestContent) => ({ slug: 'Met Spaties', theme: 'work', content: c })],
      ['theme', (c: SelfTestContent) => ({ slug: `x-${randomBytes(3).toString('hex')}`, theme: 'koken', content: c })],
      ['content', () => ({ slug: `x-${randomBytes(3).toString('hex')}`, theme: 'work' })],
      [
        'content.questions',
        (c: SelfTestContent) => ({ slug: `x-${randomBytes(3).toString('hex')}`, theme: 'work', content: { ...c, questions: [] } }),
      ],
    ])('refuses a new self-test with a bad %s: 400 naming it, nothing stored', async (field, body) => {
      const input = body(content()) as { slug: string };
      const res = await create(admin, input);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM library_self_test WHERE slug = $1`, [input.slug]);
      expect(n).toBe(0);
    });

    it('refuses a draft whose bands leave a score out, or that advises an unknown article: 400 naming content, nothing stored', async () => {
      const slug = await newTest();
      const gap = content();
      gap.bands[1].min = 3;
      gap.bands[1].max = 3;
      const res = await saveDraft(admin, slug, { content: gap });
      expect(res.status).toBe(400);
      expect(res.body.fields.content).toContain('score 2 falls in 0 bands');
      const unknown = content();
      unknown.bands[0].steps = [{ kind: 'article', slug: 'bestaat-niet' }];
      const res2 = await saveDraft(admin, slug, { content: unknown });
      expect(res2.status).toBe(400);
      expect(res2.body.fields.content).toEqual(['advises article bestaat-niet, which is not published']);
      expect((await t.http().get(`/api/library/editor/self-tests/${slug}`).set(bearer(admin))).body.draft).toBeNull();
    });

    it('answers 400 naming a nested field that is missing or wrong', async () => {
      const slug = await newTest();
      const bad = content();
      (bad.questions[0].text as { nl: string }).nl = '';
      const res = await saveDraft(admin, slug, { content: bad });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual(['content.questions.0.text.nl']);
      const noContent = await saveDraft(admin, slug, {});
      expect(noContent.status).toBe(400);
      expect(Object.keys(noContent.body.fields)).toEqual(['content']);
    });

    /** `content()` with a Turkish text in every place (a whole translation). */
    function inTurkish(title = 'Rust-test'): SelfTestContent {
      return JSON.parse(JSON.stringify(content(title)), (_key, value) =>
        value && typeof value === 'object' && typeof value.nl === 'string' ? { ...value, tr: `${value.nl} (tr)` } : value,
      );
    }

    it('accepts a draft translated whole into Turkish; once published a Turkish reader gets it, an Arabic reader Dutch', async () => {
      const slug = await newTest();
      const saved = await saveDraft(editor, slug, { content: inTurkish('Versie twee') });
      expect(saved.status).toBe(200);
      expect(saved.body.draft.content.questions[0].options[1].label).toEqual({
        nl: 'Niet goed',
        en: 'Niet goed (en)',
        tr: 'Niet goed (tr)',
      });
      await t.http().post(`/api/library/editor/self-tests/${slug}/publish`).set(bearer(editor)).expect(200);
      const turkish = await t.http().get(`/api/library/self-tests/${slug}`).query({ lang: 'tr' });
      expect(turkish.body).toMatchObject({ version: 2, shownIn: 'tr', requested: 'tr', title: 'Versie twee (tr)' });
      expect(turkish.body.bands[1].text).toBe('Neem contact op. (tr)');
      const arabic = await t.http().get(`/api/library/self-tests/${slug}`).query({ lang: 'ar' });
      expect(arabic.body).toMatchObject({ version: 2, shownIn: 'nl', requested: 'ar', title: 'Versie twee' });
    });

    it('refuses a draft translated in part: 400 naming content and the texts without the language, nothing stored', async () => {
      const slug = await newTest();
      const partly = inTurkish();
      delete partly.questions[1].text.tr;
      delete partly.bands[0].title.tr;
      const res = await saveDraft(editor, slug, { content: partly });
      expect(res.status).toBe(400);
      expect(res.body.fields.content).toEqual(['is partly translated into tr: question pauze, band laag title have no tr text']);
      expect((await t.http().get(`/api/library/editor/self-tests/${slug}`).set(bearer(editor))).body.draft).toBeNull();
    });

    it('answers 400 naming a translation that is empty or not text, and refuses a language that is no client language', async () => {
      const slug = await newTest();
      const empty = inTurkish();
      empty.intro.tr = ' ';
      const res = await saveDraft(editor, slug, { content: empty });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual(['content.intro.tr']);
      const german = content();
      (german.title as unknown as Record<string, string>).de = 'Ruhe-Test';
      const res2 = await saveDraft(editor, slug, { content: german });
      expect(res2.status).toBe(400);
      expect(Object.keys(res2.body.fields)).toEqual(['content.title.de']);
      expect((await t.http().get(`/api/library/editor/self-tests/${slug}`).set(bearer(editor))).body.draft).toBeNull();
    });

    it.each(['worker', 'teamLead', 'client'] as const)('refuses a %s without the editor right: 403', async (role) => {
      const slug = await newTest();
      expect((await t.http().get('/api/library/editor/self-tests').set(bearer(others[role]))).status).toBe(403);
      expect((await saveDraft(others[role], slug, { content: content() })).status).toBe(403);
      expect((await t.http().post(`/api/library/editor/self-tests/${slug}/publish`).set(bearer(others[role]))).status).toBe(403);
      expect((await t.http().delete(`/api/library/editor/self-tests/${slug}/draft`).set(bearer(others[role]))).status).toBe(403);
      expect((await create(others[role], { slug: `${slug}-twee`, theme: 'work', content: content() })).status).toBe(403);
    });

    it('answers 404 for a self-test that does not exist', async () => {
      expect((await saveDraft(admin, 'bestaat-niet', { content: content() })).status).toBe(404);
      expect((await t.http().get('/api/library/editor/self-tests/bestaat-niet').set(bearer(admin))).status).toBe(404);
      expect((await t.http().delete('/api/library/editor/self-tests/bestaat-niet/draft').set(bearer(admin))).status).toBe(404);
    });
  });
});
