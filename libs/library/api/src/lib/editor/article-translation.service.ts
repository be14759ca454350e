import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@nabij/library/contracts';
import type { EditableArticleText, EditorTranslation, TranslationLang } from '@nabij/library/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { markdownToPlainText } from '../markdown';
import { ArticleTranslationRepository, TranslationRow, TranslationWrite } from './article-translation.repository';
import { ARTICLE_NO_DRAFT } from './library-editor.service';

/** 409 code: publishing or taking offline a translation that does not exist yet. */
export const TRANSLATION_MISSING = 'translation_missing';

/**
 * Translations of an article into Arabic, Turkish and Polish (issue 17), with the article's rules
 * per translation: a new translation is a draft; an unread one changes in place; a published one
 * keeps what readers see while the changes wait, until they are published or discarded. Every
 * change is in the audit log, with the language as reason.
 */
@Injectable()
export class ArticleTranslationService {
  constructor(
    private readonly repository: ArticleTranslationRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async get(user: AuthUser, id: string, lang: TranslationLang): Promise<EditorTranslation> {
    await this.visible(user, id, this.dataSource.manager);
    return editable(id, lang, await this.repository.translation(id, lang));
  }

  async save(user: AuthUser, id: string, lang: TranslationLang, input: EditableArticleText, meta: RequestMeta): Promise<EditorTranslation> {
    for (const key of ['title', 'summary', 'body'] as const) {
      if (input[key].includes(HIGHLIGHT_START) || input[key].includes(HIGHLIGHT_END)) {
        throw new BadRequestException({ message: `${key} holds a reserved character`, fields: { [key]: [`${key} must not hold ⟦ or ⟧`] } });
      }
    }
    const write: TranslationWrite = { ...pick(input), plain: markdownToPlainText(input.body) };
    await this.dataSource.transaction(async (db) => {
      await this.visible(user, id, db, true);
      const row = await this.repository.translation(id, lang, db);
      if (row?.status === 'published') await this.repository.saveDraft(id, lang, write, this.clock.now(), db);
      else await this.repository.write(id, lang, write, this.clock.now(), db);
      await this.record(
        user,
        id,
        row ? `translation ${lang}${row.status === 'published' ? ' draft' : ''}` : `translation ${lang} create`,
        meta,
        db,
      );
    });
    return this.get(user, id, lang);
  }

  async setStatus(
    user: AuthUser,
    id: string,
    lang: TranslationLang,
    status: 'draft' | 'published',
    meta: RequestMeta,
  ): Promise<EditorTranslation> {
    await this.dataSource.transaction(async (db) => {
      await this.visible(user, id, db, true);
      const row = await this.repository.translation(id, lang, db);
      if (!row)
        throw new ConflictException({ message: 'This article has no translation into this language yet.', code: TRANSLATION_MISSING });
      // Publishing puts waiting changes in place; taking offline makes them the (unread) text.
      const waiting = waitingText(row);
      await this.repository.setStatus(
        id,
        lang,
        status,
        waiting ? { ...waiting, plain: markdownToPlainText(waiting.body) } : null,
        this.clock.now(),
        db,
      );
      await this.record(user, id, `translation ${lang} ${status === 'published' ? 'publish' : 'unpublish'}`, meta, db);
    });
    return this.get(user, id, lang);
  }

  async discardDraft(user: AuthUser, id: string, lang: TranslationLang, meta: RequestMeta): Promise<EditorTranslation> {
    await this.dataSource.transaction(async (db) => {
      await this.visible(user, id, db, true);
      if (!(await this.repository.deleteDraft(id, lang, db)))
        throw new ConflictException({ message: 'This translation has no changes waiting.', code: ARTICLE_NO_DRAFT });
      await this.record(user, id, `translation ${lang} discard draft`, meta, db);
    });
    return this.get(user, id, lang);
  }

  private async visible(user: AuthUser, id: string, db: EntityManager, lock = false): Promise<void> {
    if (!(await this.repository.articleVisible(id, user.organisationId, db, lock)))
      throw new NotFoundException({ message: 'There is no article with this id.', code: 'library.no_article' });
  }

  private async record(user: AuthUser, id: string, reason: string, meta: RequestMeta, db: EntityManager): Promise<void> {
    await this.audit.record({ actor: user, action: 'update', resourceType: 'library_article', resourceId: id, reason, ...meta }, db);
  }
}

function pick(t: EditableArticleText): EditableArticleText {
  return { title: t.title, summary: t.summary, body: t.body };
}

function waitingText(row: TranslationRow): EditableArticleText | null {
  if (row.draft_title === null || row.draft_summary === null || row.draft_body === null) return null;
  return { title: row.draft_title, summary: row.draft_summary, body: row.draft_body };
}

/** What the editor works on: the waiting changes when there are any, else the translation itself. */
function editable(articleId: string, lang: TranslationLang, row: TranslationRow | null): EditorTranslation {
  if (!row) {
    return {
      articleId,
      lang,
      status: null,
      text: { title: '', summary: '', body: '' },
      hasDraft: false,
      updatedAt: null,
      publishedAt: null,
    };
  }
  const waiting = waitingText(row);
  return {
    articleId,
    lang,
    status: row.status,
    text: waiting ?? pick(row),
    hasDraft: waiting !== null,
    updatedAt: (row.draft_updated_at ?? row.updated_at).toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
  };
}
