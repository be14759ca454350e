import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@nabij/library/contracts';
import type { EditorFaqTranslation, FaqText, TranslationLang } from '@nabij/library/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { FaqTranslationRepository, FaqTranslationRow } from './faq-translation.repository';

/**
 * Translations of an FAQ entry into Arabic, Turkish and Polish (issue 17). An FAQ answer is short, so
 * a translation has no draft of its own: it is read whenever its entry is published, and changes at
 * once when saved. Without one, readers of that language get the Dutch entry, flagged. Every change
 * is in the audit log, with the language as reason.
 */
@Injectable()
export class FaqTranslationService {
  constructor(
    private readonly repository: FaqTranslationRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async list(user: AuthUser, id: string): Promise<EditorFaqTranslation[]> {
    await this.visible(user, id, this.dataSource.manager);
    return (await this.repository.list(id)).map(toEditor);
  }

  async save(user: AuthUser, id: string, lang: TranslationLang, input: FaqText, meta: RequestMeta): Promise<EditorFaqTranslation> {
    for (const key of ['question', 'answer'] as const) {
      if (input[key].includes(HIGHLIGHT_START) || input[key].includes(HIGHLIGHT_END)) {
        throw new BadRequestException({ message: `${key} holds a reserved character`, fields: { [key]: [`${key} must not hold ⟦ or ⟧`] } });
      }
    }
    return this.dataSource.transaction(async (db) => {
      await this.visible(user, id, db, true);
      const created = await this.repository.write(id, lang, { question: input.question, answer: input.answer }, this.clock.now(), db);
      await this.record(user, id, `translation ${lang}${created ? ' create' : ''}`, meta, db);
      const saved = (await this.repository.list(id, db)).find((r) => r.lang === lang) as FaqTranslationRow;
      return toEditor(saved);
    });
  }

  async delete(user: AuthUser, id: string, lang: TranslationLang, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      await this.visible(user, id, db, true);
      if (!(await this.repository.delete(id, lang, db)))
        throw new NotFoundException({
          message: 'This FAQ entry has no translation into this language.',
          code: 'library.no_faq_translation',
        });
      await this.record(user, id, `translation ${lang} delete`, meta, db);
    });
  }

  private async visible(user: AuthUser, id: string, db: EntityManager, lock = false): Promise<void> {
    if (!(await this.repository.entryVisible(id, user.organisationId, db, lock)))
      throw new NotFoundException({ message: 'There is no FAQ entry with this id.', code: 'library.no_faq_entry' });
  }

  private async record(user: AuthUser, id: string, reason: string, meta: RequestMeta, db: EntityManager): Promise<void> {
    await this.audit.record({ actor: user, action: 'update', resourceType: 'library_faq', resourceId: id, reason, ...meta }, db);
  }
}

function toEditor(r: FaqTranslationRow): EditorFaqTranslation {
  return { faqId: r.faq_id, lang: r.lang, question: r.question, answer: r.answer, updatedAt: r.updated_at.toISOString() };
}
