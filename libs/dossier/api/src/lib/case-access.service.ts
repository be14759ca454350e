import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '@nabij/platform/api';
import { EntityManager } from 'typeorm';
import { CaseAccessFields, CasesRepository } from './cases.repository';
import { CareCaseEntity } from './entities/care-case.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The one place that decides who may touch a case: the assigned worker (including after a hand-over
 * to them) and the client it belongs to. Everyone else gets 404, so ids never reveal that a case exists.
 */
@Injectable()
export class CaseAccessService {
  constructor(private readonly cases: CasesRepository) {}

  async caseFor(user: AuthUser, caseId: string, manager?: EntityManager): Promise<CareCaseEntity> {
    return this.allowed(user, isUuid(caseId) ? await this.cases.findCase(caseId, manager) : null);
  }

  /** The case the caller loaded (e.g. with its whole dossier), if the user may access it; else 404. */
  allowed<T extends CaseAccessFields>(user: AuthUser, found: T | null): T {
    if (found && mayAccessCase(user, found)) return found;
    throw new NotFoundException({ message: 'This case does not exist or is not yours.', code: 'common.case_not_found' });
  }

  /** Like caseFor, and refuses changes to a closed trajectory (it stays readable). */
  async openCaseFor(user: AuthUser, caseId: string, manager?: EntityManager): Promise<CareCaseEntity> {
    const found = await this.caseFor(user, caseId, manager);
    if (found.closedOn)
      throw new ConflictException({ message: 'This case is closed: it can be read but no longer changed.', code: 'common.case_closed' });
    return found;
  }
}

/** The access rule itself, for a case another query already loaded. */
export function mayAccessCase(user: AuthUser, c: CaseAccessFields): boolean {
  if (user.role === 'worker') return c.assignedWorkerId === user.id && c.organisationId === user.organisationId;
  if (user.role === 'client') return c.clientId === user.id && c.usesOnlineDossier;
  return false;
}

/** Today's date in the Netherlands (YYYY-MM-DD), for opened_on / closed_on defaults. */
export function amsterdamDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
