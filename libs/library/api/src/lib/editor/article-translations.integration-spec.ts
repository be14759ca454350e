import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import type { Article, ArticleSummary, EditorArticle, EditorTranslation, SearchResponse } from '@nabij/library/contracts';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { LibraryModule } from '../library.module';
import { installLibrary, testArticle } from '../testing';

jest.setTimeout(120_000);

/** Issue 17: articles in the reader's language when a published translation exists, else Dutch, flagged. */
describe('article translations', () => {
  let t: TestApp;
  let admin: TestAccount;
  let editor: TestAccount;
  let worker: TestAccount;
  let teamLead: TestAccount;
  let client: TestAccount;
  let organisationId: string;
  let otherOrganisationId: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, LibraryModule] });
    const org = await makeOrganisation(t);
    const second = await makeOrganisation(t);
    organisationId = org.organisationId;
    otherOrganisationId = second.organisationId;
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    admin = await makeAdmin(t, staff);
    editor = await makeWorker(t, staff);
    await t.dataSource.query(`UPDATE account SET library_editor = true WHERE id = $1`, [editor.id]);
    worker = await makeWorker(t, staff);
    teamLead = await makeTeamLead(t, staff);
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
  }, 180_000);
  afterAll(() => t.close());

  const unique = () => randomBytes(4).toString('hex');

  /** A published article of its own, with a Turkish translation installed as given. */
  async function article(opts: { turkish?: 'published' | 'draft'; organisationId?: string | null } = {}) {
    const slug = `vertaling-${unique()}`;
    const word = `woord${unique()}`;
    const def = {
      ...testArticle({ slug, title: `Schulden en ${word}`, body: `## Begin\n\nOpen je post. ${word}.` }),
      translations: opts.turkish
        ? { tr: { title: `Borçlar ve ${word}`, summary: 'Borçlar hakkında.', body: `## Başla\n\nPostanı aç. ${word}.` } }
        : {},
    };
    if (opts.turkish === 'draft') {
      const [id] = (await installLibrary(t, { articles: [{ ...def, translations: {} }] }, { organisationId: opts.organisationId ?? null }))
        .articleIds;
      await t.dataSource.query(
        `INSERT INTO library_article_translation (article_id, lang, status, title, summary, body, plain, created_at, updated_at)
         VALUES ($1, 'tr', 'draft', 'Taslak başlık', 'Taslak.', 'Taslak metin.', 'Taslak metin.', now(), now())`,
        [id],
      );
      return { id, slug, word };
    }
    const [id] = (await installLibrary(t, { articles: [def] }, { organisationId: opts.organisationId ?? null })).articleIds;
    return { id, slug, word };
  }

  const read = (slug: string, lang: string, who?: TestAccount) => {
    const req = t.http().get(`/api/library/articles/${slug}`).query({ lang });
    return who ? req.set(bearer(who)) : req;
  };
  const path = (id: string, lang: string, rest = '') => `/api/library/editor/articles/${id}/translations/${lang}${rest}`;
  const text = { title: 'Długi i rachunki', summary: 'Co robić, gdy nie możesz zapłacić.', body: '## Zacznij tutaj\n\nOtwórz pocztę.' };

  it('gives a Turkish reader the published Turkish article', async () => {
    const a = await article({ turkish: 'published' });
    const res = await read(a.slug, 'tr', client);
    expect(res.status).toBe(200);
    const body = res.body as Article;
    expect(body).toMatchObject({ slug: a.slug, title: `Borçlar ve ${a.word}`, shownIn: 'tr', requested: 'tr' });
    expect(body.html).toContain('<h2>Başla</h2>');
    const list = await t.http().get('/api/library/articles').query({ lang: 'tr', theme: 'money' });
    expect((list.body as ArticleSummary[]).find((s) => s.slug === a.slug)).toMatchObject({ shownIn: 'tr', title: `Borçlar ve ${a.word}` });
  });

  it('gives a Polish reader of an untranslated article the Dutch text, flagged', async () => {
    const a = await article({ turkish: 'published' });
    const res = await read(a.slug, 'pl');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: `Schulden en ${a.word}`, shownIn: 'nl', requested: 'pl' });
    expect((await read(a.slug, 'nl')).body).toMatchObject({ shownIn: 'nl', requested: 'nl' });
  });

  it('does not show a draft translation to readers', async () => {
    const a = await article({ turkish: 'draft' });
    const res = await read(a.slug, 'tr', client);
    expect(res.body).toMatchObject({ title: `Schulden en ${a.word}`, shownIn: 'nl', requested: 'tr' });
    const found = await t.http().get('/api/library/search').query({ q: 'Taslak', lang: 'tr' });
    expect((found.body as SearchResponse).hits.map((h) => h.ref)).not.toContain(a.slug);
  });

  it("searches the reader's language plus Dutch", async () => {
    const a = await article({ turkish: 'published' });
    const dutchOnly = await article();
    const turkish = await t.http().get('/api/library/search').query({ q: 'Borçlar', lang: 'tr' });
    expect((turkish.body as SearchResponse).hits.find((h) => h.ref === a.slug)).toMatchObject({ shownIn: 'tr' });
    const dutch = await t.http().get('/api/library/search').query({ q: dutchOnly.word, lang: 'tr' });
    expect((dutch.body as SearchResponse).hits).toEqual([expect.objectContaining({ ref: dutchOnly.slug, shownIn: 'nl' })]);
    // The translated article found by its Dutch word is listed once, in Turkish.
    const both = await t.http().get('/api/library/search').query({ q: a.word, lang: 'tr' });
    expect((both.body as SearchResponse).hits).toEqual([expect.objectContaining({ ref: a.slug, shownIn: 'tr' })]);
  });

  it('lets an editor write a translation as a draft, publish it, and keep later changes waiting until published', async () => {
    const a = await article();
    const empty = await t.http().get(path(a.id, 'pl')).set(bearer(editor));
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ status: null, hasDraft: false });

    const saved = await t.http().put(path(a.id, 'pl')).set(bearer(editor)).send(text);
    expect(saved.status).toBe(200);
    expect(saved.body as EditorTranslation).toMatchObject({ lang: 'pl', status: 'draft', text, publishedAt: null });
    expect((await read(a.slug, 'pl')).body.shownIn).toBe('nl');

    await t
      .http()
      .post(path(a.id, 'pl', '/publish'))
      .set(bearer(editor))
      .expect(200);
    expect((await read(a.slug, 'pl')).body).toMatchObject({ title: text.title, shownIn: 'pl' });

    const changed = { ...text, title: 'Długi: nowy tytuł' };
    const waiting = await t.http().put(path(a.id, 'pl')).set(bearer(editor)).send(changed);
    expect(waiting.body).toMatchObject({ status: 'published', hasDraft: true, text: changed });
    expect((await read(a.slug, 'pl')).body.title).toBe(text.title);
    const editorView = await t.http().get(`/api/library/editor/articles/${a.id}`).set(bearer(editor));
    expect((editorView.body as EditorArticle).translations).toEqual([{ lang: 'pl', status: 'published', hasDraft: true }]);

    await t
      .http()
      .post(path(a.id, 'pl', '/publish'))
      .set(bearer(editor))
      .expect(200);
    expect((await read(a.slug, 'pl')).body.title).toBe(changed.title);
    await t
      .http()
      .post(path(a.id, 'pl', '/unpublish'))
      .set(bearer(admin))
      .expect(200);
    expect((await read(a.slug, 'pl')).body.shownIn).toBe('nl');

    const audit = await t.dataSource.query(`SELECT reason FROM audit_entry WHERE resource_id = $1 ORDER BY occurred_at`, [a.id]);
    expect(audit.map((r: { reason: string }) => r.reason)).toEqual(
      expect.arrayContaining(['translation pl create', 'translation pl publish', 'translation pl draft', 'translation pl unpublish']),
    );
  });

  it('throws away waiting changes of a translation, and says 409 when there are none or nothing to publish', async () => {
    const a = await article({ turkish: 'published' });
    await t.http().put(path(a.id, 'tr')).set(bearer(admin)).send(text).expect(200);
    const discarded = await t
      .http()
      .delete(path(a.id, 'tr', '/draft'))
      .set(bearer(admin));
    expect(discarded.status).toBe(200);
    expect(discarded.body).toMatchObject({ hasDraft: false, text: { title: `Borçlar ve ${a.word}` } });
    expect(
      (
        await t
          .http()
          .delete(path(a.id, 'tr', '/draft'))
          .set(bearer(admin))
      ).status,
    ).toBe(409);
    const missing = await t
      .http()
      .post(path(a.id, 'ar', '/publish'))
      .set(bearer(admin));
    expect(missing.status).toBe(409);
    expect(missing.body.code).toBe('translation_missing');
  });

  it('refuses clients, team leads and workers without the editor right (403), and another organisation’s article (404)', async () => {
    const a = await article();
    for (const who of [client, teamLead, worker]) {
      expect((await t.http().get(path(a.id, 'tr')).set(bearer(who))).status).toBe(403);
      expect((await t.http().put(path(a.id, 'tr')).set(bearer(who)).send(text)).status).toBe(403);
      expect(
        (
          await t
            .http()
            .post(path(a.id, 'tr', '/publish'))
            .set(bearer(who))
        ).status,
      ).toBe(403);
    }
    expect((await t.http().get(path(a.id, 'tr'))).status).toBe(401);
    const theirs = await article({ organisationId: otherOrganisationId });
    expect((await t.http().get(path(theirs.id, 'tr')).set(bearer(editor))).status).toBe(404);
    expect((await t.http().put(path(theirs.id, 'tr')).set(bearer(editor)).send(text)).status).toBe(404);
    expect(
      (
        await t
          .http()
          .post(path(theirs.id, 'tr', '/publish'))
          .set(bearer(admin))
      ).status,
    ).toBe(404);
    const ours = await article({ organisationId });
    expect((await t.http().put(path(ours.id, 'tr')).set(bearer(editor)).send(text)).status).toBe(200);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await t.http().get(path(unknown, 'tr')).set(bearer(editor))).status).toBe(404);
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM library_article_translation WHERE article_id = $1`, [theirs.id]);
    expect(row.n).toBe(0);
  });

  it('answers 400 naming the field for a bad language or text', async () => {
    const a = await article();
    const reader = await t.http().get(`/api/library/articles/${a.slug}`).query({ lang: 'de' });
    expect(reader.status).toBe(400);
    expect(reader.body.fields).toHaveProperty('lang');
    const search = await t.http().get('/api/library/search').query({ q: 'geld', lang: 'xx' });
    expect(search.status).toBe(400);
    expect(search.body.fields).toHaveProperty('lang');
    for (const lang of ['nl', 'en', 'de', 'AR']) {
      const res = await t.http().put(path(a.id, lang)).set(bearer(editor)).send(text);
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty('lang');
    }
    const badId = await t.http().get(path('not-a-uuid', 'tr')).set(bearer(editor));
    expect(badId.status).toBe(400);
    const noTitle = await t
      .http()
      .put(path(a.id, 'tr'))
      .set(bearer(editor))
      .send({ ...text, title: ' ' });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.fields).toHaveProperty('title');
    const marker = await t
      .http()
      .put(path(a.id, 'tr'))
      .set(bearer(editor))
      .send({ ...text, body: 'a \u27e6 b' });
    expect(marker.status).toBe(400);
    expect(marker.body.fields).toHaveProperty('body');
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM library_article_translation WHERE article_id = $1`, [a.id]);
    expect(row.n).toBe(0);
  });

  it('never answers 5xx to hostile input on the translation routes (fuzz)', async () => {
    const a = await article();
    const value = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.integer(),
      fc.constant(null),
      fc.constant('\u0000'),
      fc.constant('\ud800'),
      fc.object(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({ title: value, summary: value, body: value }),
        fc.oneof(fc.constantFrom('ar', 'tr', 'pl'), fc.string({ maxLength: 8 })),
        async (body, lang) => {
          const l = encodeURIComponent(lang) || 'x';
          for (const [method, p] of [
            ['put', path(a.id, l)],
            ['post', path(a.id, l, '/publish')],
            ['post', path(a.id, l, '/unpublish')],
            ['delete', path(a.id, l, '/draft')],
          ] as const) {
            const res = await t.http()[method](p).set(bearer(editor)).send(body);
            expect(res.status).toBeLessThan(500);
          }
          const reader = await t
            .http()
            .get('/api/library/search')
            .query({ q: typeof body.title === 'string' && body.title.trim() ? body.title : 'geld', lang });
          expect(reader.status).toBeLessThan(500);
        },
      ),
      { numRuns: 15, seed: 17 },
    );
  });
});
