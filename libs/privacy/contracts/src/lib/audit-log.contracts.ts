/** Search of the access log (NEN 7513) by an admin of the organisation. */
export interface AuditLogQuery {
  /** The client whose data was touched. */
  clientId?: string;
  /** The user (staff or client) who acted. */
  userId?: string;
  /** First calendar day (Europe/Amsterdam), inclusive. */
  from?: string;
  /** Last calendar day (Europe/Amsterdam), inclusive. */
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditLogEntryView {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  clientId: string | null;
  clientName: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  reason: string | null;
  ip: string | null;
}

export interface AuditLogPage {
  entries: AuditLogEntryView[];
  total: number;
  page: number;
  pageSize: number;
}

/** The period for the unusual-access check; both days inclusive. */
export interface UnusualAccessQuery {
  from: string;
  to: string;
}

/** A staff member who, on one day, read the data of many clients they are not assigned to. */
export interface UnusualAccess {
  actorId: string;
  actorName: string;
  actorRole: string;
  /** Calendar day in Europe/Amsterdam. */
  day: string;
  /** Different clients read that day without being their assigned worker. */
  clientCount: number;
}

/**
 * More unassigned clients than this in one day is flagged. A worker on chat or message duty reads a
 * handful of colleagues' clients; ten is well above a busy duty shift and well below a trawl.
 */
export const UNUSUAL_ACCESS_THRESHOLD = 10;

export const AUDIT_LOG_MAX_PAGE_SIZE = 200;

/** Header and field of each CSV column, in order. */
export const AUDIT_LOG_CSV_COLUMNS: ReadonlyArray<readonly [string, keyof AuditLogEntryView]> = [
  ['occurred_at', 'occurredAt'],
  ['actor_id', 'actorId'],
  ['actor_name', 'actorName'],
  ['actor_role', 'actorRole'],
  ['client_id', 'clientId'],
  ['client_name', 'clientName'],
  ['action', 'action'],
  ['resource_type', 'resourceType'],
  ['resource_id', 'resourceId'],
  ['reason', 'reason'],
  ['ip', 'ip'],
];
