/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
 * Names, reasons and user agents are typed in by people, so a text like `=HYPERLINK(...)` must
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

/** A header line from the column list, then one line per row with each column's field as a safe cell. */
export function toCsv<T>(columns: ReadonlyArray<readonly [string, keyof T]>, rows: readonly T[]): string {
  const lines = [columns.map(([header]) => csvCell(header)).join(',')];
  for (const row of rows) lines.push(columns.map(([, field]) => csvCell(row[field])).join(','));
  return `${lines.join('\n')}\n`;
}
