/**
 * One row of the caseload report, column for column as Table B ("Cijfers Kwadraad").
 * Times come as minutes and as "h:mm" (hours may exceed 24). `null` means "not reported" and is an
 * empty cell in the CSV: a side (with / without online dossier) without closed cases, and in the
 * problem-area subset rows the online-dossier time, throughput and contact counts.
 */
export interface CaseloadRow {
  financierId: string;
  financier: string;
  kindOfWork: 'algemeen_mw' | 'hulp_online' | 'school_mw';
  /** Set on subset rows ("Algemeen MW - materiele problematiek"); null on the main rows. */
  problemArea: 'materiele_problematiek' | null;
  /** The row label as Table B writes it, e.g. "Algemeen MW - materiele problematiek". */
  kindOfWorkName: string;

  closedWithOd: number | null;
  registrationMinutesWithOd: number | null;
  registrationTimeWithOd: string | null;
  onlineDossierMinutesWithOd: number | null;
  onlineDossierTimeWithOd: string | null;
  totalMinutesWithOd: number | null;
  totalTimeWithOd: string | null;
  avgMinutesPerCaseWithOd: number | null;
  avgPerCaseWithOd: string | null;
  avgThroughputDaysWithOd: number | null;
  chatContacts: number | null;
  messageContacts: number | null;
  homeworkContacts: number | null;

  closedWithoutOd: number | null;
  totalMinutesWithoutOd: number | null;
  totalTimeWithoutOd: string | null;
  avgMinutesPerCaseWithoutOd: number | null;
  avgPerCaseWithoutOd: string | null;
  avgThroughputDaysWithoutOd: number | null;
}

export interface CaseloadReport {
  from: string;
  to: string;
  teamId: string | null;
  workerId: string | null;
  financierId: string | null;
  rows: CaseloadRow[];
  /** Beyond Table B (JSON only; the CSV stays exactly Table B). */
  summary: CaseloadSummary;
  /** 48-hour compliance per week or month of the period (JSON only). */
  complianceTrend: ComplianceTrend;
}

/**
 * 48-hour compliance and no-shows for the same scope (organisation/team/worker/financier).
 * - messages: answer deadlines due in the period; a deadline counts once it was answered or its
 *   time ran out. `inTimePercent` = answered in time / counted, rounded (null when none counted).
 *   `overdueNow` is a snapshot: client messages unanswered past their deadline right now.
 * - appointments in the period marked attended or no-show; `noShowPercent` = no-show / marked.
 */
export interface CaseloadSummary {
  messages: {
    answeredInTime: number;
    answeredLate: number;
    unansweredPastDue: number;
    inTimePercent: number | null;
    overdueNow: number;
  };
  appointments: {
    attended: number;
    noShow: number;
    noShowPercent: number | null;
  };
}

/** CSV columns in Table B's order: header name → row field. */
/** Table B's CSV columns: key (the header for programs), field, and the Dutch header for Excel. */
export const CASELOAD_CSV_COLUMNS: ReadonlyArray<readonly [string, keyof CaseloadRow, string]> = [
  ['financier', 'financier', 'Financier'],
  ['kind_of_work', 'kindOfWorkName', 'Soort werk'],
  ['closed_with_od', 'closedWithOd', 'Afgesloten casussen met online dossier'],
  ['registration_time_with_od', 'registrationTimeWithOd', 'Registratietijd met OD (uren:minuten)'],
  ['online_dossier_time_with_od', 'onlineDossierTimeWithOd', 'Tijd in online dossier met OD (uren:minuten)'],
  ['total_time_with_od', 'totalTimeWithOd', 'Totale tijd met OD (uren:minuten)'],
  ['avg_per_case_with_od', 'avgPerCaseWithOd', 'Gemiddeld per casus met OD (uren:minuten)'],
  ['avg_throughput_days_with_od', 'avgThroughputDaysWithOd', 'Gemiddelde doorlooptijd met OD (dagen)'],
  ['chat_contacts', 'chatContacts', 'Chatcontacten'],
  ['message_contacts', 'messageContacts', 'Berichtcontacten'],
  ['homework_contacts', 'homeworkContacts', 'Huiswerkcontacten'],
  ['closed_without_od', 'closedWithoutOd', 'Afgesloten casussen zonder online dossier'],
  ['total_time_without_od', 'totalTimeWithoutOd', 'Totale tijd zonder OD (uren:minuten)'],
  ['avg_per_case_without_od', 'avgPerCaseWithoutOd', 'Gemiddeld per casus zonder OD (uren:minuten)'],
  ['avg_throughput_days_without_od', 'avgThroughputDaysWithoutOd', 'Gemiddelde doorlooptijd zonder OD (dagen)'],
];

export interface CaseloadQuery {
  from: string;
  to: string;
  teamId?: string;
  workerId?: string;
  financierId?: string;
  format?: 'json' | 'csv';
  /** With format=csv: `excel-nl` (semicolons, decimal commas, Dutch headers, BOM) or `rfc4180` (default). */
  dialect?: 'rfc4180' | 'excel-nl';
}

/** A choice in one of the report's filters (team, worker, financier). Names only, no case data. */
export interface ReportFilterOption {
  id: string;
  name: string;
}

/**
 * What the person asking may filter the caseload report on: an admin sees every team of the
 * organisation; a team lead only their own team (`fixedTeamId`) and its workers.
 */
export interface CaseloadFilters {
  fixedTeamId: string | null;
  teams: ReportFilterOption[];
  workers: ReportFilterOption[];
  financiers: ReportFilterOption[];
}

/**
 * 48-hour compliance over time: one point per week (Monday..Sunday, Dutch calendar) for periods up
 * to 16 weeks, else per calendar month. Buckets are clipped to the period, so the first and last
 * may be partial. Same counting rules as `CaseloadSummary.messages` (by due date).
 */
export interface ComplianceTrend {
  bucket: 'week' | 'month';
  points: ComplianceTrendPoint[];
}

export interface ComplianceTrendPoint {
  /** First and last day of the bucket inside the period (YYYY-MM-DD). */
  start: string;
  end: string;
  answeredInTime: number;
  answeredLate: number;
  unansweredPastDue: number;
  /** answered in time / counted, rounded; null when nothing was counted in the bucket. */
  inTimePercent: number | null;
}

/** Client contact types counted per worker (non-client time is hours, not contacts). */
export const WORKER_CONTACT_TYPES = ['chat', 'message', 'homework_feedback', 'face_to_face', 'phone', 'video', 'letter', 'other'] as const;
export type WorkerContactType = (typeof WORKER_CONTACT_TYPES)[number];

/**
 * Per worker for one day's week and month: numbers only, never dossier contents. Weeks run
 * Monday..Sunday and days are Dutch calendar days (time entries carry their Dutch day).
 */
export interface WorkerReport {
  date: string;
  weekStart: string;
  weekEnd: string;
  monthStart: string;
  monthEnd: string;
  /** The team shown; null = the whole organisation (admin without a team filter). */
  teamId: string | null;
  workers: WorkerReportRow[];
}

export interface WorkerReportRow {
  workerId: string;
  name: string;
  teamId: string | null;
  team: string | null;
  weekMinutes: number;
  weekTime: string;
  monthMinutes: number;
  monthTime: string;
  /** Client-bound minutes / all minutes, 0..1 rounded to 3 decimals; null when nothing registered. */
  weekClientBoundShare: number | null;
  monthClientBoundShare: number | null;
  /** Cases assigned to the worker that were open on `date`. */
  openCases: number;
  /** Client contacts registered this month, per contact type (zeros included). */
  contactsThisMonth: Record<WorkerContactType, number>;
  /** Prefilled entries the worker has not confirmed yet (any date). */
  toConfirm: number;
}

export interface WorkerReportQuery {
  date?: string;
  teamId?: string;
}

/**
 * Hours registered in a period (by the entries' Dutch calendar day), on open and closed cases alike:
 * the live view next to Table B, which counts only cases closed in the period. Numbers only.
 * A case counts as closed when it closed on or before the period's last day.
 */
export interface PeriodHoursReport {
  from: string;
  to: string;
  teamId: string | null;
  workerId: string | null;
  financierId: string | null;
  /** Per financier and kind of work (the case's). */
  byFinancier: PeriodHoursFinancierRow[];
  /** Per worker who registered the time. */
  byWorker: PeriodHoursWorkerRow[];
  total: PeriodHoursTotals;
}

export interface PeriodHoursTotals {
  /** Cases with time in the period. */
  cases: number;
  openMinutes: number;
  openTime: string;
  closedMinutes: number;
  closedTime: string;
  totalMinutes: number;
  totalTime: string;
}

export interface PeriodHoursFinancierRow extends PeriodHoursTotals {
  financierId: string;
  financier: string;
  kindOfWork: 'algemeen_mw' | 'hulp_online' | 'school_mw';
  kindOfWorkName: string;
}

export interface PeriodHoursWorkerRow extends PeriodHoursTotals {
  workerId: string;
  name: string;
  team: string | null;
}

/** Which table of the live view a CSV holds. */
export const PERIOD_HOURS_TABLES = ['financiers', 'workers'] as const;
export type PeriodHoursTable = (typeof PERIOD_HOURS_TABLES)[number];

export interface PeriodHoursQuery extends CaseloadQuery {
  /** With format=csv: which table (default financiers). */
  table?: PeriodHoursTable;
}
