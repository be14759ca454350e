import { Injectable, NotFoundException } from '@nestjs/common';
import type {
  Article,
  ArticleSummary,
  ContentLang,
  FaqEntry,
  LibraryAudience,
  LibraryTheme,
  SearchHit,
  SearchResponse,
} from '@nabij/library/contracts';
import { isTranslationLang } from '@nabij/library/contracts';
import { Clock } from '@nabij/platform/api';
import { LibraryEditorRepository } from './editor/library-editor.repository';
import { columnLang, LibraryRepository } from './library.repository';
import { renderMarkdown } from './markdown';

const MAX_SEARCH_HITS = 20;

/** The public library: published articles and FAQ, and search with a spelling suggestion. */
@Injectable()
export class LibraryService {
  constructor(
    private readonly repository: LibraryRepository,
    private readonly missed: LibraryEditorRepository,
    private readonly clock: Clock,
  ) {}

  articles(lang: ContentLang, filter: { theme?: LibraryTheme; audience?: LibraryAudience }): Promise<ArticleSummary[]> {
    return this.repository.articles(lang, filter);
  }

  /** In the reader's language when it has a published translation, else Dutch: shownIn differs from requested. */
  async article(lang: ContentLang, slug: string): Promise<Article> {
    const row = await this.repository.article(lang, slug);
    // A draft is as unknown to the public as a slug that never existed.
    if (!row) throw new NotFoundException({ message: 'There is no article at this address.', code: 'library.no_article_address' });
    // For the editors' "meest gelezen": a count per article and day, nothing about the reader.
    await this.missed.recordRead(slug, this.clock.now());
    const { body, updated_at, ...summary } = row;
    return { ...summary, requested: lang, html: renderMarkdown(body), updatedAt: updated_at.toISOString() };
  }

  async faq(lang: ContentLang, theme?: LibraryTheme): Promise<FaqEntry[]> {
    return (await this.repository.faq(lang, theme)).map((row) => ({ ...row, html: renderMarkdown(row.answer) }));
  }

  /** A reader of a translation language searches its published translations and the Dutch texts. */
  async search(lang: ContentLang, q: string): Promise<SearchResponse> {
    const query = q.trim().replace(/\s+/g, ' ');
    // Words and quoted phrases only: runs of websearch operators ("------") make PostgreSQL fail
    // ("tsquery stack too small"), and nobody searching the library means them.
    const words = query.replace(/[^\p{L}\p{N}"\s]+/gu, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(words)) return { query, hits: [], suggestion: null };
    const hits = await this.find(lang, words);
    if (hits.length) return { query, hits, suggestion: null };
    // For the editors' "searches that found nothing": the words only, lowercased.
    await this.missed.recordMissedSearch(lang, words.toLowerCase(), this.clock.now());
    return { query, hits, suggestion: await this.suggestion(lang, words) };
  }

  /**
   * Each word replaced by the most alike word of the published texts; offered only when it differs
   * from the query and does find something, so following it never ends on "nothing found" again.
   */
  private async suggestion(lang: ContentLang, query: string): Promise<string | null> {
    const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!words.length) return null;
    // The word list holds Dutch and English: a reader of a translation language gets Dutch suggestions.
    const listLang = columnLang(lang);
    const alike = await Promise.all(words.slice(0, 8).map(async (word) => (await this.repository.closestWord(listLang, word)) ?? word));
    const suggestion = alike.join(' ');
    if (suggestion === words.join(' ')) return null;
    return (await this.find(lang, suggestion)).length ? suggestion : null;
  }

  /** Translation hits first, then Dutch hits of everything not found in the reader's language. */
  private async find(lang: ContentLang, words: string): Promise<SearchHit[]> {
    if (!isTranslationLang(lang)) return this.repository.search(lang, words);
    const [own, dutch] = await Promise.all([this.repository.searchTranslations(lang, words), this.repository.search('nl', words)]);
    const seen = new Set(own.map((hit) => `${hit.kind}:${hit.ref}`));
    return [...own, ...dutch.filter((hit) => !seen.has(`${hit.kind}:${hit.ref}`))].slice(0, MAX_SEARCH_HITS);
  }
}
