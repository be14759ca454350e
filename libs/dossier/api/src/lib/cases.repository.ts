import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CaseStatusFilter, CaseSummary, Dossier, KindOfWork } from '@nabij/dossier/contracts';
import { GroupRead, isoSql, queryPrepared } from '@nabij/platform/api';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { CareCaseEntity, CaseHandoverEntity } from './entities/care-case.entity';

/** Which case summaries to load; every variant is one fixed, parameterised WHERE clause. */
export type CaseSummaryFilter =
  | { caseId: string }
  /** The cases a client sees in "Mijn dossier": only those that share the online dossier. */
  | { clientId: string; onlineDossierOnly: true }
  /** A worker's caseload within their organisation. */
  | {
      workerId: string;
      organisationId: string | null;
      status: CaseStatusFilter;
      financierId?: string;
      kindOfWork?: KindOfWork;
    };

export interface OpenCaseOfWorker {
  id: string;
  client_id: string;
  opened_on: string;
  team_id: string | null;
}

interface SummaryRow {
  id: string;
  client_id: string;
  financier_id: string;
  kind_of_work: CaseSummary['kindOfWork'];
  problem_areas: CaseSummary['problemAreas'];
  uses_online_dossier: boolean;
  opened_on: string;
  closed_on: string | null;
  close_reason: CaseSummary['closeReason'];
  worker_id: string | null;
  interpreter_language: CaseSummary['interpreterLanguage'];
}

export interface TeamClosedCaseRow {
  id: string;
  client_id: string;
  worker_id: string | null;
  closed_on: string;
  close_reason: CaseSummary['closeReason'];
}

/** Who may read a case: the fields CaseAccessService decides on. */
export type CaseAccessFields = Pick<CareCaseEntity, 'id' | 'organisationId' | 'clientId' | 'assignedWorkerId' | 'usesOnlineDossier'>;

interface DossierRow extends SummaryRow {
  organisation_id: string;
  assigned_worker_id: string | null;
  goals: Dossier['goals'];
  reports: Dossier['reports'];
  appointments: Dossier['appointments'];
  actions: Dossier['actions'];
  documents: Dossier['documents'];
}

/** A JSON array of the rows, `[]` when there are none. */
const list = (object: string, orderBy: string, from: string) => `(SELECT coalesce(json_agg(${object} ORDER BY ${orderBy}), '[]') ${from})`;

// People's names are identity's, financier names intake's: the summaries and the dossier carry ids,
// and DossierNamesService fills in the names (and an uploader's role) from AccountDirectoryService
// and platform's OrganisationNames.
const SUMMARY_COLUMNS = `c.id, c.client_id, c.financier_id, c.kind_of_work,
              c.problem_areas, c.uses_online_dossier, to_char(c.opened_on, 'YYYY-MM-DD') AS opened_on,
              to_char(c.closed_on, 'YYYY-MM-DD') AS closed_on, c.close_reason, c.assigned_worker_id AS worker_id,
              c.interpreter_language`;

const SUMMARY_FROM = `care_case c`;

/**
 * Everything shared on one case in one statement (one round trip, one snapshot): the summary and
 * each part as a JSON array in the order the dossier shows it, built by indexed lookups on case_id.
 * `$2` leaves out draft reports (the client's view). `$1` holds every case id of one group read.
 */
const DOSSIER_SQL = `SELECT ${SUMMARY_COLUMNS}, c.organisation_id, c.assigned_worker_id,
  ${list(
    `json_build_object('id', g.id, 'position', g.position, 'text', g.text, 'achieved', g.achieved, 'updatedAt', ${isoSql('g.updated_at')})`,
    'g.position',
    'FROM case_goal g WHERE g.case_id = c.id',
  )} AS goals,
  ${list(
    `json_build_object('id', r.id, 'heldOn', to_char(r.held_on, 'YYYY-MM-DD'), 'summary', r.summary, 'tips', r.tips,
       'publishedAt', ${isoSql('r.published_at')}, 'author', json_build_object('id', r.author_id, 'name', NULL),
       'reactions', ${list(
         `json_build_object('id', x.id, 'text', x.text, 'createdAt', ${isoSql('x.created_at')})`,
         'x.created_at',
         'FROM report_reaction x WHERE x.report_id = r.id',
       )})`,
    'r.held_on DESC, r.created_at DESC',
    'FROM conversation_report r WHERE r.case_id = c.id AND (NOT $2 OR r.published_at IS NOT NULL)',
  )} AS reports,
  ${list(
    `json_build_object('id', p.id, 'kind', p.kind, 'startsAt', ${isoSql('p.starts_at')}, 'durationMinutes', p.duration_minutes,
       'location', p.location, 'note', p.note, 'status', p.status,
       'change', (SELECT json_build_object('id', q.id, 'kind', q.kind, 'reason', q.reason, 'requestedAt', ${isoSql('q.requested_at')},
                         'previousStartsAt', ${isoSql('q.previous_starts_at')}, 'answeredAt', ${isoSql('q.answered_at')},
                         'newStartsAt', ${isoSql('q.new_starts_at')})
                    FROM appointment_change_request q WHERE q.appointment_id = p.id ORDER BY q.requested_at DESC, q.id DESC LIMIT 1))`,
    'p.starts_at',
    'FROM appointment p WHERE p.case_id = c.id',
  )} AS appointments,
  ${list(
    `json_build_object('id', k.id, 'kind', k.kind, 'text', k.text, 'createdAt', ${isoSql('k.created_at')}, 'doneAt', ${isoSql('k.done_at')})`,
    'k.created_at DESC',
    'FROM client_action k WHERE k.case_id = c.id',
  )} AS actions,
  ${list(
    `json_build_object('id', d.id, 'fileName', d.file_name, 'contentType', d.content_type, 'sizeBytes', d.size_bytes,
       'uploadedBy', json_build_object('id', d.uploaded_by, 'name', NULL, 'role', NULL), 'createdAt', ${isoSql('d.created_at')})`,
    'd.created_at DESC',
    'FROM dossier_document d WHERE d.case_id = c.id',
  )} AS documents
  FROM ${SUMMARY_FROM}
 WHERE c.id = ANY($1::uuid[])`;

const summaryView = (r: SummaryRow): CaseSummary => ({
  id: r.id,
  client: { id: r.client_id, name: null },
  financier: { id: r.financier_id, name: '' },
  kindOfWork: r.kind_of_work,
  problemAreas: r.problem_areas,
  usesOnlineDossier: r.uses_online_dossier,
  openedOn: r.opened_on,
  closedOn: r.closed_on,
  closeReason: r.close_reason,
  assignedWorker: r.worker_id ? { id: r.worker_id, name: null } : null,
  interpreterLanguage: r.interpreter_language ?? null,
});

/**
 * SQL of the cases area: care cases, hand-overs and the case summaries (people's names come from
 * identity's AccountDirectoryService). Methods that take an EntityManager run in the caller's
 * transaction (the services keep control of transactions and locks).
 */
@Injectable()
export class CasesRepository {
  /**
   * Dossier reads asked while one runs share the next statement (one round trip for a burst of
   * readers instead of one each); per view, since the client's leaves out draft reports.
   */
  private readonly clientDossiers = this.dossierReads(true);
  private readonly workerDossiers = this.dossierReads(false);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CareCaseEntity) private readonly cases: Repository<CareCaseEntity>,
  ) {}

  private dossierReads(forClient: boolean): GroupRead<string, DossierRow> {
    return new GroupRead<string, DossierRow>(async (caseIds) => {
      const rows = await queryPrepared<DossierRow>(this.dataSource, DOSSIER_SQL, [caseIds, forClient]);
      return new Map(rows.map((row) => [row.id, row]));
    });
  }

  findCase(caseId: string, db?: EntityManager): Promise<CareCaseEntity | null> {
    const repo = db ? db.getRepository(CareCaseEntity) : this.cases;
    return repo.findOneBy({ id: caseId });
  }

  async summaries(db: EntityManager, filter: CaseSummaryFilter): Promise<CaseSummary[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if ('caseId' in filter) {
      where.push(`c.id = $${params.push(filter.caseId)}`);
    } else if ('clientId' in filter) {
      where.push(`c.client_id = $${params.push(filter.clientId)}`, 'c.uses_online_dossier');
    } else {
      where.push(`c.assigned_worker_id = $${params.push(filter.workerId)}`, `c.organisation_id = $${params.push(filter.organisationId)}`);
      if (filter.status === 'open') where.push('c.closed_on IS NULL');
      if (filter.status === 'closed') where.push('c.closed_on IS NOT NULL');
      if (filter.financierId) where.push(`c.financier_id = $${params.push(filter.financierId)}`);
      if (filter.kindOfWork) where.push(`c.kind_of_work = $${params.push(filter.kindOfWork)}`);
    }
    const rows: SummaryRow[] = await db.query(
      `SELECT ${SUMMARY_COLUMNS}
         FROM ${SUMMARY_FROM}
        WHERE ${where.join(' AND ')}
        ORDER BY c.closed_on DESC NULLS FIRST, c.opened_on DESC`,
      params,
    );
    return rows.map(summaryView);
  }

  /**
   * The whole dossier of a case with the fields that decide who may read it, or null when there is
   * no such case; the caller checks access before handing any of it out. `forClient` leaves out
   * draft reports.
   */
  async dossier(caseId: string, forClient: boolean): Promise<{ access: CaseAccessFields; dossier: Dossier } | null> {
    const row = await (forClient ? this.clientDossiers : this.workerDossiers).get(caseId);
    if (!row) return null;
    const summary = summaryView(row);
    return {
      access: {
        id: row.id,
        organisationId: row.organisation_id,
        clientId: row.client_id,
        assignedWorkerId: row.assigned_worker_id,
        usesOnlineDossier: row.uses_online_dossier,
      },
      dossier: {
        case: summary,
        readOnly: summary.closedOn !== null,
        goals: row.goals,
        reports: row.reports,
        appointments: row.appointments,
        actions: row.actions,
        documents: row.documents,
      },
    };
  }

  async summary(db: EntityManager, caseId: string): Promise<CaseSummary> {
    const [summary] = await this.summaries(db, { caseId });
    return summary;
  }

  /** Serialises case openings per client until the caller's transaction ends. */
  async lockCaseOpening(db: EntityManager, clientId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtextextended('care_case:open:' || $1::text, 0))`, [clientId]);
  }

  /** Whether the client has an open case in the organisation assigned to someone other than `workerId`. */
  async isInCareElsewhere(db: EntityManager, clientId: string, organisationId: string | null, workerId: string | null): Promise<boolean> {
    const [inCare] = await db.query(
      `SELECT 1 FROM care_case WHERE client_id = $1 AND organisation_id = $2 AND closed_on IS NULL AND assigned_worker_id IS DISTINCT FROM $3 LIMIT 1`,
      [clientId, organisationId, workerId],
    );
    return !!inCare;
  }

  /** A worker's open cases, oldest first, locked when the caller hands them over. */
  openCasesOfWorker(db: EntityManager, workerId: string, forUpdate = false): Promise<OpenCaseOfWorker[]> {
    return db.query(
      `SELECT c.id, c.client_id, c.opened_on::text AS opened_on, c.team_id
         FROM care_case c
        WHERE c.assigned_worker_id = $1 AND c.closed_on IS NULL
        ORDER BY c.opened_on, c.id${forUpdate ? ' FOR UPDATE OF c' : ''}`,
      [workerId],
    );
  }

  /** Those of the given cases that are closed and still the worker's, locked for the hand-over. */
  closedCasesOfWorker(db: EntityManager, workerId: string, caseIds: readonly string[]): Promise<OpenCaseOfWorker[]> {
    return db.query(
      `SELECT c.id, c.client_id, c.opened_on::text AS opened_on, c.team_id
         FROM care_case c
        WHERE c.assigned_worker_id = $1 AND c.closed_on IS NOT NULL AND c.id = ANY($2::uuid[])
        ORDER BY c.opened_on, c.id FOR UPDATE OF c`,
      [workerId, caseIds],
    );
  }

  /** A team's cases closed on or after `since`, newest first: ids, dates and the reason category only. */
  closedCasesOfTeam(teamId: string, organisationId: string, since: string): Promise<TeamClosedCaseRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.client_id, c.assigned_worker_id AS worker_id, to_char(c.closed_on, 'YYYY-MM-DD') AS closed_on, c.close_reason
         FROM care_case c
        WHERE c.team_id = $1 AND c.organisation_id = $2 AND c.closed_on >= $3::date AND c.anonymised_at IS NULL
        ORDER BY c.closed_on DESC, c.id`,
      [teamId, organisationId, since],
    );
  }

  /** Open cases of a team; the caller's manager so a check and the change it guards share a transaction. */
  async openCaseCountOfTeam(db: EntityManager, teamId: string): Promise<number> {
    const [row] = await db.query(`SELECT count(*)::int AS n FROM care_case WHERE team_id = $1 AND closed_on IS NULL`, [teamId]);
    return row.n;
  }

  insertCase(db: EntityManager, c: Omit<CareCaseEntity, 'id'>): Promise<CareCaseEntity> {
    return db.getRepository(CareCaseEntity).save(c);
  }

  async reassign(db: EntityManager, caseId: string, workerId: string, teamId: string | null): Promise<void> {
    await db.getRepository(CareCaseEntity).update(caseId, { assignedWorkerId: workerId, teamId });
  }

  async insertHandover(db: EntityManager, handover: Omit<CaseHandoverEntity, 'id'>): Promise<void> {
    await db.getRepository(CaseHandoverEntity).insert(handover);
  }

  async setInterpreter(db: EntityManager, caseId: string, language: CareCaseEntity['interpreterLanguage']): Promise<void> {
    await db.getRepository(CareCaseEntity).update(caseId, { interpreterLanguage: language });
  }

  async close(db: EntityManager, caseId: string, closedOn: string, closeReason: CareCaseEntity['closeReason']): Promise<void> {
    await db.getRepository(CareCaseEntity).update(caseId, { closedOn, closeReason });
  }

  /** Opens a closed case again; false when it was not closed (anymore) or has been anonymised. */
  async reopen(db: EntityManager, caseId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE care_case SET closed_on = NULL, close_reason = NULL WHERE id = $1 AND closed_on IS NOT NULL AND anonymised_at IS NULL RETURNING id`,
      [caseId],
    );
    return rows.length > 0;
  }

  /** Those of the clients with an open case in the organisation. */
  async clientsWithOpenCase(db: EntityManager, organisationId: string, clientIds: string[]): Promise<Set<string>> {
    const rows: Array<{ client_id: string }> = await db.query(
      `SELECT DISTINCT client_id FROM care_case WHERE client_id = ANY($1::uuid[]) AND organisation_id = $2 AND closed_on IS NULL`,
      [clientIds, organisationId],
    );
    return new Set(rows.map((r) => r.client_id));
  }
}
