import { AUDIT_LOG_CSV_COLUMNS, AuditLogEntryView } from '@nabij/privacy/contracts';
import { toCsv } from '@nabij/platform/api';

/** The access log as CSV, formula-safe: names, reasons and user agents are typed by people. */
export function auditLogCsv(entries: AuditLogEntryView[]): string {
  return toCsv(AUDIT_LOG_CSV_COLUMNS, entries);
}
