import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  EditorArticle,
  EditorArticleSummary,
  MissedSearch,
  MOST_READ_DAYS,
  MostReadArticle,
  PreviewResponse,
  SaveArticle,
} from '@nabij/library/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { LibraryInstallRepository } from '../content/library-install.repository';
import { markdownToPlainText, renderMarkdown } from '../markdown';
import { ArticleTranslationRepository } from './article-translation.repository';
import { assertNoMarkers } from './editor-text';
import { ArticleTextRow, ArticleWrite, EditorArticleRow, LibraryEditorRepository } from './library-editor.repository';

/** 409 code: discarding the changes of an article that has none waiting. */
export const ARTICLE_NO_DRAFT = 'article_no_draft';

/**
 * The library's editors: articles as drafts, saved, previewed with the public renderer, published
 * and taken back. A published article keeps what the public reads: saving it writes its changes
 * beside it (a draft), publishing puts them in its place, discarding throws them away. An article
 * nobody reads (never published, or offline) changes in place. Every change is in the audit log; the
 * spelling-suggestion word list follows what is published.
 */
@Injectable()
export class LibraryEditorService {
  constructor(
    private readonly repository: LibraryEditorRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly translations: ArticleTranslationRepository,
  ) {}

  async articles(): Promise<EditorArticleSummary[]> {
    return (await this.repository.articles()).map((r) => ({
      id: r.id,
      slug: r.slug,
      theme: r.theme,
      status: r.status,
      title: (r.draft ?? r).title_nl,
      hasDraft: r.draft !== null,
      updatedAt: (r.draft ?? r).updated_at.toISOString(),
      publishedAt: r.published_at?.toISOString() ?? null,
    }));
  }

  async article(id: string): Promise<EditorArticle> {
    const row = await this.repository.article(id);
    if (!row) throw new NotFoundException({ message: 'There is no article with this id.', code: 'library.no_article' });
    return { ...editable(row), translations: (await this.translations.states([id])).get(id) ?? [] };
  }

  async create(user: AuthUser, input: SaveArticle, meta: RequestMeta): Promise<EditorArticle> {
    assertNoMarkers(input, ['title', 'summary', 'body']);
    const id = await this.dataSource.transaction(async (db) => {
      await this.assertSlugFree(input.slug, null, db);
      const articleId = await new LibraryInstallRepository(db).insertArticle({
        article: input,
        plainNl: markdownToPlainText(input.nl.body),
        plainEn: markdownToPlainText(input.en.body),
        organisationId: null,
        published: false,
        now: this.clock.now(),
      });
      await this.audit.record({ actor: user, action: 'create', resourceType: 'library_article', resourceId: articleId, ...meta }, db);
      return articleId;
    });
    return this.article(id);
  }

  /** A published article gets (or keeps) its changes beside it; any other article changes in place. */
  async update(user: AuthUser, id: string, input: SaveArticle, meta: RequestMeta): Promise<EditorArticle> {
    assertNoMarkers(input, ['title', 'summary', 'body']);
    await this.dataSource.transaction(async (db) => {
      const row = await this.existing(id, db);
      await this.assertSlugFree(input.slug, id, db);
      const write = toWrite(input);
      if (row.status === 'published') await this.repository.saveDraft(id, write, this.clock.now(), db);
      else {
        await this.repository.update(id, write, this.clock.now(), db);
        await this.repository.deleteDraft(id, db);
      }
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'library_article',
          resourceId: id,
          reason: row.status === 'published' ? 'draft' : undefined,
          ...meta,
        },
        db,
      );
    });
    return this.article(id);
  }

  /** Throws away the waiting changes of a published article: 409 article_no_draft when there are none. */
  async discardDraft(user: AuthUser, id: string, meta: RequestMeta): Promise<EditorArticle> {
    await this.dataSource.transaction(async (db) => {
      await this.existing(id, db);
      if (!(await this.repository.deleteDraft(id, db)))
        throw new ConflictException({ message: 'This article has no changes waiting.', code: ARTICLE_NO_DRAFT });
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'library_article', resourceId: id, reason: 'discard draft', ...meta },
        db,
      );
    });
    return this.article(id);
  }

  async setStatus(user: AuthUser, id: string, status: 'draft' | 'published', meta: RequestMeta): Promise<EditorArticle> {
    await this.dataSource.transaction(async (db) => {
      const row = await this.existing(id, db);
      // Publishing puts the waiting changes in place; taking an article offline keeps them waiting.
      if (status === 'published' && row.draft) {
        await this.repository.update(id, draftWrite(row.draft), this.clock.now(), db);
        await this.repository.deleteDraft(id, db);
      }
      await this.repository.setStatus(id, status, this.clock.now(), db);
      await new LibraryInstallRepository(db).refreshWords();
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'library_article',
          resourceId: id,
          reason: status === 'published' ? 'publish' : 'unpublish',
          ...meta,
        },
        db,
      );
    });
    return this.article(id);
  }

  preview(markdown: string): PreviewResponse {
    return { html: renderMarkdown(markdown) };
  }

  missedSearches(): Promise<MissedSearch[]> {
    return this.repository.missedSearches();
  }

  mostRead(): Promise<MostReadArticle[]> {
    return this.repository.mostRead(this.clock.now(), MOST_READ_DAYS);
  }

  private async existing(id: string, db: EntityManager): Promise<EditorArticleRow> {
    const row = await this.repository.article(id, db, true);
    if (!row) throw new NotFoundException({ message: 'There is no article with this id.', code: 'library.no_article' });
    return row;
  }

  private async assertSlugFree(slug: string, exceptId: string | null, db: EntityManager): Promise<void> {
    if (await this.repository.slugTaken(slug, exceptId, db)) {
      throw new ConflictException({
        message: 'Another article has this address.',
        code: 'slug_taken',
        fields: { slug: ['slug is taken'] },
      });
    }
  }
}

/** What the editor works on: the waiting changes when there are any, else the article itself. */
function editable(r: EditorArticleRow): Omit<EditorArticle, 'translations'> {
  const text = r.draft ?? r;
  return {
    id: r.id,
    slug: text.slug,
    theme: text.theme,
    audiences: text.audiences,
    status: r.status,
    hasDraft: r.draft !== null,
    nl: { title: text.title_nl, summary: text.summary_nl, body: text.body_nl },
    en: { title: text.title_en, summary: text.summary_en, body: text.body_en },
    updatedAt: text.updated_at.toISOString(),
    publishedAt: r.published_at?.toISOString() ?? null,
  };
}

function toWrite(input: SaveArticle): ArticleWrite {
  return {
    slug: input.slug,
    theme: input.theme,
    audiences: input.audiences,
    titleNl: input.nl.title,
    summaryNl: input.nl.summary,
    bodyNl: input.nl.body,
    plainNl: markdownToPlainText(input.nl.body),
    titleEn: input.en.title,
    summaryEn: input.en.summary,
    bodyEn: input.en.body,
    plainEn: markdownToPlainText(input.en.body),
  };
}

function draftWrite(d: ArticleTextRow): ArticleWrite {
  return toWrite({
    slug: d.slug,
    theme: d.theme,
    audiences: d.audiences,
    nl: { title: d.title_nl, summary: d.summary_nl, body: d.body_nl },
    en: { title: d.title_en, summary: d.summary_en, body: d.body_en },
  });
}
