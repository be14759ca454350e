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

/**
 * Reads CSV text (RFC 4180: quoted cells with "" for a quote, newlines inside quotes) into rows of
 * cells, with the line number each row starts on. The separator is what the header row uses: `;`
 * (Dutch Excel) or `,`. No CSV parser is among the project's packages; the imports (call lists, social map) need no more.
 */
export interface CsvRow {
  line: number;
  cells: string[];
}

export function readCsv(text: string): CsvRow[] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows.filter((row) => row.cells.some((c) => c.trim() !== ''));
}
