import { CsvDialect, toCsv } from '@nabij/platform/api';
import type { ReferralReport, ReferralReportTable, ReferralStatusCounts } from '@nabij/reports/contracts';

type Line = Record<string, string | number>;

const STATUS_COLUMNS = [
  ['proposed', 'proposed', 'Voorgesteld'],
  ['made', 'made', 'Aangemeld'],
  ['accepted', 'accepted', 'Geaccepteerd'],
  ['closed', 'closed', 'Afgesloten'],
  ['total', 'total', 'Totaal'],
] as const;

const COLUMNS: Record<ReferralReportTable, ReadonlyArray<readonly [string, string, string]>> = {
  months: [['month', 'month', 'Maand'], ...STATUS_COLUMNS],
  categories: [['category', 'category', 'Onderwerp'], ...STATUS_COLUMNS],
};

/** One table of the referral counts as CSV, with a closing total line (months) or the small topics left out (categories). */
export function referralReportCsv(report: ReferralReport, table: ReferralReportTable, dialect: CsvDialect = 'rfc4180'): string {
  const dutch = dialect === 'excel-nl';
  const status = (c: ReferralStatusCounts): Line => ({ ...c });
  const rows: Line[] =
    table === 'months'
      ? [...report.byMonth.map((m) => ({ month: m.month, ...status(m) })), { month: dutch ? 'Totaal' : 'total', ...status(report.total) }]
      : report.byCategory.map((c) => ({ category: dutch ? c.categoryName : c.category, ...status(c) }));
  return toCsv(COLUMNS[table], rows, dialect);
}
