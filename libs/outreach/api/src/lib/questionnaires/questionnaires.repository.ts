import { Injectable } from '@nestjs/common';
import type { QuestionDefinition, QuestionnaireDefinition, QuestionType, VersionStatus } from '@nabij/outreach/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface VersionRow {
  id: string;
  questionnaire_id: string;
  organisation_id: string;
  number: number;
  status: VersionStatus;
  title: string;
  intro: string | null;
  published_at: Date | null;
}

interface QuestionRow {
  section_id: string;
  section_title: string;
  section_intro: string | null;
  key: string;
  type: QuestionType;
  text: string;
  help: string | null;
  required: boolean;
  options: QuestionDefinition['options'];
  min_value: number | null;
  max_value: number | null;
  show_if: QuestionDefinition['showIf'];
  follow_up: QuestionDefinition['followUp'];
}

type Db = Pick<EntityManager, 'query'>;

const VERSION_COLUMNS = `v.id, v.questionnaire_id, q.organisation_id, v.number, v.status, v.title, v.intro, v.published_at`;

/** SQL of questionnaires, their versions, sections and questions. Every read is scoped to an organisation. */
@Injectable()
export class QuestionnairesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: Db): Db {
    return manager ?? this.dataSource;
  }

  async insertQuestionnaire(q: { organisationId: string; title: string; now: Date }, manager: Db): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO outreach_questionnaire (organisation_id, title, created_at) VALUES ($1, $2, $3) RETURNING id`,
      [q.organisationId, q.title, q.now],
    );
    return row.id;
  }

  /** A new draft version with the next number, its sections and questions in order. */
  async insertDraft(
    d: { questionnaireId: string; definition: QuestionnaireDefinition; createdBy: string | null; now: Date },
    manager: Db,
  ): Promise<string> {
    const [version] = await manager.query(
      `INSERT INTO outreach_questionnaire_version (questionnaire_id, number, status, title, intro, created_by, created_at)
       SELECT $1, coalesce(max(number), 0) + 1, 'draft', $2, $3, $4, $5 FROM outreach_questionnaire_version WHERE questionnaire_id = $1
       RETURNING id`,
      [d.questionnaireId, d.definition.title, d.definition.intro ?? null, d.createdBy, d.now],
    );
    await this.insertContent(version.id, d.definition, manager);
    return version.id;
  }

  /** A draft's content replaced by this definition (the trigger refuses it for a published version). */
  async replaceDraft(versionId: string, definition: QuestionnaireDefinition, manager: Db): Promise<void> {
    await manager.query(`DELETE FROM outreach_section WHERE version_id = $1`, [versionId]);
    await manager.query(`UPDATE outreach_questionnaire_version SET title = $2, intro = $3 WHERE id = $1`, [
      versionId,
      definition.title,
      definition.intro ?? null,
    ]);
    await this.insertContent(versionId, definition, manager);
  }

  private async insertContent(versionId: string, definition: QuestionnaireDefinition, manager: Db): Promise<void> {
    for (const [s, section] of definition.sections.entries()) {
      const [row] = await manager.query(
        `INSERT INTO outreach_section (version_id, position, title, intro) VALUES ($1, $2, $3, $4) RETURNING id`,
        [versionId, s, section.title, section.intro ?? null],
      );
      // One statement per section: the questions as a JSON array.
      await manager.query(
        `INSERT INTO outreach_question (version_id, section_id, position, key, type, text, help, required, options, min_value, max_value, show_if, follow_up)
         SELECT $1, $2, q.ordinality - 1, q.value->>'key', q.value->>'type', q.value->>'text', q.value->>'help',
                coalesce((q.value->>'required')::boolean, false), nullif(q.value->'options', 'null'::jsonb), (q.value->>'min')::int, (q.value->>'max')::int,
                nullif(q.value->'showIf', 'null'::jsonb), q.value->>'followUp'
           FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS q(value, ordinality)`,
        [
          versionId,
          row.id,
          JSON.stringify(
            section.questions.map((q) => ({
              ...q,
              options: q.options?.length ? q.options : null,
              showIf: q.showIf ?? null,
            })),
          ),
        ],
      );
    }
  }

  async publish(versionId: string, now: Date, manager: Db): Promise<void> {
    await manager.query(`UPDATE outreach_questionnaire_version SET status = 'published', published_at = $2 WHERE id = $1`, [
      versionId,
      now,
    ]);
  }

  async questionnaireInOrganisation(id: string, organisationId: string, manager?: Db): Promise<{ id: string; title: string } | null> {
    const [row] = await this.db(manager).query(`SELECT id, title FROM outreach_questionnaire WHERE id = $1 AND organisation_id = $2`, [
      id,
      organisationId,
    ]);
    return row ?? null;
  }

  /** Locks the questionnaire's row, so two admins making a draft at once take turns. */
  async lockQuestionnaire(id: string, organisationId: string, manager: Db): Promise<boolean> {
    const rows = await manager.query(`SELECT id FROM outreach_questionnaire WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [
      id,
      organisationId,
    ]);
    return rows.length > 0;
  }

  async versionInOrganisation(versionId: string, organisationId: string, manager?: Db): Promise<VersionRow | null> {
    const [row] = await this.db(manager).query(
      `SELECT ${VERSION_COLUMNS} FROM outreach_questionnaire_version v JOIN outreach_questionnaire q ON q.id = v.questionnaire_id
        WHERE v.id = $1 AND q.organisation_id = $2`,
      [versionId, organisationId],
    );
    return row ?? null;
  }

  async draftOf(questionnaireId: string, manager?: Db): Promise<string | null> {
    const [row] = await this.db(manager).query(
      `SELECT id FROM outreach_questionnaire_version WHERE questionnaire_id = $1 AND status = 'draft'`,
      [questionnaireId],
    );
    return row?.id ?? null;
  }

  /** The newest published version: what a new call uses. */
  async currentVersion(questionnaireId: string, manager?: Db): Promise<VersionRow | null> {
    const [row] = await this.db(manager).query(
      `SELECT ${VERSION_COLUMNS} FROM outreach_questionnaire_version v JOIN outreach_questionnaire q ON q.id = v.questionnaire_id
        WHERE v.questionnaire_id = $1 AND v.status = 'published' ORDER BY v.number DESC LIMIT 1`,
      [questionnaireId],
    );
    return row ?? null;
  }

  async listOf(organisationId: string): Promise<Array<{ id: string; title: string; versions: VersionRow[] }>> {
    const rows: Array<VersionRow & { q_title: string }> = await this.dataSource.query(
      `SELECT ${VERSION_COLUMNS}, q.title AS q_title FROM outreach_questionnaire q
         JOIN outreach_questionnaire_version v ON v.questionnaire_id = q.id
        WHERE q.organisation_id = $1 ORDER BY q.created_at, q.id, v.number`,
      [organisationId],
    );
    const byId = new Map<string, { id: string; title: string; versions: VersionRow[] }>();
    for (const row of rows) {
      const entry = byId.get(row.questionnaire_id) ?? { id: row.questionnaire_id, title: row.q_title, versions: [] };
      entry.versions.push(row);
      byId.set(row.questionnaire_id, entry);
    }
    return [...byId.values()];
  }

  /** The version's sections and questions as the definition they were saved from. */
  async definitionOf(version: VersionRow, manager?: Db): Promise<QuestionnaireDefinition> {
    const rows: QuestionRow[] = await this.db(manager).query(
      `SELECT s.id AS section_id, s.title AS section_title, s.intro AS section_intro,
              q.key, q.type, q.text, q.help, q.required, q.options, q.min_value, q.max_value, q.show_if, q.follow_up
         FROM outreach_section s JOIN outreach_question q ON q.section_id = s.id
        WHERE s.version_id = $1 ORDER BY s.position, q.position`,
      [version.id],
    );
    const sections = new Map<string, QuestionnaireDefinition['sections'][number]>();
    for (const row of rows) {
      const section = sections.get(row.section_id) ?? { title: row.section_title, intro: row.section_intro, questions: [] };
      section.questions.push({
        key: row.key,
        type: row.type,
        text: row.text,
        help: row.help,
        required: row.required,
        options: row.options,
        min: row.min_value,
        max: row.max_value,
        showIf: row.show_if,
        followUp: row.follow_up,
      });
      sections.set(row.section_id, section);
    }
    return { title: version.title, intro: version.intro, sections: [...sections.values()] };
  }
}
