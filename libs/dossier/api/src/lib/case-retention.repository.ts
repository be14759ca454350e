import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface ExpiredCaseRow {
  case_id: string;
  client_id: string;
  /** The client has a case that is open, or closed on or after the cut-off (still within its term). */
  client_has_live_case: boolean;
}

/** Case lookups the privacy domain needs (who may see a request, which cases passed their term). */
@Injectable()
export class CaseRetentionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Cases of the organisation closed before `closedBefore` (YYYY-MM-DD) whose content is still there. */
  expiredCases(organisationId: string, closedBefore: string, limit: number): Promise<ExpiredCaseRow[]> {
    return this.db.query(
      `SELECT c.id AS case_id, c.client_id,
              EXISTS (SELECT 1 FROM care_case o WHERE o.client_id = c.client_id AND (o.closed_on IS NULL OR o.closed_on >= $2)) AS client_has_live_case
       FROM care_case c
       WHERE c.organisation_id = $1 AND c.closed_on < $2 AND c.anonymised_at IS NULL
       ORDER BY c.closed_on, c.id LIMIT $3`,
      [organisationId, closedBefore, limit],
    );
  }

  /** Organisations that have a closed case whose content is still there (the retention run visits these). */
  async organisationsWithClosedCases(): Promise<string[]> {
    const rows: { organisation_id: string }[] = await this.db.query(
      `SELECT DISTINCT organisation_id FROM care_case WHERE closed_on IS NOT NULL AND anonymised_at IS NULL`,
    );
    return rows.map((r) => r.organisation_id);
  }

  async isAssignedWorkerOf(workerId: string, organisationId: string, clientId: string): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM care_case WHERE client_id = $1 AND assigned_worker_id = $2 AND organisation_id = $3) AS yes`,
      [clientId, workerId, organisationId],
    );
    return row.yes;
  }

  /** Clients of the organisation with a case assigned to this worker (any state). */
  async clientsOfWorker(workerId: string, organisationId: string): Promise<string[]> {
    const rows: { client_id: string }[] = await this.db.query(
      `SELECT DISTINCT client_id FROM care_case WHERE assigned_worker_id = $1 AND organisation_id = $2`,
      [workerId, organisationId],
    );
    return rows.map((r) => r.client_id);
  }
}
