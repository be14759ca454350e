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
export const CASELOAD_CSV_COLUMNS: ReadonlyArray<readonly [string, keyof CaseloadRow]> = [
  ['financier', 'financier'],
  ['kind_of_work', 'kindOfWorkName'],
  ['closed_with_od', 'closedWithOd'],
  ['registration_time_with_od', 'registrationTimeWithOd'],
  ['online_dossier_time_with_od', 'onlineDossierTimeWithOd'],
  ['total_time_with_od', 'totalTimeWithOd'],
  ['avg_per_case_with_od', 'avgPerCaseWithOd'],
  ['avg_throughput_days_with_od', 'avgThroughputDaysWithOd'],
  ['chat_contacts', 'chatContacts'],
  ['message_contacts', 'messageContacts'],
  ['homework_contacts', 'homeworkContacts'],
  ['closed_without_od', 'closedWithoutOd'],
  ['total_time_without_od', 'totalTimeWithoutOd'],
  ['avg_per_case_without_od', 'avgPerCaseWithoutOd'],
  ['avg_throughput_days_without_od', 'avgThroughputDaysWithoutOd'],
];

export interface CaseloadQuery {
  from: string;
  to: string;
  teamId?: string;
  workerId?: string;
  financierId?: string;
  format?: 'json' | 'csv';
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
