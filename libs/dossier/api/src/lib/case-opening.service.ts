import { Injectable } from '@nestjs/common';
import type { CaseSummary, OpenCaseRequest } from '@nabij/dossier/contracts';
import { AuthUser, RequestMeta } from '@nabij/platform/api';
import { EntityManager } from 'typeorm';
import { CasesService } from './cases.service';

/**
 * Opening a case from another domain, inside that domain's transaction: outreach's "Maak een
 * dossier" opens the case of a family it just made a client. The same rules as the worker's own
 * "Open een dossier" (a client of the organisation, not in care with a colleague, a financier of the
 * organisation), the same audit entry; dossier owns care_case.
 */
@Injectable()
export class CaseOpeningService {
  constructor(private readonly cases: CasesService) {}

  openIn(db: EntityManager, worker: AuthUser, request: OpenCaseRequest, meta: RequestMeta): Promise<CaseSummary> {
    return this.cases.openIn(db, worker, request, meta);
  }
}
