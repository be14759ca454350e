import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface CoachedEnrolmentRow {
  id: string;
  client_name: string | null;
  training_title: string;
}

/** Trainer and coach work of one worker, as the organisation admin sees it before a deactivation. */
@Injectable()
export class TrainerHandOverRepository {
  /**
   * Enrolments the worker coaches: of a training they are the trainer of, or made in an open case of
   * theirs (that part moves with the case).
   */
  coachedEnrolments(db: EntityManager, workerId: string): Promise<CoachedEnrolmentRow[]> {
    return db.query(
      `SELECT e.id, cl.name AS client_name, t.title AS training_title
         FROM training_enrolment e
         JOIN training t ON t.id = e.training_id
         JOIN account cl ON cl.id = e.client_id
        WHERE t.trainer_id = $1
           OR EXISTS (SELECT 1 FROM care_case c WHERE c.id = e.case_id AND c.assigned_worker_id = $1 AND c.closed_on IS NULL)
        ORDER BY t.title, cl.name, e.id`,
      [workerId],
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
