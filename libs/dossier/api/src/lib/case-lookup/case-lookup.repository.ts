import { Injectable } from '@nestjs/common';
import type { KindOfWork } from '@nabij/dossier/contracts';
import { queryPrepared } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

export interface CaseRefRow {
  id: string;
  organisation_id: string;
  client_id: string;
  assigned_worker_id: string | null;
  team_id: string | null;
  kind_of_work: KindOfWork;
  closed_on: string | null;
}

const CASE_REF = `SELECT id, organisation_id, client_id, assigned_worker_id, team_id, kind_of_work, to_char(closed_on, 'YYYY-MM-DD') AS closed_on FROM care_case`;

/** The cases assigned to worker `$1`: any organisation's when `$2`, else organisation `$3`'s (none for NULL). */
const WORKER_CASES = `assigned_worker_id = $1 AND ($2::boolean OR organisation_id = $3)`;
const workerCasesParams = (workerId: string, organisationId: string | null | undefined) => [
  workerId,
  organisationId === undefined,
  organisationId ?? null,
];

/** The `care_case` reads other domains ask for through CaseLookupService. */
@Injectable()
export class CaseLookupRepository {
  constructor(private readonly dataSource: DataSource) {}

  async caseById(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<CaseRefRow | undefined> {
    const [row] = await manager.query(`${CASE_REF} WHERE id = $1`, [caseId]);
    return row;
  }

  casesByIds(caseIds: string[], manager: EntityManager = this.dataSource.manager): Promise<CaseRefRow[]> {
    return manager.query(`${CASE_REF} WHERE id = ANY($1::uuid[])`, [caseIds]);
  }

  /** The client's newest open case, if any. */
  async newestOpenCaseOfClient(clientId: string, manager: EntityManager = this.dataSource.manager): Promise<CaseRefRow | undefined> {
    const [row] = await manager.query(
      `${CASE_REF} WHERE client_id = $1 AND closed_on IS NULL ORDER BY opened_on DESC, created_at DESC LIMIT 1`,
      [clientId],
    );
    return row;
  }

  /** The client's newest open case in the organisation, assigned to the worker when one is given. */
  async newestOpenCaseIn(clientId: string, organisationId: string | null, workerId: string | null): Promise<CaseRefRow | undefined> {
    const [row] = await this.dataSource.query(
      `${CASE_REF} WHERE client_id = $1 AND organisation_id = $2 AND closed_on IS NULL AND ($3::uuid IS NULL OR assigned_worker_id = $3)
        ORDER BY opened_on DESC, created_at DESC LIMIT 1`,
      [clientId, organisationId, workerId],
    );
    return row;
  }

  /** Who is or was assigned to cases of these clients (any state): distinct pairs. */
  assignmentsOfClients(
    clientIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ client_id: string; worker_id: string }>> {
    return manager.query(
      `SELECT DISTINCT client_id, assigned_worker_id AS worker_id FROM care_case WHERE client_id = ANY($1::uuid[]) AND assigned_worker_id IS NOT NULL`,
      [clientIds],
    );
  }

  /** Every case of the client, open or closed. */
  casesOfClient(clientId: string, manager: EntityManager = this.dataSource.manager): Promise<CaseRefRow[]> {
    return manager.query(`${CASE_REF} WHERE client_id = $1`, [clientId]);
  }

  /** The client's open cases. */
  openCasesOfClient(clientId: string, manager: EntityManager = this.dataSource.manager): Promise<CaseRefRow[]> {
    return manager.query(`${CASE_REF} WHERE client_id = $1 AND closed_on IS NULL`, [clientId]);
  }

  /** Every open case of the organisation (outreach builds call lists of the families it serves). */
  openCasesOfOrganisation(organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<CaseRefRow[]> {
    return manager.query(`${CASE_REF} WHERE organisation_id = $1 AND closed_on IS NULL ORDER BY opened_on, id`, [organisationId]);
  }

  /** A case of the client (any state). */
  async caseOfClient(caseId: string, clientId: string, manager: EntityManager = this.dataSource.manager): Promise<CaseRefRow | undefined> {
    const [row] = await manager.query(`${CASE_REF} WHERE id = $1 AND client_id = $2`, [caseId, clientId]);
    return row;
  }

  /** Every case assigned to the worker (any state), of the organisation when one is given (by index). */
  casesOfWorker(
    workerId: string,
    organisationId: string | null | undefined,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CaseRefRow[]> {
    return manager.query(`${CASE_REF} WHERE ${WORKER_CASES}`, workerCasesParams(workerId, organisationId));
  }

  /**
   * The ids of casesOfWorker's cases only. Outside a transaction a prepared statement: every inbox
   * view and every count in the worker's navigation asks it.
   */
  async caseIdsOfWorker(workerId: string, organisationId: string | null | undefined, manager?: EntityManager): Promise<string[]> {
    const text = `SELECT id FROM care_case WHERE ${WORKER_CASES}`;
    const values = workerCasesParams(workerId, organisationId);
    const rows: Array<{ id: string }> = manager ? await manager.query(text, values) : await queryPrepared(this.dataSource, text, values);
    return rows.map((r) => r.id);
  }

  /** A case assigned to the worker (any state), of the organisation when one is given. */
  async caseOfWorker(caseId: string, workerId: string, organisationId: string | null | undefined): Promise<CaseRefRow | undefined> {
    const [row] = await this.dataSource.query(
      `${CASE_REF} WHERE id = $1 AND assigned_worker_id = $2 AND ($3::boolean OR organisation_id = $4)`,
      [caseId, workerId, organisationId === undefined, organisationId ?? null],
    );
    return row;
  }

  /** Dossier documents by id: their case and file name (unknown ids left out). */
  documentsByIds(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ id: string; case_id: string; file_name: string }>> {
    return manager.query(`SELECT id, case_id, file_name FROM dossier_document WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
