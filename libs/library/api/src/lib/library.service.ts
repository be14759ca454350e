import { Injectable, NotFoundException } from '@nestjs/common';
import type {
  Article,
  ArticleSummary,
  FaqEntry,
  LibraryAudience,
  LibraryLang,
  LibraryTheme,
  SearchResponse,
} from '@nabij/library/contracts';
import { Clock } from '@nabij/platform/api';
import { LibraryEditorRepository } from './editor/library-editor.repository';
import { LibraryRepository } from './library.repository';
import { renderMarkdown } from './markdown';

/** The public library: published articles and FAQ, and search with a spelling suggestion. */
@Injectable()
export class LibraryService {
  constructor(
    private readonly repository: LibraryRepository,
    private readonly missed: LibraryEditorRepository,
    private readonly clock: Clock,
  ) {}

  articles(lang: LibraryLang, filter: { theme?: LibraryTheme; audience?: LibraryAudience }): Promise<ArticleSummary[]> {
    return this.repository.articles(lang, filter);
  }

  async article(lang: LibraryLang, slug: string): Promise<Article> {
    const row = await this.repository.article(lang, slug);
    // A draft is as unknown to the public as a slug that never existed.
    if (!row) throw new NotFoundException({ message: 'There is no article at this address.', code: 'library.no_article_address' });
    // For the editors' "meest gelezen": a count per article and day, nothing about the reader.
    await this.missed.recordRead(slug, this.clock.now());
    const { body, updated_at, ...summary } = row;
    return { ...summary, html: renderMarkdown(body), updatedAt: updated_at.toISOString() };
  }

  async faq(lang: LibraryLang, theme?: LibraryTheme): Promise<FaqEntry[]> {
    return (await this.repository.faq(lang, theme)).map((row) => ({ ...row, html: renderMarkdown(row.answer) }));
  }

  async search(lang: LibraryLang, q: string): Promise<SearchResponse> {
    const query = q.trim().replace(/\s+/g, ' ');
    // Words and quoted phrases only: runs of websearch operators ("------") make PostgreSQL fail
    // ("tsquery stack too small"), and nobody searching the library means them.
    const words = query.replace(/[^\p{L}\p{N}"\s]+/gu, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(words)) return { query, hits: [], suggestion: null };
    const hits = await this.repository.search(lang, words);
    if (hits.length) return { query, hits, suggestion: null };
    // For the editors' "searches that found nothing": the words only, lowercased.
    await this.missed.recordMissedSearch(lang, words.toLowerCase(), this.clock.now());
    return { query, hits, suggestion: await this.suggestion(lang, words) };
  }

  /**
   * Each word replaced by the most alike word of the published texts; offered only when it differs
   * from the query and does find something, so following it never ends on "nothing found" again.
   */
  private async suggestion(lang: LibraryLang, query: string): Promise<string | null> {
    const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!words.length) return null;
    const alike = await Promise.all(words.slice(0, 8).map(async (word) => (await this.repository.closestWord(lang, word)) ?? word));
    const suggestion = alike.join(' ');
    if (suggestion === words.join(' ')) return null;
    return (await this.repository.search(lang, suggestion)).length ? suggestion : null;
  }
}
