import { HIGHLIGHT_END, HIGHLIGHT_START, SearchResponse } from '@nabij/library/contracts';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { LIBRARY_ARTICLES, LIBRARY_FAQ } from './content/library-content';
import { LibraryModule } from './library.module';
import { installLibrary, testArticle, testFaq } from './testing';

describe('GET /api/library/search (public)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [LibraryModule] });
    await installLibrary(t, { articles: LIBRARY_ARTICLES, faq: LIBRARY_FAQ });
    await installLibrary(t, {
      articles: [
        // Only the singular "schuld", never "schulden": found through the Dutch stemmer alone.
        testArticle({
          slug: 'test-schuld-zorgverzekeraar',
          title: 'Een achterstand bij de zorgverzekeraar',
          body: 'Heb je een schuld bij je zorgverzekeraar? Bel ze op.',
        }),
        // "kwijtschelding" once in a title, and five times in the body of another article.
        testArticle({
          slug: 'test-kwijtschelding-titel',
          title: 'Kwijtschelding van gemeentelijke belastingen',
          body: 'Vraag het aan bij je gemeente.',
        }),
        testArticle({
          slug: 'test-kwijtschelding-tekst',
          title: 'Gemeentelijke belastingen betalen',
          body: 'Kwijtschelding kan. Kwijtschelding vraag je aan. Met kwijtschelding betaal je niets. Over kwijtschelding beslist de gemeente. Kwijtschelding geldt een jaar.',
        }),
      ],
    });
    await installLibrary(
      t,
      {
        articles: [
          testArticle({ slug: 'test-concept', title: 'Concept over vlinderstrategie', body: 'Nog niet klaar: vlinderstrategie.' }),
        ],
        faq: [testFaq('Wat is een vlinderstrategie?', 'Dit antwoord is nog een concept.')],
      },
      { published: false },
    );
  });
  afterAll(() => t.close());

  const search = (q: string, lang?: string) =>
    t
      .http()
      .get('/api/library/search')
      .query(lang ? { q, lang } : { q });

  it('finds an article about "schuld" when someone searches "schulden" (Dutch stemming)', async () => {
    const res = await search('schulden');
    expect(res.status).toBe(200);
    const refs = (res.body as SearchResponse).hits.map((h) => h.ref);
    expect(refs).toContain('test-schuld-zorgverzekeraar');
    expect(refs).toContain('schulden-wat-kun-je-zelf-doen');
  });

  it('ranks an article with the word in its title above one that only uses it in its text', async () => {
    const res = await search('kwijtschelding');
    const refs = (res.body as SearchResponse).hits.map((h) => h.ref);
    expect(refs.indexOf('test-kwijtschelding-titel')).toBe(0);
    expect(refs).toContain('test-kwijtschelding-tekst');
  });

  it('puts the seeded debts article, with "Schulden" in its title, first for "schulden"', async () => {
    const res = await search('schulden');
    expect((res.body as SearchResponse).hits[0]).toMatchObject({ kind: 'article', ref: 'schulden-wat-kun-je-zelf-doen', theme: 'money' });
  });

  it('marks the matched words in a snippet of plain text', async () => {
    const res = await search('schulden');
    const hit = (res.body as SearchResponse).hits.find((h) => h.ref === 'test-schuld-zorgverzekeraar')!;
    expect(hit.snippet).toContain(`${HIGHLIGHT_START}schuld${HIGHLIGHT_END}`);
    const seeded = (res.body as SearchResponse).hits.find((h) => h.ref === 'schulden-wat-kun-je-zelf-doen')!;
    expect(seeded.snippet).toMatch(new RegExp(`${HIGHLIGHT_START}[Ss]chuld`));
    // Markdown is not part of the snippet.
    expect(seeded.snippet).not.toMatch(/\*\*|##|\]\(/);
  });

  it('searches the FAQ too', async () => {
    const res = await search('deurwaarder');
    const faq = (res.body as SearchResponse).hits.find((h) => h.kind === 'faq');
    expect(faq).toMatchObject({ title: 'Wat doet een deurwaarder?', theme: 'money' });
    expect(faq!.ref).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('suggests "schulden" for the typo "shulden" when nothing is found', async () => {
    const res = await search('shulden');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ query: 'shulden', hits: [], suggestion: 'schulden' });
  });

  it('gives no suggestion when something is found', async () => {
    const res = await search('huurachterstand');
    expect(res.body.hits.length).toBeGreaterThan(0);
    expect(res.body.suggestion).toBeNull();
  });

  it('searches the English texts with English stemming when lang=en', async () => {
    const res = await search('debt', 'en');
    const first = (res.body as SearchResponse).hits[0];
    expect(first).toMatchObject({ ref: 'schulden-wat-kun-je-zelf-doen', title: 'Debts: what can you do yourself?' });
  });

  it('never finds or suggests a draft', async () => {
    const res = await search('vlinderstrategie');
    expect(res.body).toEqual({ query: 'vlinderstrategie', hits: [], suggestion: null });
    const typo = await search('vlinderstrategi');
    expect(typo.body.suggestion).toBeNull();
  });

  it('answers a query of operators or punctuation alone with nothing found, never a 500', async () => {
    for (const q of ['-'.repeat(36), '!!!', '"', '- - -']) {
      const res = await search(q);
      expect(res.status).toBe(200);
      expect(res.body.hits).toEqual([]);
    }
    // Punctuation around words does not stop them being found.
    expect((await search('--schulden!!')).body.hits.length).toBeGreaterThan(0);
  });

  it.each([
    ['an empty query', { q: '' }, 'q'],
    ['only spaces', { q: '   ' }, 'q'],
    ['a query over 100 characters', { q: 'schuld '.repeat(15) }, 'q'],
    ['no query', {}, 'q'],
    ['two queries (not a string)', 'q=schuld&q=huur', 'q'],
    ['an object (not a string)', 'q[a]=schuld', 'q'],
    ['an unknown language', { q: 'schuld', lang: 'de' }, 'lang'],
  ])('answers 400 naming the field for %s', async (_name, query, field) => {
    const res = await t.http().get('/api/library/search').query(query);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toContain(field);
  });
});
