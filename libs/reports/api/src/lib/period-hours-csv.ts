import { CsvDialect, toCsv } from '@nabij/platform/api';
import type { PeriodHoursReport, PeriodHoursTable, PeriodHoursTotals } from '@nabij/reports/contracts';

type Line = Record<string, string | number | null>;

/** Hours as decimal numbers (two decimals), so a spreadsheet can add them up; Excel-NL gets decimal commas. */
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

const HOUR_COLUMNS = [
  ['cases', 'cases', 'Casussen met uren'],
  ['open_hours', 'open_hours', 'Uren op open casussen'],
  ['closed_hours', 'closed_hours', 'Uren op afgesloten casussen'],
  ['total_hours', 'total_hours', 'Uren totaal'],
] as const;

const COLUMNS: Record<PeriodHoursTable, ReadonlyArray<readonly [string, string, string]>> = {
  financiers: [['financier', 'financier', 'Financier'], ['kind_of_work', 'kind_of_work', 'Soort werk'], ...HOUR_COLUMNS],
  workers: [['worker', 'worker', 'Medewerker'], ['team', 'team', 'Team'], ...HOUR_COLUMNS],
};

const hourCells = (t: PeriodHoursTotals): Line => ({
  cases: t.cases,
  open_hours: hours(t.openMinutes),
  closed_hours: hours(t.closedMinutes),
  total_hours: hours(t.totalMinutes),
});

/** One table of the live "this period" view as CSV, with a closing total line; numbers only. */
export function periodHoursCsv(report: PeriodHoursReport, table: PeriodHoursTable, dialect: CsvDialect = 'rfc4180'): string {
  const dutch = dialect === 'excel-nl';
  const rows: Line[] =
    table === 'financiers'
      ? report.byFinancier.map((r) => ({ financier: r.financier, kind_of_work: r.kindOfWorkName, ...hourCells(r) }))
      : report.byWorker.map((r) => ({ worker: r.name, team: r.team, ...hourCells(r) }));
  const first = table === 'financiers' ? 'financier' : 'worker';
  rows.push({ [first]: dutch ? 'Totaal' : 'total', ...hourCells(report.total) });
  return toCsv(COLUMNS[table], rows, dialect);
}
