import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { validateDefinition } from '@nabij/outreach/contracts';
import type { QuestionnaireDefinition, QuestionnaireSummary, QuestionnaireVersionView } from '@nabij/outreach/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { QuestionnairesRepository, VersionRow } from './questionnaires.repository';

const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';
export const organisationOf = (user: AuthUser): string => user.organisationId ?? NO_ORGANISATION;

function assertValid(definition: QuestionnaireDefinition): void {
  const problems = validateDefinition(definition);
  if (Object.keys(problems).length === 0) return;
  const fields = Object.fromEntries(Object.entries(problems).map(([path, problem]) => [`definition.${path}`, [problem]]));
  throw new BadRequestException({ message: `Check these fields: ${Object.keys(fields).join(', ')}`, fields });
}

const published = () =>
  new ConflictException({ message: 'This version is published and cannot change. Make a new version.', code: 'version_published' });

/**
 * Questionnaires of the admin's organisation: a new questionnaire or version starts as a draft made
 * from JSON, a draft may be replaced, publishing freezes it (the database refuses changes to a
 * published version too). Reading a version is for every professional of the organisation.
 */
@Injectable()
export class QuestionnairesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: QuestionnairesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser): Promise<QuestionnaireSummary[]> {
    const list = await this.repository.listOf(organisationOf(user));
    return list.map((q) => {
      const current = q.versions.filter((v) => v.status === 'published').at(-1);
      return {
        id: q.id,
        title: q.title,
        currentVersionId: current?.id ?? null,
        versions: q.versions.map((v) => ({
          id: v.id,
          number: v.number,
          status: v.status,
          publishedAt: v.published_at?.toISOString() ?? null,
        })),
      };
    });
  }

  async version(user: AuthUser, versionId: string): Promise<QuestionnaireVersionView> {
    const version = await this.repository.versionInOrganisation(versionId, organisationOf(user));
    if (!version)
      throw new NotFoundException({
        message: 'There is no questionnaire version with this id.',
        code: 'outreach.no_questionnaire_version',
      });
    return this.view(version);
  }

  /** The version as shown and filled in, read inside `manager` when given. */
  async view(version: VersionRow, manager?: EntityManager): Promise<QuestionnaireVersionView> {
    return {
      id: version.id,
      questionnaireId: version.questionnaire_id,
      number: version.number,
      status: version.status,
      publishedAt: version.published_at?.toISOString() ?? null,
      definition: await this.repository.definitionOf(version, manager),
    };
  }

  async create(user: AuthUser, definition: QuestionnaireDefinition, meta: RequestMeta): Promise<QuestionnaireVersionView> {
    assertValid(definition);
    const now = this.clock.now();
    return this.dataSource.transaction(async (db) => {
      const questionnaireId = await this.repository.insertQuestionnaire(
        { organisationId: organisationOf(user), title: definition.title, now },
        db,
      );
      const versionId = await this.repository.insertDraft({ questionnaireId, definition, createdBy: user.id, now }, db);
      await this.audit.record(
        { actor: user, action: 'create', resourceType: 'outreach_questionnaire', resourceId: questionnaireId, ...meta },
        db,
      );
      return this.viewIn(user, versionId, db);
    });
  }

  /** A new draft version of the questionnaire; 409 when it has a draft already (replace that one instead). */
  async newDraft(
    user: AuthUser,
    questionnaireId: string,
    definition: QuestionnaireDefinition,
    meta: RequestMeta,
  ): Promise<QuestionnaireVersionView> {
    assertValid(definition);
    return this.dataSource.transaction(async (db) => {
      if (!(await this.repository.lockQuestionnaire(questionnaireId, organisationOf(user), db)))
        throw new NotFoundException({ message: 'There is no questionnaire with this id.', code: 'outreach.no_questionnaire' });
      if (await this.repository.draftOf(questionnaireId, db))
        throw new ConflictException({ message: 'This questionnaire has a draft already. Change that draft.', code: 'draft_exists' });
      const versionId = await this.repository.insertDraft({ questionnaireId, definition, createdBy: user.id, now: this.clock.now() }, db);
      await this.audit.record(
        { actor: user, action: 'create', resourceType: 'outreach_questionnaire_version', resourceId: versionId, ...meta },
        db,
      );
      return this.viewIn(user, versionId, db);
    });
  }

  async replaceDraft(
    user: AuthUser,
    versionId: string,
    definition: QuestionnaireDefinition,
    meta: RequestMeta,
  ): Promise<QuestionnaireVersionView> {
    assertValid(definition);
    return this.dataSource.transaction(async (db) => {
      const version = await this.lockedVersion(user, versionId, db);
      if (version.status === 'published') throw published();
      await this.repository.replaceDraft(versionId, definition, db);
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'outreach_questionnaire_version', resourceId: versionId, ...meta },
        db,
      );
      return this.viewIn(user, versionId, db);
    });
  }

  async publish(user: AuthUser, versionId: string, meta: RequestMeta): Promise<QuestionnaireVersionView> {
    return this.dataSource.transaction(async (db) => {
      const version = await this.lockedVersion(user, versionId, db);
      if (version.status === 'published') throw published();
      await this.repository.publish(versionId, this.clock.now(), db);
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'outreach_questionnaire_version',
          resourceId: versionId,
          reason: 'published',
          ...meta,
        },
        db,
      );
      return this.viewIn(user, versionId, db);
    });
  }

  private async viewIn(user: AuthUser, versionId: string, db: EntityManager): Promise<QuestionnaireVersionView> {
    return this.view((await this.repository.versionInOrganisation(versionId, organisationOf(user), db))!, db);
  }

  private async lockedVersion(user: AuthUser, versionId: string, db: EntityManager): Promise<VersionRow> {
    const version = await this.repository.versionInOrganisation(versionId, organisationOf(user), db);
    if (!version || !(await this.repository.lockQuestionnaire(version.questionnaire_id, organisationOf(user), db)))
      throw new NotFoundException({
        message: 'There is no questionnaire version with this id.',
        code: 'outreach.no_questionnaire_version',
      });
    // Read again under the lock: a publish that committed meanwhile is seen.
    return (await this.repository.versionInOrganisation(versionId, organisationOf(user), db))!;
  }
}
