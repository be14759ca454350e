import type { Article, ArticleSummary, FaqEntry } from '@nabij/library/contracts';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { LIBRARY_ARTICLES, LIBRARY_FAQ } from './content/library-content';
import { LibraryModule } from './library.module';
import { installLibrary, testArticle, testFaq } from './testing';

describe('reading the public library (articles and FAQ, no login)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [LibraryModule] });
    await installLibrary(t, { articles: LIBRARY_ARTICLES, faq: LIBRARY_FAQ });
    await installLibrary(t, {
      articles: [
        testArticle({
          slug: 'test-met-script',
          title: 'Script test',
          body: 'Hallo <script>alert(1)</script>\n\n[klik](javascript:alert(1))',
        }),
      ],
    });
    await installLibrary(
      t,
      {
        articles: [testArticle({ slug: 'test-concept', title: 'Concept', body: 'Nog niet klaar.' })],
        faq: [testFaq('Concept vraag?', 'Concept antwoord.')],
      },
      { published: false },
    );
  });
  afterAll(() => t.close());

  it('lists the published articles of a theme for a target group', async () => {
    const res = await t.http().get('/api/library/articles').query({ theme: 'violence', audience: 'pupils' });
    expect(res.status).toBe(200);
    const articles = res.body as ArticleSummary[];
    expect(articles.map((a) => a.slug)).toEqual(['is-het-thuis-niet-veilig']);
    expect(articles[0]).toMatchObject({ theme: 'violence', title: 'Is het thuis niet veilig?' });
  });

  it('shows an article as HTML in the language asked for', async () => {
    const res = await t.http().get('/api/library/articles/geweld-in-huis').query({ lang: 'en' });
    expect(res.status).toBe(200);
    const article = res.body as Article;
    expect(article.title).toBe('Violence at home: you are not alone');
    expect(article.html).toContain('<h2>Veilig Thuis</h2>');
    expect(article.html).toContain('0800 2000');
  });

  it('renders no script from an article', async () => {
    const res = await t.http().get('/api/library/articles/test-met-script');
    expect(res.body.html).not.toContain('<script');
    expect(res.body.html).not.toContain('href="javascript:');
  });

  it('keeps drafts out: not listed, and their address answers 404', async () => {
    const list = await t.http().get('/api/library/articles');
    expect((list.body as ArticleSummary[]).map((a) => a.slug)).not.toContain('test-concept');
    expect(list.body.length).toBe(LIBRARY_ARTICLES.length + 1);
    expect((await t.http().get('/api/library/articles/test-concept')).status).toBe(404);
    expect((await t.http().get('/api/library/articles/bestaat-niet')).status).toBe(404);
    const faq = await t.http().get('/api/library/faq');
    expect((faq.body as FaqEntry[]).map((f) => f.question)).not.toContain('Concept vraag?');
  });

  it('lists the 30 FAQ entries in their order, per theme on request', async () => {
    const all = await t.http().get('/api/library/faq');
    expect(all.body).toHaveLength(30);
    expect(all.body[0].question).toBe('Kost de hulp van Nabij geld?');
    const violence = await t.http().get('/api/library/faq').query({ theme: 'violence', lang: 'en' });
    expect((violence.body as FaqEntry[]).every((f) => f.theme === 'violence')).toBe(true);
    expect(violence.body[0].question).toBe('What is Veilig Thuis?');
  });

  it.each([
    ['theme', '/api/library/articles', { theme: 'cooking' }],
    ['audience', '/api/library/articles', { audience: 'cats' }],
    ['lang', '/api/library/faq', { lang: 'fr' }],
  ])('answers 400 naming %s for a bad filter on %s', async (field, path, query) => {
    const res = await t.http().get(path).query(query);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
  });
});
