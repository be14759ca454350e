/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
 * Names, reasons and user agents are typed in by people, so a text like `=HYPERLINK(...)` must
 * arrive as text. Durations (`1039:15`) and counts start with a digit and are never touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * How a CSV is written. `rfc4180`: commas, a dot in numbers, the column keys as headers (for
 * programs). `excel-nl`: what Excel with Dutch settings opens by double-click — semicolons, a
 * UTF-8 byte order mark (else é and ë break), CRLF, decimal commas, the headers people read.
 */
export type CsvDialect = 'rfc4180' | 'excel-nl';
export const CSV_DIALECTS: readonly CsvDialect[] = ['rfc4180', 'excel-nl'];

/** One CSV cell: text that could start a formula gets a leading `'`, then RFC 4180 quoting. */
export function csvCell(value: unknown, dialect: CsvDialect = 'rfc4180'): string {
  if (value === null || value === undefined) return '';
  if (dialect === 'excel-nl' && typeof value === 'number' && !Number.isInteger(value)) return String(value).replace('.', ',');
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  const special = dialect === 'excel-nl' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A header line, then one line per row with each column's field as a safe cell. Columns are
 * `[key, field]` or `[key, field, label]`; `excel-nl` writes the label (a Dutch header) when given.
 */
export function toCsv<T>(
  columns: ReadonlyArray<readonly [string, keyof T] | readonly [string, keyof T, string]>,
  rows: readonly T[],
  dialect: CsvDialect = 'rfc4180',
): string {
  const separator = dialect === 'excel-nl' ? ';' : ',';
  const header = (c: (typeof columns)[number]) => (dialect === 'excel-nl' && c.length === 3 ? c[2] : c[0]);
  const lines = [columns.map((c) => csvCell(header(c), dialect)).join(separator)];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c[1]], dialect)).join(separator));
  return dialect === 'excel-nl' ? `\uFEFF${lines.join('\r\n')}\r\n` : `${lines.join('\n')}\n`;
}
