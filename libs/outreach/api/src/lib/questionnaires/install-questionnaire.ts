import { validateDefinition } from '@nabij/outreach/contracts';
import type { QuestionnaireDefinition } from '@nabij/outreach/contracts';
import type { EntityManager } from 'typeorm';
import { QuestionnairesRepository } from './questionnaires.repository';

/**
 * Writes a questionnaire with one version (published unless said otherwise) for an organisation:
 * the demo seed and tests use it. Refuses a definition the admin API would refuse.
 */
export async function installQuestionnaire(
  db: EntityManager,
  definition: QuestionnaireDefinition,
  options: { organisationId: string; now: Date; published?: boolean },
): Promise<{ questionnaireId: string; versionId: string }> {
  const problems = validateDefinition(definition);
  if (Object.keys(problems).length) throw new Error(`Questionnaire "${definition.title}" is not valid: ${JSON.stringify(problems)}`);
  const repository = new QuestionnairesRepository(db.connection);
  const questionnaireId = await repository.insertQuestionnaire(
    { organisationId: options.organisationId, title: definition.title, now: options.now },
    db,
  );
  const versionId = await repository.insertDraft({ questionnaireId, definition, createdBy: null, now: options.now }, db);
  if (options.published ?? true) await repository.publish(versionId, options.now, db);
  return { questionnaireId, versionId };
}
