import { Injectable } from '@nestjs/common';
import { AuditEntryRow, AuditReadsRepository, AuditSearchFilter, StaffReadsFilter } from './audit-reads.repository';

export type { AuditSearchFilter, StaffReadsFilter } from './audit-reads.repository';

/** One line of the access log, with ids only: the domain that shows it adds the names (identity's directory). */
export interface AuditLine {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  clientId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  reason: string | null;
  ip: string | null;
}

/** Entries about a client by one actor on one Amsterdam day, of one kind and action. */
export interface AuditGroup {
  day: string;
  actorId: string | null;
  actorRole: string | null;
  kind: string;
  action: 'read' | 'create' | 'update' | 'delete' | 'other';
  times: number;
  lastAt: string;
}

const line = (r: AuditEntryRow): AuditLine => ({
  id: String(r.id),
  occurredAt: new Date(r.occurred_at).toISOString(),
  actorId: r.actor_id,
  actorRole: r.actor_role,
  clientId: r.client_id,
  action: r.action,
  resourceType: r.resource_type,
  resourceId: r.resource_id,
  reason: r.reason,
  ip: r.ip,
});

/**
 * What the access log says, for the domains that show it: the client's own log (dossier), the data
 * export and the admin's log review (privacy). Platform owns `audit_entry`; the callers ask here with
 * account ids (an organisation's accounts come from identity's directory) and add names themselves,
 * so no domain joins the log with `account`.
 */
@Injectable()
export class AuditLogReader {
  constructor(private readonly repository: AuditReadsRepository) {}

  /**
   * One page of the entries about the client by others, grouped per Amsterdam day, actor, kind
   * (`kindOf`: resource type → kind, any other type is 'other') and action, newest day first.
   */
  async groupedAboutClient(clientId: string, kindOf: Record<string, string>, limit: number, offset: number): Promise<AuditGroup[]> {
    return (await this.repository.groupedAboutClient(clientId, kindOf, limit, offset)).map((r) => ({
      day: r.day,
      actorId: r.actor_id,
      actorRole: r.actor_role,
      kind: r.kind,
      action: r.action as AuditGroup['action'],
      times: r.times,
      lastAt: new Date(r.last_at).toISOString(),
    }));
  }

  /** Every entry about the client, newest first. */
  async aboutClient(clientId: string): Promise<AuditLine[]> {
    return (await this.repository.aboutClient(clientId)).map(line);
  }

  /** How many entries name the client. */
  countAboutClient(clientId: string): Promise<number> {
    return this.repository.countAboutClient(clientId);
  }

  /** How many entries match (see `search`). */
  count(filter: AuditSearchFilter): Promise<number> {
    return filter.accountIds.length ? this.repository.count(filter) : Promise.resolve(0);
  }

  /** The entries in which one of `accountIds` acted or is the client, with the filters, newest first. */
  async search(filter: AuditSearchFilter, limit: number, offset: number): Promise<AuditLine[]> {
    if (filter.accountIds.length === 0) return [];
    return (await this.repository.search(filter, limit, offset)).map(line);
  }

  /** The clients among `clientIds` whom one of `staffIds` read in the period. */
  clientsReadBy(filter: StaffReadsFilter): Promise<string[]> {
    return this.repository.clientsReadBy(filter);
  }

  /**
   * Per reader and Amsterdam day: how many different clients they read, leaving out the `except`
   * pairs, when more than `threshold`; newest day first, most clients first.
   */
  async readsAbove(
    filter: StaffReadsFilter,
    threshold: number,
    except: Array<{ clientId: string; actorId: string }>,
  ): Promise<Array<{ actorId: string; day: string; clientCount: number }>> {
    return (await this.repository.readsAbove(filter, threshold, except)).map((r) => ({
      actorId: r.actor_id,
      day: r.day,
      clientCount: r.client_count,
    }));
  }
}
