import { CsvDialect, toCsv } from '@nabij/platform/api';
import { CASELOAD_CSV_COLUMNS, CaseloadRow } from '@nabij/reports/contracts';

export { csvCell } from '@nabij/platform/api';

/** Table B as CSV: the same header line, one line per row, empty cells where nothing is reported. */
export function caseloadCsv(rows: CaseloadRow[], dialect: CsvDialect = 'rfc4180'): string {
  return toCsv(CASELOAD_CSV_COLUMNS, rows, dialect);
}
