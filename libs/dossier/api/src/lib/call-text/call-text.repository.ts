import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface CallTextRow {
  /** The conversation report the text became. */
  id: string;
  clientId: string;
}

/** SQL of saving a call's text into the dossier (conversation_report), in the caller's transaction. */
@Injectable()
export class CallTextRepository {
  /**
   * A published report on the case, only when it is open and assigned to the worker in their
   * organisation (checked in the same statement); null otherwise.
   */
  async insertReport(
    db: EntityManager,
    r: { caseId: string; workerId: string; organisationId: string; heldOn: string; summary: string; now: Date },
  ): Promise<CallTextRow | null> {
    const [row]: CallTextRow[] = await db.query(
      `INSERT INTO conversation_report (case_id, author_id, held_on, summary, tips, published_at, created_at, updated_at)
       SELECT c.id, $2, $4, $5, '', $6, $6, $6 FROM care_case c
        WHERE c.id = $1 AND c.assigned_worker_id = $2 AND c.organisation_id = $3 AND c.closed_on IS NULL
       RETURNING id, (SELECT client_id FROM care_case WHERE id = $1) AS "clientId"`,
      [r.caseId, r.workerId, r.organisationId, r.heldOn, r.summary, r.now],
    );
    return row ?? null;
  }
}
