import type { CaseSummary, KindOfWork, ProblemArea } from '@nabij/dossier/contracts';
import type { AuthUser } from '@nabij/platform/api';
import type { TestApp } from '@nabij/platform/testing';
import { CasesService } from '../cases.service';

export interface MakeCaseOptions {
  /** The worker who opens the case and is assigned to it. */
  worker: AuthUser;
  clientId: string;
  kindOfWork?: KindOfWork;
  problemAreas?: ProblemArea[];
  financierId?: string;
  openedOn?: string;
}

/** A case opened by the worker, through the same service (checks, audit entry) as POST /api/dossier/cases. */
export function makeCase(t: TestApp, options: MakeCaseOptions): Promise<CaseSummary> {
  const { worker, ...dto } = options;
  return t.app.get(CasesService).open(worker, { kindOfWork: 'algemeen_mw', ...dto }, { ip: null, userAgent: 'test-factory' });
}

/** The assigned worker hands the case to a colleague, as POST /api/dossier/cases/:id/handover does. */
export function handOverCase(t: TestApp, worker: AuthUser, caseId: string, toWorkerId: string): Promise<CaseSummary> {
  return t.app.get(CasesService).handOver(worker, caseId, { toWorkerId }, { ip: null, userAgent: 'test-factory' });
}
