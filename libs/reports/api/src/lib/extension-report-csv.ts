import { CsvDialect, toCsv } from '@nabij/platform/api';
import type { ExtensionReport } from '@nabij/reports/contracts';

/** The extension counts per team as CSV, with a total line ("Zonder team" for requests without one). */
export function extensionCsv(report: ExtensionReport, dialect: CsvDialect = 'rfc4180'): string {
  const dutch = dialect === 'excel-nl';
  const rows = [
    ...report.teams.map((t) => ({ team: t.teamName ?? (dutch ? 'Zonder team' : 'no team'), ...t })),
    { team: dutch ? 'Totaal' : 'total', ...report.total },
  ];
  return toCsv(
    [
      ['team', 'team', 'Team'],
      ['requested', 'requested', 'Aangevraagd'],
      ['approved', 'approved', 'Goedgekeurd'],
      ['refused', 'refused', 'Afgewezen'],
      ['pending', 'pending', 'Wacht op besluit'],
      ['extra_approved', 'extraApproved', 'Extra gesprekken goedgekeurd'],
    ],
    rows,
    dialect,
  );
}
