import { Injectable } from '@nestjs/common';
import { CaseRetentionRepository } from './case-retention.repository';

export interface ExpiredCase {
  caseId: string;
  clientId: string;
  /** False when none of the client's cases is open or within its term: the whole client may go. */
  clientHasLiveCase: boolean;
}

/**
 * What the privacy domain asks of cases (dossier owns `care_case`): which closed cases passed their
 * retention term, and whether a worker is (or was) the assigned worker of a client.
 */
@Injectable()
export class CaseRetentionService {
  constructor(private readonly repo: CaseRetentionRepository) {}

  async expiredCases(organisationId: string, closedBefore: string, limit = 500): Promise<ExpiredCase[]> {
    const rows = await this.repo.expiredCases(organisationId, closedBefore, limit);
    return rows.map((r) => ({ caseId: r.case_id, clientId: r.client_id, clientHasLiveCase: r.client_has_live_case }));
  }

  organisationsWithClosedCases(): Promise<string[]> {
    return this.repo.organisationsWithClosedCases();
  }

  isAssignedWorkerOf(workerId: string, organisationId: string, clientId: string): Promise<boolean> {
    return this.repo.isAssignedWorkerOf(workerId, organisationId, clientId);
  }

  clientsOfWorker(workerId: string, organisationId: string): Promise<string[]> {
    return this.repo.clientsOfWorker(workerId, organisationId);
  }
}
