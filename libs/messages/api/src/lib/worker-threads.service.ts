import { Injectable } from '@nestjs/common';
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
  ) {}

  async waitingThreadsOfWorker(workerId: string, manager?: EntityManager): Promise<WaitingThreadRef[]> {
    const rows = await this.threads.waitingThreadsOfWorker(manager ?? this.dataSource.manager, workerId);
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      caseClosed: r.case_closed,
      clientName: r.client_name,
      waitingSince: new Date(r.waiting_since).toISOString(),
      dueAt: new Date(r.due_at).toISOString(),
    }));
  }
}
