import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import type { EditorModuleTranslation, ModuleTranslationText, TrainingTranslationLang } from '@nabij/trainings/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuthoringService } from './authoring.service';
import { homeworkTranslationProblems } from './homework-translation';
import { ModuleTranslationRepository, ModuleTranslationRow } from './module-translation.repository';
import { TrainingContentRepository } from './training-content.repository';

/**
 * Issue 17: a module's texts in Arabic, Turkish or Polish, edited by whoever edits the training (an
 * admin of its organisation, or its trainer; anyone else gets 404), with the library editor's rules
 * per translation: new is a draft, published keeps its text while changes wait.
 */
@Injectable()
export class ModuleTranslationService {
  constructor(
    private readonly repository: ModuleTranslationRepository,
    private readonly content: TrainingContentRepository,
    private readonly authoring: AuthoringService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async get(user: AuthUser, moduleId: string, lang: TrainingTranslationLang): Promise<EditorModuleTranslation> {
    await this.editable(user, moduleId);
    return view(moduleId, lang, await this.repository.get(moduleId, lang));
  }

  async save(
    user: AuthUser,
    moduleId: string,
    lang: TrainingTranslationLang,
    input: ModuleTranslationText,
    meta: RequestMeta,
  ): Promise<EditorModuleTranslation> {
    await this.editable(user, moduleId);
    const steps = await this.repository.steps(moduleId);
    const seen = new Set<string>();
    input.steps.forEach((s, i) => {
      const step = steps.get(s.stepId);
      if (!step || seen.has(s.stepId)) throw fieldError(`steps.${i}.stepId`, 'must be a step of this module, once');
      if (s.body !== undefined && step.kind !== 'text') throw fieldError(`steps.${i}.body`, 'only a reading step has a body');
      if (s.captions !== undefined && step.kind !== 'video')
        throw fieldError(`steps.${i}.captions`, 'only a video step has a written version');
      const [problem] = homeworkTranslationProblems(step.kind, step.content, s);
      if (problem) throw fieldError(`steps.${i}.${problem[0]}`, problem[1]);
      seen.add(s.stepId);
    });
    const text: ModuleTranslationText = {
      title: input.title,
      intro: input.intro,
      steps: input.steps.map((s) => ({
        stepId: s.stepId,
        title: s.title,
        ...(s.body !== undefined ? { body: s.body } : {}),
        ...(s.captions !== undefined ? { captions: s.captions } : {}),
        ...(s.selfTest !== undefined ? { selfTest: s.selfTest } : {}),
        ...(s.assignment !== undefined ? { assignment: s.assignment } : {}),
      })),
    };
    await this.dataSource.transaction(async (db) => {
      await this.lock(moduleId, db);
      const row = await this.repository.get(moduleId, lang, db);
      if (row?.status === 'published') await this.repository.saveDraft(moduleId, lang, text, this.clock.now(), db);
      else await this.repository.write(moduleId, lang, text, this.clock.now(), db);
      await this.record(user, moduleId, `translation ${lang}${row ? (row.status === 'published' ? ' draft' : '') : ' create'}`, meta, db);
    });
    return this.get(user, moduleId, lang);
  }

  async setStatus(
    user: AuthUser,
    moduleId: string,
    lang: TrainingTranslationLang,
    status: 'draft' | 'published',
    meta: RequestMeta,
  ): Promise<EditorModuleTranslation> {
    await this.editable(user, moduleId);
    await this.dataSource.transaction(async (db) => {
      await this.lock(moduleId, db);
      if (!(await this.repository.get(moduleId, lang, db)))
        throw new ConflictException({ message: 'This module has no translation into this language yet.', code: 'translation_missing' });
      await this.repository.setStatus(moduleId, lang, status, this.clock.now(), db);
      await this.record(user, moduleId, `translation ${lang} ${status === 'published' ? 'publish' : 'unpublish'}`, meta, db);
    });
    return this.get(user, moduleId, lang);
  }

  async discardDraft(user: AuthUser, moduleId: string, lang: TrainingTranslationLang, meta: RequestMeta): Promise<EditorModuleTranslation> {
    await this.editable(user, moduleId);
    await this.dataSource.transaction(async (db) => {
      await this.lock(moduleId, db);
      if (!(await this.repository.deleteDraft(moduleId, lang, db)))
        throw new ConflictException({ message: 'This translation has no changes waiting.', code: 'translation_no_draft' });
      await this.record(user, moduleId, `translation ${lang} discard draft`, meta, db);
    });
    return this.get(user, moduleId, lang);
  }

  /** 404 for a module of another organisation's training, or one this worker does not train. */
  private async editable(user: AuthUser, moduleId: string): Promise<void> {
    const module = await this.content.findModule(moduleId);
    if (!module) throw new NotFoundException({ message: 'This training is not yours to edit.', code: 'trainings.training_not_exist' });
    await this.authoring.editable(user, module.trainingId);
  }

  private lock(moduleId: string, db: EntityManager): Promise<void> {
    return this.repository.lockModule(moduleId, db);
  }

  private async record(user: AuthUser, moduleId: string, reason: string, meta: RequestMeta, db: EntityManager): Promise<void> {
    await this.audit.record({ actor: user, action: 'update', resourceType: 'training_module', resourceId: moduleId, reason, ...meta }, db);
  }
}

function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ message: `Check these fields: ${field}`, fields: { [field]: [`${field} ${message}`] } });
}

function view(moduleId: string, lang: TrainingTranslationLang, row: ModuleTranslationRow | null): EditorModuleTranslation {
  if (!row) return { moduleId, lang, status: null, text: null, hasDraft: false, updatedAt: null, publishedAt: null };
  const draft = row.draft;
  return {
    moduleId,
    lang,
    status: row.status,
    text: draft ? { title: draft.title, intro: draft.intro, steps: draft.steps } : { title: row.title, intro: row.intro, steps: row.steps },
    hasDraft: !!draft,
    updatedAt: draft ? draft.updatedAt : row.updated_at.toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
  };
}
