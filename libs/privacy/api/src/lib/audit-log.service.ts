import { Injectable, NotFoundException } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditService, AuthUser, RequestMeta } from '@nabij/platform/api';
import { AuditLogEntryView, AuditLogPage, UNUSUAL_ACCESS_THRESHOLD, UnusualAccess } from '@nabij/privacy/contracts';
import { AuditLogFilters, AuditLogRepository } from './audit-log.repository';
import type { AuditLogFilterDto, AuditLogQueryDto, UnusualAccessQueryDto } from './dto/audit-log-query.dto';

/** An export is one file; beyond this the admin narrows the period (the header says so). */
export const AUDIT_LOG_EXPORT_LIMIT = 50_000;

/**
 * Log review for admins (NEN 7513): search, export and unusual-access flags, always inside the
 * admin's own organisation. Every look at the log is itself written to the log.
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly repo: AuditLogRepository,
    private readonly audit: AuditService,
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
  ) {}

  async search(user: AuthUser, query: AuditLogQueryDto, meta: RequestMeta): Promise<AuditLogPage> {
    const filters = await this.filters(user, query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [total, entries] = await Promise.all([this.repo.count(filters), this.repo.search(filters, pageSize, (page - 1) * pageSize)]);
    await this.record(user, 'read', query, meta, `page ${page}: ${entries.length} of ${total}`);
    return { entries, total, page, pageSize };
  }

  async exportEntries(
    user: AuthUser,
    query: AuditLogFilterDto,
    meta: RequestMeta,
  ): Promise<{ entries: AuditLogEntryView[]; truncated: boolean }> {
    const filters = await this.filters(user, query);
    const entries = await this.repo.search(filters, AUDIT_LOG_EXPORT_LIMIT + 1, 0);
    const truncated = entries.length > AUDIT_LOG_EXPORT_LIMIT;
    if (truncated) entries.length = AUDIT_LOG_EXPORT_LIMIT;
    await this.record(user, 'export', query, meta, `${entries.length} entries as CSV`);
    return { entries, truncated };
  }

  async unusual(user: AuthUser, query: UnusualAccessQueryDto, meta: RequestMeta): Promise<UnusualAccess[]> {
    const organisationId = this.organisation(user);
    // A worker assigned to one of the client's cases reads them as a matter of course: those pairs
    // come from dossier's CaseLookupService (dossier owns care_case) and do not count.
    const assigned = await this.cases.assignmentsOfClients(await this.repo.clientsReadIn(organisationId, query.from, query.to));
    const flagged = await this.repo.unusualAccess(organisationId, query.from, query.to, UNUSUAL_ACCESS_THRESHOLD, assigned);
    await this.record(user, 'read', query, meta, `unusual access: ${flagged.length} flagged`);
    return flagged;
  }

  private organisation(user: AuthUser): string {
    // An admin without an organisation (none is seeded) has no log to review.
    if (!user.organisationId) throw new NotFoundException('No organisation');
    return user.organisationId;
  }

  /** A client or user of another organisation is answered as unknown, never as forbidden. */
  private async filters(user: AuthUser, query: AuditLogFilterDto): Promise<AuditLogFilters> {
    const organisationId = this.organisation(user);
    for (const [field, id] of [
      ['clientId', query.clientId],
      ['userId', query.userId],
    ] as const) {
      if (id && !(await this.accounts.memberOf(organisationId, id)))
        throw new NotFoundException(`${field}: no such person in your organisation`);
    }
    return { organisationId, clientId: query.clientId, userId: query.userId, from: query.from, to: query.to };
  }

  private record(user: AuthUser, action: 'read' | 'export', query: object, meta: RequestMeta, result: string): Promise<void> {
    const q = query as { clientId?: string; userId?: string; from?: string; to?: string };
    const filter = [q.userId && `user ${q.userId}`, q.from && `from ${q.from}`, q.to && `to ${q.to}`].filter(Boolean).join(', ');
    return this.audit.record({
      actor: user,
      action,
      resourceType: 'audit_log',
      clientId: q.clientId ?? null,
      reason: filter ? `${filter}; ${result}` : result,
      ...meta,
    });
  }
}
