import { CASELOAD_CSV_COLUMNS, CaseloadRow } from '@nabij/reports/contracts';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Table B as CSV: the same header line, one line per row, empty cells where nothing is reported. */
export function caseloadCsv(rows: CaseloadRow[]): string {
  const lines = [CASELOAD_CSV_COLUMNS.map(([header]) => header).join(',')];
  for (const row of rows) lines.push(CASELOAD_CSV_COLUMNS.map(([, field]) => cell(row[field])).join(','));
  return `${lines.join('\n')}\n`;
}
