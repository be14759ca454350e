import { HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { LIBRARY_SEARCH_PATH } from '@nabij/library/contracts';
import { POSTCODE_CHECK_PATH } from '@nabij/intake/contracts';
import type { PostcodeCheckResponse } from '@nabij/intake/contracts';
import type {
  Exercise,
  ExerciseSummary,
  ShareShelfItem,
  ShelfItem,
  EditorFaq,
  EditorFaqSummary,
  EditorFaqTranslation,
  FaqText,
  CreateSelfTest,
  EditorSelfTest,
  EditorSelfTestSummary,
  SaveFaq,
  SelfTestContent,
  EditorAccess,
  OpenQuestionCount,
  EditorArticle,
  EditorArticleSummary,
  MostReadArticle,
  MissedSearch,
  PreviewResponse,
  SaveArticle,
  AnswerQuestion,
  AskedQuestion,
  AskQuestion,
  CaseQuestion,
  QuestionThread,
  QueuedQuestion,
  Article,
  ArticleSummary,
  ContentLang,
  EditableArticleText,
  EditorTranslation,
  FaqEntry,
  KeepSelfTestResult,
  KeptSelfTestResult,
  LibraryAudience,
  LibraryTheme,
  SearchResponse,
  SelfTestSummary,
  SelfTestView,
  TranslationLang,
} from '@nabij/library/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

function query(params: Record<string, string | undefined>): string {
  let http = new HttpParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) http = http.set(key, value);
  const text = http.toString();
  return text ? `?${text}` : '';
}

function translationPath(id: string, lang: TranslationLang): string {
  return `/library/editor/articles/${encodeURIComponent(id)}/translations/${lang}`;
}

/** The public library endpoints, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class LibraryApi {
  private readonly api = inject(ApiClient);

  articles(lang: ContentLang, theme?: LibraryTheme, audience?: LibraryAudience): Observable<ArticleSummary[]> {
    return this.api.get(`/library/articles${query({ lang, theme, audience })}`);
  }

  article(lang: ContentLang, slug: string): Observable<Article> {
    return this.api.get(`/library/articles/${encodeURIComponent(slug)}${query({ lang })}`);
  }

  faq(lang: ContentLang, theme?: LibraryTheme): Observable<FaqEntry[]> {
    return this.api.get(`/library/faq${query({ lang, theme })}`);
  }

  search(lang: ContentLang, q: string): Observable<SearchResponse> {
    return this.api.get(`${LIBRARY_SEARCH_PATH}${query({ q, lang })}`);
  }

  selfTests(lang: ContentLang): Observable<SelfTestSummary[]> {
    return this.api.get(`/library/self-tests${query({ lang })}`);
  }

  selfTest(lang: ContentLang, slug: string): Observable<SelfTestView> {
    return this.api.get(`/library/self-tests/${encodeURIComponent(slug)}${query({ lang })}`);
  }

  /** Only for a logged-in client who chooses to keep the result. */
  keepSelfTestResult(lang: ContentLang, body: KeepSelfTestResult): Observable<KeptSelfTestResult> {
    return this.api.post(`/library/self-test-results${query({ lang })}`, body);
  }

  keptSelfTestResults(lang: ContentLang): Observable<KeptSelfTestResult[]> {
    return this.api.get(`/library/self-test-results${query({ lang })}`);
  }

  deleteSelfTestResult(id: string): Observable<void> {
    return this.api.delete(`/library/self-test-results/${encodeURIComponent(id)}`);
  }

  /** Intake's postcode check: the anonymous question needs a served one. */
  postcodeCheck(postcode: string): Observable<PostcodeCheckResponse> {
    return this.api.post(POSTCODE_CHECK_PATH, { postcode });
  }

  askQuestion(body: AskQuestion): Observable<AskedQuestion> {
    return this.api.post('/library/questions', body);
  }

  /** POST, so the private link's token is in no URL. */
  readQuestion(token: string): Observable<QuestionThread> {
    return this.api.post('/library/questions/read', { token });
  }

  questionQueue(): Observable<QueuedQuestion[]> {
    return this.api.get('/library/questions');
  }

  answerQuestion(id: string, body: AnswerQuestion): Observable<QueuedQuestion> {
    return this.api.post(`/library/questions/${encodeURIComponent(id)}/answer`, body);
  }

  /** In the reader's language (issue 17): an exercise without that translation comes in Dutch (shownIn 'nl'). */
  exercises(lang: ContentLang): Observable<ExerciseSummary[]> {
    return this.api.get(`/library/exercises${query({ lang })}`);
  }

  exercise(lang: ContentLang, slug: string): Observable<Exercise> {
    return this.api.get(`/library/exercises/${encodeURIComponent(slug)}${query({ lang })}`);
  }

  /** Clients: their own shelf ("Mijn bibliotheek"). */
  myShelf(lang: ContentLang): Observable<ShelfItem[]> {
    return this.api.get(`/library/shelf${query({ lang })}`);
  }

  markShelfItemRead(id: string): Observable<void> {
    return this.api.post(`/library/shelf/${encodeURIComponent(id)}/read`);
  }

  /** Clients: a published article onto their own shelf; answers the whole shelf. */
  saveArticleToShelf(slug: string, lang: ContentLang): Observable<ShelfItem[]> {
    return this.api.post(`/library/shelf/articles${query({ lang })}`, { slug });
  }

  /** Workers: what was shared into the shelf of this case's client. */
  caseShelf(caseId: string): Observable<ShelfItem[]> {
    return this.api.get(`/library/shelf/cases/${encodeURIComponent(caseId)}`);
  }

  shareToShelf(caseId: string, body: ShareShelfItem): Observable<ShelfItem[]> {
    return this.api.post(`/library/shelf/cases/${encodeURIComponent(caseId)}/items`, body);
  }

  /** Workers: invite the asker to register (shown at their private link). */
  inviteQuestion(id: string): Observable<QueuedQuestion> {
    return this.api.post(`/library/questions/${encodeURIComponent(id)}/invite`);
  }

  /** The invited asker: a fresh postcode check (intake's) to register with. */
  questionRegistrationCheck(token: string): Observable<PostcodeCheckResponse> {
    return this.api.post('/library/questions/registration-check', { token });
  }

  /** The case's worker: the anonymous question the client asked before registering through the invitation. */
  caseQuestions(caseId: string): Observable<CaseQuestion[]> {
    return this.api.get(`/library/questions/cases/${encodeURIComponent(caseId)}`);
  }

  /** Workers: how many anonymous questions of their organisation wait for an answer (a number only). */
  questionCount(): Observable<OpenQuestionCount> {
    return this.api.get('/library/questions/count');
  }

  /** Admins and workers: may this person use the editor (admins, workers with the editor right)? */
  editorAccess(): Observable<EditorAccess> {
    return this.api.get('/library/editor-access');
  }

  editorFaqs(): Observable<EditorFaqSummary[]> {
    return this.api.get('/library/editor/faq');
  }

  editorFaq(id: string): Observable<EditorFaq> {
    return this.api.get(`/library/editor/faq/${encodeURIComponent(id)}`);
  }

  /** A new entry (a draft), or the draft of an existing one: what is published stays until publishFaq. */
  saveFaq(id: string | null, body: SaveFaq): Observable<EditorFaq> {
    return id ? this.api.put(`/library/editor/faq/${encodeURIComponent(id)}`, body) : this.api.post('/library/editor/faq', body);
  }

  setFaqPublished(id: string, published: boolean): Observable<EditorFaq> {
    return this.api.post(`/library/editor/faq/${encodeURIComponent(id)}/${published ? 'publish' : 'unpublish'}`);
  }

  /** Issue 17: an FAQ entry's translations into ar, tr and pl. */
  faqTranslations(id: string): Observable<EditorFaqTranslation[]> {
    return this.api.get(`/library/editor/faq/${encodeURIComponent(id)}/translations`);
  }

  /** Readers of that language see it whenever the entry is published. */
  saveFaqTranslation(id: string, lang: TranslationLang, body: FaqText): Observable<EditorFaqTranslation> {
    return this.api.put(`/library/editor/faq/${encodeURIComponent(id)}/translations/${lang}`, body);
  }

  deleteFaqTranslation(id: string, lang: TranslationLang): Observable<void> {
    return this.api.delete(`/library/editor/faq/${encodeURIComponent(id)}/translations/${lang}`);
  }

  editorSelfTests(): Observable<EditorSelfTestSummary[]> {
    return this.api.get('/library/editor/self-tests');
  }

  editorSelfTest(slug: string): Observable<EditorSelfTest> {
    return this.api.get(`/library/editor/self-tests/${encodeURIComponent(slug)}`);
  }

  saveSelfTestDraft(slug: string, content: SelfTestContent): Observable<EditorSelfTest> {
    return this.api.put(`/library/editor/self-tests/${encodeURIComponent(slug)}/draft`, { content });
  }

  createSelfTest(body: CreateSelfTest): Observable<EditorSelfTest> {
    return this.api.post('/library/editor/self-tests', body);
  }

  /** Throws the draft away; a test never published is then gone (neither published nor draft). */
  discardSelfTestDraft(slug: string): Observable<EditorSelfTest> {
    return this.api.delete(`/library/editor/self-tests/${encodeURIComponent(slug)}/draft`);
  }

  publishSelfTest(slug: string): Observable<EditorSelfTest> {
    return this.api.post(`/library/editor/self-tests/${encodeURIComponent(slug)}/publish`);
  }

  /** Issue 17: an article's translation into ar, tr or pl (status null when there is none yet). */
  editorTranslation(id: string, lang: TranslationLang): Observable<EditorTranslation> {
    return this.api.get(translationPath(id, lang));
  }

  saveTranslation(id: string, lang: TranslationLang, text: EditableArticleText): Observable<EditorTranslation> {
    return this.api.put(translationPath(id, lang), text);
  }

  setTranslationPublished(id: string, lang: TranslationLang, published: boolean): Observable<EditorTranslation> {
    return this.api.post(`${translationPath(id, lang)}/${published ? 'publish' : 'unpublish'}`, {});
  }

  discardTranslationDraft(id: string, lang: TranslationLang): Observable<EditorTranslation> {
    return this.api.delete(`${translationPath(id, lang)}/draft`);
  }

  editorArticles(): Observable<EditorArticleSummary[]> {
    return this.api.get('/library/editor/articles');
  }

  editorArticle(id: string): Observable<EditorArticle> {
    return this.api.get(`/library/editor/articles/${encodeURIComponent(id)}`);
  }

  createArticle(body: SaveArticle): Observable<EditorArticle> {
    return this.api.post('/library/editor/articles', body);
  }

  saveArticle(id: string, body: SaveArticle): Observable<EditorArticle> {
    return this.api.put(`/library/editor/articles/${encodeURIComponent(id)}`, body);
  }

  /** Editors: the published articles read most in the last 30 days. */
  mostRead(): Observable<MostReadArticle[]> {
    return this.api.get('/library/editor/most-read');
  }

  /** Throws away a published article's waiting changes. */
  discardArticleDraft(id: string): Observable<EditorArticle> {
    return this.api.delete(`/library/editor/articles/${encodeURIComponent(id)}/draft`);
  }

  setArticlePublished(id: string, published: boolean): Observable<EditorArticle> {
    return this.api.post(`/library/editor/articles/${encodeURIComponent(id)}/${published ? 'publish' : 'unpublish'}`);
  }

  previewMarkdown(markdown: string): Observable<PreviewResponse> {
    return this.api.post('/library/editor/preview', { markdown });
  }

  missedSearches(): Observable<MissedSearch[]> {
    return this.api.get('/library/editor/missed-searches');
  }
}
