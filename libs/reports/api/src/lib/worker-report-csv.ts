import { CsvDialect, toCsv } from '@nabij/platform/api';
import { WORKER_CONTACT_TYPES, WorkerContactType, WorkerReport } from '@nabij/reports/contracts';

/** One worker as a CSV line: hours as decimal numbers (so a spreadsheet can add them up), shares in %. */
type WorkerCsvRow = Record<string, string | number | null>;

const CONTACT_LABELS: Record<WorkerContactType, string> = {
  chat: 'Chat',
  message: 'Berichten',
  homework_feedback: 'Huiswerk',
  face_to_face: 'Face-to-face',
  phone: 'Telefoon',
  video: 'Video',
  letter: 'Brief',
  other: 'Overig',
};

const COLUMNS: ReadonlyArray<readonly [string, string, string]> = [
  ['worker', 'worker', 'Medewerker'],
  ['team', 'team', 'Team'],
  ['week_hours', 'week_hours', 'Uren deze week'],
  ['week_client_bound_percent', 'week_client_bound_percent', 'Cliëntgebonden deze week (%)'],
  ['month_hours', 'month_hours', 'Uren deze maand'],
  ['month_client_bound_percent', 'month_client_bound_percent', 'Cliëntgebonden deze maand (%)'],
  ...WORKER_CONTACT_TYPES.map(
    (t) => [`contacts_${t}`, `contacts_${t}`, `Contacten ${CONTACT_LABELS[t].toLowerCase()} deze maand`] as const,
  ),
  ['open_cases', 'open_cases', 'Open casussen'],
  ['to_confirm', 'to_confirm', 'Nog te bevestigen'],
];

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));

/** "Per medewerker" as CSV: the same numbers as the table, never dossier contents. */
export function workerReportCsv(report: WorkerReport, dialect: CsvDialect = 'rfc4180'): string {
  const rows: WorkerCsvRow[] = report.workers.map((w) => ({
    worker: w.name,
    team: w.team,
    week_hours: hours(w.weekMinutes),
    week_client_bound_percent: percent(w.weekClientBoundShare),
    month_hours: hours(w.monthMinutes),
    month_client_bound_percent: percent(w.monthClientBoundShare),
    ...Object.fromEntries(WORKER_CONTACT_TYPES.map((t) => [`contacts_${t}`, w.contactsThisMonth[t]])),
    open_cases: w.openCases,
    to_confirm: w.toConfirm,
  }));
  return toCsv(COLUMNS, rows, dialect);
}
