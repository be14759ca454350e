import { CASELOAD_CSV_COLUMNS, CaseloadRow } from '@nabij/reports/contracts';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
 * Financier and kind-of-work names are typed in by people, so a name like `=HYPERLINK(...)` must
 * arrive as text. Durations (`1039:15`) and counts start with a digit and are never touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: text that could start a formula gets a leading `'`, then RFC 4180 quoting. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Table B as CSV: the same header line, one line per row, empty cells where nothing is reported. */
export function caseloadCsv(rows: CaseloadRow[]): string {
  const lines = [CASELOAD_CSV_COLUMNS.map(([header]) => header).join(',')];
  for (const row of rows) lines.push(CASELOAD_CSV_COLUMNS.map(([, field]) => csvCell(row[field])).join(','));
  return `${lines.join('\n')}\n`;
}
