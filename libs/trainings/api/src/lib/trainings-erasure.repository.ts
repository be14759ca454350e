import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErasureOutcome, ErasureScope, PersonalDataEraser, PersonalDataEraserRegistry } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

/** What an erased enrolment's goals say (the column needs two or three). */
const ERASED_GOAL = '–';

/**
 * The trainings part of erasing a client or an expired case (ERASURE_RULES kind `trainings`): the
 * answers of homework, diary forms and self-tests, the trainer's feedback and the client's goals are
 * wiped, and so is the nickname the client chose in a group. Kept without content: the enrolment,
 * steps done, scores, group membership and attendance, and the homework contacts (the trainer's
 * feedback moments count in time registration and the caseload report).
 */
@Injectable()
export class TrainingsErasureRepository implements PersonalDataEraser, OnModuleInit {
  readonly section = 'trainings';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataEraserRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    const ids = await this.enrolmentIds(scope, manager);
    const [row] = await manager.query(
      `SELECT (SELECT count(*) FROM training_submission WHERE enrolment_id = ANY($1) AND answers <> '{}'::jsonb)
            + (SELECT count(*) FROM training_self_test_result WHERE enrolment_id = ANY($1) AND answers <> '{}'::jsonb) AS n`,
      [ids],
    );
    return { trainings: Number(row.n) };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    const ids = await this.enrolmentIds(scope, manager);
    const [, submissions] = await manager.query(
      `UPDATE training_submission SET answers = '{}'::jsonb, feedback = NULL WHERE enrolment_id = ANY($1) AND (answers <> '{}'::jsonb OR feedback IS NOT NULL)`,
      [ids],
    );
    const [, selfTests] = await manager.query(
      `UPDATE training_self_test_result SET answers = '{}'::jsonb WHERE enrolment_id = ANY($1) AND answers <> '{}'::jsonb`,
      [ids],
    );
    await manager.query(`UPDATE training_enrolment SET goals = ARRAY[$2, $2] WHERE id = ANY($1)`, [ids, ERASED_GOAL]);
    await manager.query(`UPDATE training_cohort_member SET nickname = NULL WHERE enrolment_id = ANY($1) AND nickname IS NOT NULL`, [ids]);
    return { counts: { trainings: Number(submissions ?? 0) + Number(selfTests ?? 0) } };
  }

  private async enrolmentIds(scope: ErasureScope, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] =
      scope.cases === 'all'
        ? await manager.query(`SELECT id FROM training_enrolment WHERE client_id = $1`, [scope.clientId])
        : await manager.query(`SELECT id FROM training_enrolment WHERE client_id = $1 AND case_id = ANY($2)`, [
            scope.clientId,
            scope.cases,
          ]);
    return rows.map((r) => r.id);
  }
}
