import { HIGHLIGHT_END, HIGHLIGHT_START, LIBRARY_AUDIENCES, LIBRARY_THEMES } from '@nabij/library/contracts';
import { FAQ_TRANSLATIONS } from './faq-translations';
import { LIBRARY_ARTICLES, LIBRARY_FAQ } from './library-content';

describe('the library content Nabij ships', () => {
  it('has at least 24 articles, three or more per theme, with unique slugs', () => {
    expect(LIBRARY_ARTICLES.length).toBeGreaterThanOrEqual(24);
    for (const theme of LIBRARY_THEMES) expect(LIBRARY_ARTICLES.filter((a) => a.theme === theme).length).toBeGreaterThanOrEqual(3);
    expect(new Set(LIBRARY_ARTICLES.map((a) => a.slug)).size).toBe(LIBRARY_ARTICLES.length);
  });

  it('writes for every target group', () => {
    for (const audience of LIBRARY_AUDIENCES) expect(LIBRARY_ARTICLES.some((a) => a.audiences.includes(audience))).toBe(true);
  });

  it('has 30 FAQ entries', () => {
    expect(LIBRARY_FAQ).toHaveLength(30);
  });

  it('has a Dutch and an English text of every article and answer, without search markers', () => {
    const texts = [
      ...LIBRARY_ARTICLES.flatMap((a) => [a.nl.title, a.nl.summary, a.nl.body, a.en.title, a.en.summary, a.en.body]),
      ...LIBRARY_FAQ.flatMap((f) => [f.nl.question, f.nl.answer, f.en.question, f.en.answer]),
    ];
    for (const text of texts) {
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).not.toContain(HIGHLIGHT_START);
      expect(text).not.toContain(HIGHLIGHT_END);
    }
  });

  it('gives the Veilig Thuis number and 112 in every article about violence at home', () => {
    for (const article of LIBRARY_ARTICLES.filter((a) => a.theme === 'violence')) {
      for (const body of [article.nl.body, article.en.body]) {
        expect(body).toContain('0800 2000');
        expect(body).toContain('112');
      }
    }
  });

  it('has Arabic, Turkish and Polish translations of the debts, stress and rent arrears articles (issue 17), with the same links and numbers', () => {
    for (const slug of ['schulden-wat-kun-je-zelf-doen', 'stress-herkennen-en-verminderen', 'huurachterstand-wat-nu']) {
      const article = LIBRARY_ARTICLES.find((a) => a.slug === slug)!;
      const links = (text: string) => [...text.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]);
      const numbers = (text: string) => [...text.matchAll(/\d{4} \d{3,4}/g)].map((m) => m[0]);
      for (const lang of ['ar', 'tr', 'pl'] as const) {
        const text = article.translations?.[lang];
        expect(text).toBeDefined();
        for (const part of [text!.title, text!.summary, text!.body]) {
          expect(part.trim().length).toBeGreaterThan(10);
          expect(part).not.toContain(HIGHLIGHT_START);
        }
        expect(links(text!.body)).toEqual(links(article.nl.body));
        expect(numbers(text!.body)).toEqual(numbers(article.nl.body));
        expect(text!.body.match(/^## /gm)?.length).toBe(article.nl.body.match(/^## /gm)?.length);
      }
    }
  });

  it('has every FAQ entry in Arabic, Turkish and Polish (issue 17), with the same numbers and websites', () => {
    const numbers = (text: string) => [...new Set([...text.matchAll(/\d+/g)].map((m) => m[0]))].sort();
    const sites = (text: string) => [...text.matchAll(/[a-z0-9]+\.nl\b/g)].map((m) => m[0]).sort();
    for (const entry of LIBRARY_FAQ) {
      for (const lang of ['ar', 'tr', 'pl'] as const) {
        const text = entry.translations?.[lang];
        expect(text).toBeDefined();
        for (const part of [text!.question, text!.answer]) {
          expect(part.trim().length).toBeGreaterThan(5);
          expect(part).not.toContain(HIGHLIGHT_START);
          expect(part).not.toContain(HIGHLIGHT_END);
          expect(part).not.toBe(entry.nl.question);
        }
        expect(numbers(text!.answer)).toEqual(numbers(entry.nl.answer));
        expect(sites(text!.answer)).toEqual(sites(entry.nl.answer));
      }
    }
    // No translation waits for a Dutch question that is not there (a changed question would lose it).
    expect(Object.keys(FAQ_TRANSLATIONS).sort()).toEqual(LIBRARY_FAQ.map((f) => f.nl.question).sort());
  });
});
