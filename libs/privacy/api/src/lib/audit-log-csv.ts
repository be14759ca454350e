import { AUDIT_LOG_CSV_COLUMNS, AuditLogEntryView } from '@nabij/privacy/contracts';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
 * Names, reasons and user agents in the log are typed by people, so they must arrive as text.
 * Same rule as the caseload CSV in reports (kept here: domains do not import each other's code).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditLogCsv(entries: AuditLogEntryView[]): string {
  const lines = [AUDIT_LOG_CSV_COLUMNS.map(([header]) => header).join(',')];
  for (const entry of entries) lines.push(AUDIT_LOG_CSV_COLUMNS.map(([, field]) => csvCell(entry[field])).join(','));
  return `${lines.join('\n')}\n`;
}
