import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface CoachedEnrolmentRow {
  id: string;
  client_id: string;
  training_title: string;
}

/** Trainer and coach work of one worker, as the organisation admin sees it before a deactivation. */
@Injectable()
export class TrainerHandOverRepository {
  /**
   * Enrolments the worker coaches: of a training they are the trainer of, or made in one of their
   * open cases, `openCaseIds` (that part moves with the case).
   */
  coachedEnrolments(db: EntityManager, workerId: string, openCaseIds: string[]): Promise<CoachedEnrolmentRow[]> {
    return db.query(
      `SELECT e.id, e.client_id, t.title AS training_title
         FROM training_enrolment e
         JOIN training t ON t.id = e.training_id
        WHERE t.trainer_id = $1 OR e.case_id = ANY($2::uuid[])`,
      [workerId, openCaseIds],
    );
  }

  /** The trainings of the organisation this worker is the trainer of get the colleague instead. */
  async moveTrainings(db: EntityManager, organisationId: string, fromId: string, toId: string, now: Date): Promise<number> {
    const [, affected] = await db.query(
      `UPDATE training SET trainer_id = $3, updated_at = $4 WHERE organisation_id = $1 AND trainer_id = $2`,
      [organisationId, fromId, toId, now],
    );
    return Number(affected ?? 0);
  }

  /**
   * Groups that still meet (a session not held yet, or none planned so far) with this worker as their
   * only trainer: without a hand-over they would lose their trainer.
   */
  soleTrainerGroups(
    db: EntityManager,
    organisationId: string,
    workerId: string,
  ): Promise<Array<{ id: string; title: string; training_title: string }>> {
    return db.query(
      `SELECT c.id, c.title, t.title AS training_title
         FROM training_cohort c
         JOIN training_cohort_trainer me ON me.cohort_id = c.id AND me.trainer_id = $2
         JOIN training t ON t.id = c.training_id
        WHERE c.organisation_id = $1
          AND NOT EXISTS (SELECT 1 FROM training_cohort_trainer o WHERE o.cohort_id = c.id AND o.trainer_id <> $2)
          AND (NOT EXISTS (SELECT 1 FROM training_group_session s WHERE s.cohort_id = c.id)
               OR EXISTS (SELECT 1 FROM training_group_session s WHERE s.cohort_id = c.id AND s.held_at IS NULL))
        ORDER BY c.starts_on, c.title, c.id`,
      [organisationId, workerId],
    );
  }

  /**
   * The colleague takes the worker's place as trainer of every group of the organisation; where the
   * colleague already trains the group with them, the worker just leaves it. Returns the groups touched.
   */
  async moveGroups(db: EntityManager, organisationId: string, fromId: string, toId: string): Promise<number> {
    const [, left] = await db.query(
      `DELETE FROM training_cohort_trainer f
        USING training_cohort c, training_cohort_trainer already
        WHERE f.trainer_id = $2 AND c.id = f.cohort_id AND c.organisation_id = $1
          AND already.cohort_id = f.cohort_id AND already.trainer_id = $3`,
      [organisationId, fromId, toId],
    );
    const [, moved] = await db.query(
      `UPDATE training_cohort_trainer f SET trainer_id = $3
         FROM training_cohort c
        WHERE f.trainer_id = $2 AND c.id = f.cohort_id AND c.organisation_id = $1`,
      [organisationId, fromId, toId],
    );
    return Number(left ?? 0) + Number(moved ?? 0);
  }

  /** Homework still waiting for this worker's feedback names the colleague as its trainer. */
  async moveWaitingHomework(db: EntityManager, fromId: string, toId: string): Promise<number> {
    const [, affected] = await db.query(`UPDATE training_submission SET trainer_id = $2 WHERE trainer_id = $1 AND status = 'submitted'`, [
      fromId,
      toId,
    ]);
    return Number(affected ?? 0);
  }
}
