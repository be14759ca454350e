import { Injectable, NotFoundException } from '@nestjs/common';
import type { EditorFaq, EditorFaqSummary, SaveFaq } from '@nabij/library/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { LibraryInstallRepository } from '../content/library-install.repository';
import { assertNoMarkers } from './editor-text';
import { EditorFaqRow, FaqEditorRepository } from './faq-editor.repository';

/**
 * FAQ entries as the editors write them. A published entry keeps what the public reads: saving
 * writes a draft beside it, publishing puts the draft in its place. An entry never published is
 * changed in place. Every change is in the audit log; the suggestion word list follows what is
 * published.
 */
@Injectable()
export class FaqEditorService {
  constructor(
    private readonly repository: FaqEditorRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async list(): Promise<EditorFaqSummary[]> {
    return (await this.repository.list()).map((r) => ({
      id: r.id,
      theme: r.draft_theme ?? r.theme,
      status: r.status,
      question: r.draft_question_nl ?? r.question_nl,
      hasDraft: r.draft_updated_at !== null,
      updatedAt: (r.draft_updated_at ?? r.updated_at).toISOString(),
    }));
  }

  async get(id: string): Promise<EditorFaq> {
    return editable(await this.existing(id, this.dataSource.manager));
  }

  async create(user: AuthUser, input: SaveFaq, meta: RequestMeta): Promise<EditorFaq> {
    assertNoMarkers(input, ['question', 'answer']);
    const id = await this.dataSource.transaction(async (db) => {
      const faqId = await this.repository.insert(input, this.clock.now(), db);
      await this.audit.record({ actor: user, action: 'create', resourceType: 'library_faq', resourceId: faqId, ...meta }, db);
      return faqId;
    });
    return this.get(id);
  }

  /** A published entry gets (or keeps) a draft; the public text stays until the draft is published. */
  async save(user: AuthUser, id: string, input: SaveFaq, meta: RequestMeta): Promise<EditorFaq> {
    assertNoMarkers(input, ['question', 'answer']);
    await this.dataSource.transaction(async (db) => {
      const row = await this.existing(id, db, true);
      if (row.status === 'published') await this.repository.saveDraft(id, input, this.clock.now(), db);
      else {
        // Offline or never published: nobody reads it, so the entry itself changes (an older draft beside it goes).
        await this.repository.updateEntry(id, input, this.clock.now(), db);
        await this.repository.deleteDraft(id, db);
      }
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'library_faq',
          resourceId: id,
          reason: row.status === 'published' ? 'draft' : undefined,
          ...meta,
        },
        db,
      );
    });
    return this.get(id);
  }

  async publish(user: AuthUser, id: string, meta: RequestMeta): Promise<EditorFaq> {
    return this.changeStatus(user, id, 'published', meta, async (row, db) => {
      const draft = draftOf(row);
      if (draft) {
        await this.repository.updateEntry(id, draft, this.clock.now(), db);
        await this.repository.deleteDraft(id, db);
      }
    });
  }

  /** Takes the entry offline; a waiting draft stays. */
  unpublish(user: AuthUser, id: string, meta: RequestMeta): Promise<EditorFaq> {
    return this.changeStatus(user, id, 'draft', meta, async () => undefined);
  }

  private async changeStatus(
    user: AuthUser,
    id: string,
    status: 'draft' | 'published',
    meta: RequestMeta,
    before: (row: EditorFaqRow, db: EntityManager) => Promise<void>,
  ): Promise<EditorFaq> {
    await this.dataSource.transaction(async (db) => {
      const row = await this.existing(id, db, true);
      await before(row, db);
      await this.repository.setStatus(id, status, this.clock.now(), db);
      await new LibraryInstallRepository(db).refreshWords();
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'library_faq',
          resourceId: id,
          reason: status === 'published' ? 'publish' : 'unpublish',
          ...meta,
        },
        db,
      );
    });
    return this.get(id);
  }

  private async existing(id: string, db: EntityManager, lock = false): Promise<EditorFaqRow> {
    const row = await this.repository.find(id, db, lock);
    if (!row) throw new NotFoundException({ message: 'There is no FAQ entry with this id.', code: 'library.no_faq_entry' });
    return row;
  }
}

function draftOf(r: EditorFaqRow): SaveFaq | null {
  if (r.draft_updated_at === null) return null;
  return {
    theme: r.draft_theme as SaveFaq['theme'],
    nl: { question: r.draft_question_nl as string, answer: r.draft_answer_nl as string },
    en: { question: r.draft_question_en as string, answer: r.draft_answer_en as string },
  };
}

function editable(r: EditorFaqRow): EditorFaq {
  const own: SaveFaq = {
    theme: r.theme,
    nl: { question: r.question_nl, answer: r.answer_nl },
    en: { question: r.question_en, answer: r.answer_en },
  };
  return {
    id: r.id,
    status: r.status,
    published: r.status === 'published' ? own : null,
    // A never-published (or offline) entry is its own draft, unless a draft waits beside it.
    draft: draftOf(r) ?? (r.status === 'draft' ? own : null),
    updatedAt: (r.draft_updated_at ?? r.updated_at).toISOString(),
    publishedAt: r.published_at?.toISOString() ?? null,
  };
}
