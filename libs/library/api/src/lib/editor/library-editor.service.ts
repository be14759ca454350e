import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EditorArticle, EditorArticleSummary, MissedSearch, PreviewResponse, SaveArticle } from '@nabij/library/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { LibraryInstallRepository } from '../content/library-install.repository';
import { markdownToPlainText, renderMarkdown } from '../markdown';
import { assertNoMarkers } from './editor-text';
import { EditorArticleRow, LibraryEditorRepository } from './library-editor.repository';

/**
 * The library's editors (admins): articles as drafts, saved, previewed with the public renderer,
 * published and taken back. Every change is in the audit log; the spelling-suggestion word list
 * follows what is published.
 */
@Injectable()
export class LibraryEditorService {
  constructor(
    private readonly repository: LibraryEditorRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async articles(): Promise<EditorArticleSummary[]> {
    return (await this.repository.articles()).map((r) => ({
      id: r.id,
      slug: r.slug,
      theme: r.theme,
      status: r.status,
      title: r.title_nl,
      updatedAt: r.updated_at.toISOString(),
      publishedAt: r.published_at?.toISOString() ?? null,
    }));
  }

  async article(id: string): Promise<EditorArticle> {
    const row = await this.repository.article(id);
    if (!row) throw new NotFoundException('There is no article with this id.');
    return editable(row);
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

  async update(user: AuthUser, id: string, input: SaveArticle, meta: RequestMeta): Promise<EditorArticle> {
    assertNoMarkers(input, ['title', 'summary', 'body']);
    await this.dataSource.transaction(async (db) => {
      const row = await this.existing(id, db);
      await this.assertSlugFree(input.slug, id, db);
      await this.repository.update(
        id,
        {
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
        },
        this.clock.now(),
        db,
      );
      if (row.status === 'published') await new LibraryInstallRepository(db).refreshWords();
      await this.audit.record({ actor: user, action: 'update', resourceType: 'library_article', resourceId: id, ...meta }, db);
    });
    return this.article(id);
  }

  async setStatus(user: AuthUser, id: string, status: 'draft' | 'published', meta: RequestMeta): Promise<EditorArticle> {
    await this.dataSource.transaction(async (db) => {
      await this.existing(id, db);
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

  private async existing(id: string, db: EntityManager): Promise<EditorArticleRow> {
    const row = await this.repository.article(id, db);
    if (!row) throw new NotFoundException('There is no article with this id.');
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

function editable(r: EditorArticleRow): EditorArticle {
  return {
    id: r.id,
    slug: r.slug,
    theme: r.theme,
    audiences: r.audiences,
    status: r.status,
    nl: { title: r.title_nl, summary: r.summary_nl, body: r.body_nl },
    en: { title: r.title_en, summary: r.summary_en, body: r.body_en },
    updatedAt: r.updated_at.toISOString(),
    publishedAt: r.published_at?.toISOString() ?? null,
  };
}
