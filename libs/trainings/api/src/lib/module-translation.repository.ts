import { Injectable } from '@nestjs/common';
import type { ModuleTranslationText, StepContent, StepKind, TrainingTranslationLang } from '@nabij/trainings/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface ModuleTranslationRow {
  status: 'draft' | 'published';
  title: string;
  intro: string;
  steps: ModuleTranslationText['steps'];
  draft: (ModuleTranslationText & { updatedAt: string }) | null;
  updated_at: Date;
  published_at: Date | null;
}

/** SQL of training_module_translation (issue 17). */
@Injectable()
export class ModuleTranslationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async get(
    moduleId: string,
    lang: TrainingTranslationLang,
    db: EntityManager = this.dataSource.manager,
  ): Promise<ModuleTranslationRow | null> {
    const [row] = await db.query(
      `SELECT status, title, intro, steps, draft, updated_at, published_at FROM training_module_translation WHERE module_id = $1 AND lang = $2`,
      [moduleId, lang],
    );
    return row ?? null;
  }

  /** The module's steps: id → kind and content (only a reading step has a body to translate; self-tests and homework their texts). */
  async steps(moduleId: string): Promise<Map<string, { kind: StepKind; content: StepContent }>> {
    const rows: { id: string; kind: StepKind; content: StepContent }[] = await this.dataSource.query(
      `SELECT id, kind, content FROM training_step WHERE module_id = $1`,
      [moduleId],
    );
    return new Map(rows.map((r) => [r.id, { kind: r.kind, content: r.content }]));
  }

  /** Holds the module while its translation changes, so two editors do not interleave. */
  async lockModule(moduleId: string, db: EntityManager): Promise<void> {
    await db.query(`SELECT 1 FROM training_module WHERE id = $1 FOR UPDATE`, [moduleId]);
  }

  /** The published translation participants read, or null. */
  async published(moduleId: string, lang: TrainingTranslationLang): Promise<ModuleTranslationText | null> {
    const [row] = await this.dataSource.query(
      `SELECT title, intro, steps FROM training_module_translation WHERE module_id = $1 AND lang = $2 AND status = 'published'`,
      [moduleId, lang],
    );
    return row ?? null;
  }

  /** A new translation is a draft; an unread one changes in place. */
  async write(moduleId: string, lang: TrainingTranslationLang, t: ModuleTranslationText, now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `INSERT INTO training_module_translation (module_id, lang, status, title, intro, steps, created_at, updated_at)
       VALUES ($1, $2, 'draft', $3, $4, $5::jsonb, $6, $6)
       ON CONFLICT (module_id, lang) DO UPDATE SET title = EXCLUDED.title, intro = EXCLUDED.intro, steps = EXCLUDED.steps,
         updated_at = EXCLUDED.updated_at`,
      [moduleId, lang, t.title, t.intro, JSON.stringify(t.steps), now],
    );
  }

  async saveDraft(moduleId: string, lang: TrainingTranslationLang, t: ModuleTranslationText, now: Date, db: EntityManager): Promise<void> {
    await db.query(`UPDATE training_module_translation SET draft = $3::jsonb WHERE module_id = $1 AND lang = $2`, [
      moduleId,
      lang,
      JSON.stringify({ title: t.title, intro: t.intro, steps: t.steps, updatedAt: now.toISOString() }),
    ]);
  }

  async deleteDraft(moduleId: string, lang: TrainingTranslationLang, db: EntityManager): Promise<boolean> {
    const [, changed] = await db.query(
      `UPDATE training_module_translation SET draft = NULL WHERE module_id = $1 AND lang = $2 AND draft IS NOT NULL`,
      [moduleId, lang],
    );
    return Number(changed ?? 0) > 0;
  }

  /** Publishing or taking offline; waiting changes (draft) become the text either way. */
  async setStatus(
    moduleId: string,
    lang: TrainingTranslationLang,
    status: 'draft' | 'published',
    now: Date,
    db: EntityManager,
  ): Promise<void> {
    await db.query(
      `UPDATE training_module_translation
          SET status = $3, published_at = CASE WHEN $3 = 'published' THEN $4::timestamptz END, updated_at = $4,
              title = coalesce(draft->>'title', title), intro = coalesce(draft->>'intro', intro), steps = coalesce(draft->'steps', steps),
              draft = NULL
        WHERE module_id = $1 AND lang = $2`,
      [moduleId, lang, status, now],
    );
  }
}
