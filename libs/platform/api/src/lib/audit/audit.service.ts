import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import type { AuthUser } from '../auth/auth-user';
import { AuditEntry } from './audit-entry.entity';
import { AuditRepository, AuditRow } from './audit.repository';
import { GroupCommit } from './group-commit';

export interface AuditEvent {
  actor: Pick<AuthUser, 'id' | 'role'> | null;
  action: AuditEntry['action'];
  resourceType: string;
  resourceId?: string | null;
  clientId?: string | null;
  onBehalfOf?: string | null;
  reason?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

@Injectable()
export class AuditService implements BeforeApplicationShutdown {
  private readonly rows: AuditRepository;
  /** Entries without a transaction of their own (reads, logins) share INSERTs with concurrent requests. */
  private readonly batch: GroupCommit<AuditRow>;

  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.rows = new AuditRepository(dataSource);
    this.batch = new GroupCommit((rows) => this.rows.insertMany(rows));
  }

  /**
   * Writes the entry and resolves once it is committed; rejects (so the caller's request fails)
   * when it could not be written. Pass the transaction's manager so the entry commits with the
   * change; without one (a read) it is written together with other requests' entries (group
   * commit), still before this resolves.
   */
  record(event: AuditEvent, manager?: EntityManager): Promise<void> {
    return this.recordMany([event], manager);
  }

  /** Several entries in one statement; see `record` (a list view: `recordList`). */
  recordMany(events: AuditEvent[], manager?: EntityManager): Promise<void> {
    const now = this.clock.now();
    return this.write(
      events.map((event) => this.row(event, now)),
      manager,
    );
  }

  /**
   * A list view (a worker's inbox, a caseload): one entry that names every client the list showed,
   * with the resource shown for each, instead of one entry per client. The access log's readers show
   * it as one line per client, as before; writing it is one row, not one per client (issue 12: the
   * inbox's 27 rows per view were nearly all of its database time). Nothing is written for an empty
   * list. Otherwise as `record`.
   */
  recordList(
    event: Omit<AuditEvent, 'clientId' | 'resourceId'>,
    shown: ReadonlyArray<{ clientId: string; resourceId: string | null }>,
    manager?: EntityManager,
  ): Promise<void> {
    if (shown.length === 0) return Promise.resolve();
    const row: AuditRow = {
      ...this.row(event, this.clock.now()),
      clientIds: shown.map((s) => s.clientId),
      resourceIds: shown.map((s) => s.resourceId),
    };
    return this.write([row], manager);
  }

  /** With the caller's transaction, or by group commit with other requests' entries. */
  private write(rows: AuditRow[], manager?: EntityManager): Promise<void> {
    return manager ? this.rows.insertMany(rows, manager) : this.batch.add(rows);
  }

  /** Erasing a person (AVG art. 17): their entries stay, without their IP address and browser. */
  async forgetNetworkDetailsOf(actorId: string, manager: EntityManager): Promise<number> {
    await this.batch.drain();
    return this.rows.forgetNetworkDetails(actorId, manager);
  }

  /** Entries still waiting for their write are written before the database connection closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.batch.drain();
  }

  private row(event: AuditEvent, occurredAt: Date): AuditRow {
    return {
      occurredAt,
      actorId: event.actor?.id ?? null,
      actorRole: event.actor?.role ?? null,
      action: event.action,
      resourceType: event.resourceType,
      resourceId: event.resourceId ?? null,
      clientId: event.clientId ?? null,
      onBehalfOf: event.onBehalfOf ?? null,
      reason: event.reason ?? null,
      ip: event.ip ?? null,
      userAgent: event.userAgent ?? null,
    };
  }
}
