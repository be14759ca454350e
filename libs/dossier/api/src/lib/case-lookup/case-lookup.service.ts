import { Injectable } from '@nestjs/common';
import type { KindOfWork } from '@nabij/dossier/contracts';
import { EntityManager } from 'typeorm';
import { CaseLookupRepository, CaseRefRow } from './case-lookup.repository';

/** A case as other domains need to know it: whose it is and whether it is still open. */
export interface CaseRef {
  id: string;
  organisationId: string;
  clientId: string;
  assignedWorkerId: string | null;
  teamId: string | null;
  kindOfWork: KindOfWork;
  /** YYYY-MM-DD, or null while the case is open. */
  closedOn: string | null;
}

/** A dossier document as other domains point at it. */
export interface DocumentRef {
  id: string;
  caseId: string;
  fileName: string;
}

const ref = (row: CaseRefRow | undefined): CaseRef | null =>
  row
    ? {
        id: row.id,
        organisationId: row.organisation_id,
        clientId: row.client_id,
        assignedWorkerId: row.assigned_worker_id,
        teamId: row.team_id,
        kindOfWork: row.kind_of_work,
        closedOn: row.closed_on,
      }
    : null;

/**
 * Which case a client or worker has, for the domains that hang their rows off a case (chat, messages,
 * time, …): dossier owns `care_case`, the others ask here instead of reading it. Access rules stay
 * with the caller; this only says which case matches. `manager`: read inside the caller's transaction.
 */
@Injectable()
export class CaseLookupService {
  constructor(private readonly repository: CaseLookupRepository) {}

  async caseById(caseId: string, manager?: EntityManager): Promise<CaseRef | null> {
    return ref(await this.repository.caseById(caseId, manager));
  }

  /** The cases with these ids (unknown ids are left out), keyed by id: one query for all of them. */
  async casesByIds(caseIds: Iterable<string | null | undefined>, manager?: EntityManager): Promise<Map<string, CaseRef>> {
    const wanted = [...new Set([...caseIds].filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    return new Map((await this.repository.casesByIds(wanted, manager)).map((row) => [row.id, ref(row)!]));
  }

  /** The client's newest open case (by opening date), or null. */
  async newestOpenCaseOfClient(clientId: string, manager?: EntityManager): Promise<CaseRef | null> {
    return ref(await this.repository.newestOpenCaseOfClient(clientId, manager));
  }

  /**
   * The client's newest open case in the organisation (a null organisation has none), and assigned
   * to `workerId` when given, or null.
   */
  async newestOpenCaseIn(clientId: string, organisationId: string | null, workerId?: string): Promise<CaseRef | null> {
    return ref(await this.repository.newestOpenCaseIn(clientId, organisationId, workerId ?? null));
  }

  /**
   * For each of these clients, the workers assigned to one of their cases now (open or closed
   * cases alike), as distinct pairs: one query for all clients.
   */
  async assignmentsOfClients(clientIds: string[], manager?: EntityManager): Promise<Array<{ clientId: string; workerId: string }>> {
    if (clientIds.length === 0) return [];
    return (await this.repository.assignmentsOfClients(clientIds, manager)).map((r) => ({ clientId: r.client_id, workerId: r.worker_id }));
  }

  /** Every case of the client, open or closed. */
  async casesOfClient(clientId: string, manager?: EntityManager): Promise<CaseRef[]> {
    return (await this.repository.casesOfClient(clientId, manager)).map((row) => ref(row)!);
  }

  async openCasesOfClient(clientId: string, manager?: EntityManager): Promise<CaseRef[]> {
    return (await this.repository.openCasesOfClient(clientId, manager)).map((row) => ref(row)!);
  }

  /** Every open case of the organisation, oldest first: the families it serves now. */
  async openCasesOfOrganisation(organisationId: string, manager?: EntityManager): Promise<CaseRef[]> {
    return (await this.repository.openCasesOfOrganisation(organisationId, manager)).map((row) => ref(row)!);
  }

  /** The case if it is the client's (open or closed), else null. */
  async caseOfClient(caseId: string, clientId: string, manager?: EntityManager): Promise<CaseRef | null> {
    return ref(await this.repository.caseOfClient(caseId, clientId, manager));
  }

  /**
   * Every case assigned to the worker, open or closed, in one query: with `organisationId` (also
   * null: a worker without one has none) only that organisation's.
   */
  async casesOfWorker(workerId: string, organisationId?: string | null, manager?: EntityManager): Promise<CaseRef[]> {
    return (await this.repository.casesOfWorker(workerId, organisationId, manager)).map((row) => ref(row)!);
  }

  /**
   * The ids of every case assigned to the worker, open or closed (of the organisation when one is
   * given, as casesOfWorker): what a worker's message threads are scoped by, on every inbox view.
   */
  caseIdsOfWorker(workerId: string, organisationId?: string | null, manager?: EntityManager): Promise<string[]> {
    return this.repository.caseIdsOfWorker(workerId, organisationId, manager);
  }

  /** The ids of the worker's open cases (of the organisation when one is given), in one query. */
  async openCaseIdsOfWorker(workerId: string, organisationId?: string | null, manager?: EntityManager): Promise<string[]> {
    return (await this.casesOfWorker(workerId, organisationId, manager)).filter((c) => !c.closedOn).map((c) => c.id);
  }

  /**
   * The case if it is assigned to the worker (open or closed), else null. With `organisationId` (also
   * null: a worker without one matches nothing) it must be that organisation's case too.
   */
  async caseOfWorker(caseId: string, workerId: string, organisationId?: string | null): Promise<CaseRef | null> {
    return ref(await this.repository.caseOfWorker(caseId, workerId, organisationId));
  }

  /**
   * Dossier documents by id, for the domains that point at one (the library's "Mijn bibliotheek"):
   * the case each belongs to and its file name; unknown ids are left out. Access rules stay with the caller.
   */
  async documentsByIds(ids: Iterable<string>, manager?: EntityManager): Promise<Map<string, DocumentRef>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows = await this.repository.documentsByIds(wanted, manager);
    return new Map(rows.map((r) => [r.id, { id: r.id, caseId: r.case_id, fileName: r.file_name }]));
  }
}
