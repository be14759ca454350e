import { Injectable } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { DataSource, EntityManager } from 'typeorm';
import { WorkerThreadsRepository } from './worker-threads.repository';

export interface WaitingThreadRef {
  id: string;
  caseId: string;
  /** The case was closed after the client wrote: it must be handed over for this question alone. */
  caseClosed: boolean;
  clientName: string | null;
  waitingSince: string;
  dueAt: string;
}

/**
 * What other domains (the organisation admin screens) may ask about a worker's message threads,
 * without reading message tables themselves. A case thread belongs to whoever holds the case, so
 * handing the case over (dossier) hands its waiting thread over too.
 */
@Injectable()
export class WorkerThreadsService {
  constructor(
    private readonly threads: WorkerThreadsRepository,
    private readonly dataSource: DataSource,
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
  ) {}

  /**
   * Threads with an unanswered client message on the worker's cases (dossier's CaseLookupService), the
   * most urgent first. A case closed after the client wrote still has its question waiting, so closed
   * cases count too.
   */
  async waitingThreadsOfWorker(workerId: string, manager?: EntityManager): Promise<WaitingThreadRef[]> {
    const db = manager ?? this.dataSource.manager;
    const cases = await this.cases.casesOfWorker(workerId, undefined, db);
    if (!cases.length) return [];
    const closed = new Set(cases.filter((c) => c.closedOn).map((c) => c.id));
    const rows = await this.threads.waitingThreadsOfCases(
      db,
      cases.map((c) => c.id),
    );
    const names = await this.accounts.namesByIds(
      rows.map((r) => r.client_id),
      db,
    );
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      caseClosed: closed.has(r.case_id),
      clientName: names.get(r.client_id) ?? null,
      waitingSince: new Date(r.waiting_since).toISOString(),
      dueAt: new Date(r.due_at).toISOString(),
    }));
  }
}
