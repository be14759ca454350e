import type { CaseSummary, CloseReason, IntakeChannel, KindOfWork, ProblemArea } from '@nabij/dossier/contracts';
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
  /** False: the client does not see the case online (default true). */
  usesOnlineDossier?: boolean;
  /** How the client came in (none by default, as for cases opened before it was asked). */
  intakeChannel?: IntakeChannel;
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

export interface CloseCaseOptions {
  reason?: CloseReason;
  /** YYYY-MM-DD, on or after the opening day; defaults to today (the test clock's Dutch day). */
  closedOn?: string;
}

/** The assigned worker closes the case, as POST /api/dossier/cases/:id/close does (a past day included). */
export function closeCase(t: TestApp, worker: AuthUser, caseId: string, options: CloseCaseOptions = {}): Promise<CaseSummary> {
  const { reason = 'goal_reached', closedOn } = options;
  return t.app.get(CasesService).close(worker, caseId, { reason, closedOn }, { ip: null, userAgent: 'test-factory' });
}
