import { HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { LIBRARY_SEARCH_PATH } from '@nabij/library/contracts';
import type {
  Article,
  ArticleSummary,
  FaqEntry,
  LibraryAudience,
  LibraryLang,
  LibraryTheme,
  SearchResponse,
} from '@nabij/library/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

function query(params: Record<string, string | undefined>): string {
  let http = new HttpParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) http = http.set(key, value);
  const text = http.toString();
  return text ? `?${text}` : '';
}

/** The public library endpoints, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class LibraryApi {
  private readonly api = inject(ApiClient);

  articles(lang: LibraryLang, theme?: LibraryTheme, audience?: LibraryAudience): Observable<ArticleSummary[]> {
    return this.api.get(`/library/articles${query({ lang, theme, audience })}`);
  }

  article(lang: LibraryLang, slug: string): Observable<Article> {
    return this.api.get(`/library/articles/${encodeURIComponent(slug)}${query({ lang })}`);
  }

  faq(lang: LibraryLang, theme?: LibraryTheme): Observable<FaqEntry[]> {
    return this.api.get(`/library/faq${query({ lang, theme })}`);
  }

  search(lang: LibraryLang, q: string): Observable<SearchResponse> {
    return this.api.get(`${LIBRARY_SEARCH_PATH}${query({ q, lang })}`);
  }
}
