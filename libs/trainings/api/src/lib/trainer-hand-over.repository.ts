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

  /** Homework still waiting for this worker's feedback names the colleague as its trainer. */
  async moveWaitingHomework(db: EntityManager, fromId: string, toId: string): Promise<number> {
    const [, affected] = await db.query(`UPDATE training_submission SET trainer_id = $2 WHERE trainer_id = $1 AND status = 'submitted'`, [
      fromId,
      toId,
    ]);
    return Number(affected ?? 0);
  }
}
