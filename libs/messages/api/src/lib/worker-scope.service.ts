import { Injectable } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import type { AuthUser } from '@nabij/platform/api';
import { EntityManager } from 'typeorm';
import { WorkerScope } from './messages.repository';

/**
 * Which threads a worker sees: the threads of every case assigned to them (open or closed: a closed
 * case keeps its thread) and their organisation's duty queue. The cases come from dossier's
 * CaseLookupService in one query (dossier owns care_case); the thread queries take their ids.
 */
@Injectable()
export class WorkerScopeService {
  constructor(private readonly cases: CaseLookupService) {}

  async of(worker: Pick<AuthUser, 'id' | 'organisationId'>, manager?: EntityManager): Promise<WorkerScope> {
    const caseIds = await this.cases.caseIdsOfWorker(worker.id, worker.organisationId, manager);
    return { id: worker.id, organisationId: worker.organisationId, caseIds };
  }
}
