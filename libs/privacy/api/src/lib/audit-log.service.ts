import { Injectable, NotFoundException } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditLine, AuditLogReader, AuditSearchFilter, AuditService, AuthUser, RequestMeta } from '@nabij/platform/api';
import { AuditLogEntryView, AuditLogPage, UNUSUAL_ACCESS_THRESHOLD, UnusualAccess } from '@nabij/privacy/contracts';
import type { AuditLogFilterDto, AuditLogQueryDto, UnusualAccessQueryDto } from './dto/audit-log-query.dto';

/** An export is one file; beyond this the admin narrows the period (the header says so). */
export const AUDIT_LOG_EXPORT_LIMIT = 50_000;

/**
 * Log review for admins (NEN 7513): search, export and unusual-access flags, always inside the
 * admin's own organisation. Every look at the log is itself written to the log.
 *
 * The log (`audit_entry`) is platform's and has no organisation column: an entry belongs to the
 * organisation of the person who acted or of the client it is about. So identity's directory first
 * gives the ids of the organisation's accounts, platform's AuditLogReader filters on them, and the
 * names come from the directory again. Entries without either (anonymous chat, failed logins of
 * unknown addresses) belong to no organisation and are never shown.
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly log: AuditLogReader,
    private readonly audit: AuditService,
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
  ) {}

  async search(user: AuthUser, query: AuditLogQueryDto, meta: RequestMeta): Promise<AuditLogPage> {
    const filters = await this.filters(user, query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [total, lines] = await Promise.all([this.log.count(filters), this.log.search(filters, pageSize, (page - 1) * pageSize)]);
    const entries = await this.named(lines);
    await this.record(user, 'read', query, meta, `page ${page}: ${entries.length} of ${total}`);
    return { entries, total, page, pageSize };
  }

  async exportEntries(
    user: AuthUser,
    query: AuditLogFilterDto,
    meta: RequestMeta,
  ): Promise<{ entries: AuditLogEntryView[]; truncated: boolean }> {
    const filters = await this.filters(user, query);
    const entries = await this.named(await this.log.search(filters, AUDIT_LOG_EXPORT_LIMIT + 1, 0));
    const truncated = entries.length > AUDIT_LOG_EXPORT_LIMIT;
    if (truncated) entries.length = AUDIT_LOG_EXPORT_LIMIT;
    await this.record(user, 'export', query, meta, `${entries.length} entries as CSV`);
    return { entries, truncated };
  }

  async unusual(user: AuthUser, query: UnusualAccessQueryDto, meta: RequestMeta): Promise<UnusualAccess[]> {
    const ids = await this.accounts.idsOf(this.organisation(user));
    // Reads by the organisation's staff of its people (clients, and staff read as a client).
    const reads = { staffIds: ids.staff, clientIds: ids.all, from: query.from, to: query.to };
    // A worker assigned to one of the client's cases reads them as a matter of course: those pairs
    // come from dossier's CaseLookupService (dossier owns care_case) and do not count.
    const assigned = await this.cases.assignmentsOfClients(await this.log.clientsReadBy(reads));
    const counts = await this.log.readsAbove(
      reads,
      UNUSUAL_ACCESS_THRESHOLD,
      assigned.map((a) => ({ clientId: a.clientId, actorId: a.workerId })),
    );
    // Their name and role as they are now (not cached: a role may just have changed).
    const actors = await this.accounts.byIds(counts.map((c) => c.actorId));
    const flagged: UnusualAccess[] = counts.flatMap((c) => {
      const actor = actors.get(c.actorId);
      return actor
        ? [{ actorId: c.actorId, actorName: actor.name ?? '', actorRole: actor.role, day: c.day, clientCount: c.clientCount }]
        : [];
    });
    await this.record(user, 'read', query, meta, `unusual access: ${flagged.length} flagged`);
    return flagged;
  }

  private organisation(user: AuthUser): string {
    // An admin without an organisation (none is seeded) has no log to review.
    if (!user.organisationId) throw new NotFoundException({ message: 'No organisation', code: 'privacy.no_organisation' });
    return user.organisationId;
  }

  /** A client or user of another organisation is answered as unknown, never as forbidden. */
  private async filters(user: AuthUser, query: AuditLogFilterDto): Promise<AuditSearchFilter> {
    const organisationId = this.organisation(user);
    for (const [field, id] of [
      ['clientId', query.clientId],
      ['userId', query.userId],
    ] as const) {
      if (id && !(await this.accounts.memberOf(organisationId, id)))
        throw new NotFoundException(`${field}: no such person in your organisation`);
    }
    const { all } = await this.accounts.idsOf(organisationId);
    return { accountIds: all, clientId: query.clientId, userId: query.userId, from: query.from, to: query.to };
  }

  /** The lines with the names of who acted and whom they are about (identity's directory). */
  private async named(lines: AuditLine[]): Promise<AuditLogEntryView[]> {
    const names = await this.accounts.namesByIds(lines.flatMap((l) => [l.actorId, l.clientId]));
    const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    return lines.map((l) => ({
      id: l.id,
      occurredAt: l.occurredAt,
      actorId: l.actorId,
      actorName: name(l.actorId),
      actorRole: l.actorRole,
      clientId: l.clientId,
      clientName: name(l.clientId),
      action: l.action,
      resourceType: l.resourceType,
      resourceId: l.resourceId,
      reason: l.reason,
      ip: l.ip,
    }));
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
