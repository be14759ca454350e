import type { Answers, AnswerValue, QuestionnaireVersionView } from './questionnaire.contracts';

/**
 * Call lists (issue 15): a team lead or worker imports families to call, assigns them to workers,
 * and each worker calls their families, records every attempt and fills the questionnaire during
 * the call. Team leads see counts, never answers.
 */

/** How a call attempt ended. */
export const CALL_OUTCOMES = ['no_answer', 'call_back', 'refused', 'reached'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Where a family on a list stands: the outcome of its last attempt, or still to call. */
export const ENTRY_STATUSES = ['to_call', 'no_answer', 'call_back', 'refused', 'reached'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const TASK_KINDS = ['call_back', 'follow_up'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const LIST_NAME_MAX = 120;
export const FAMILY_NAME_MAX = 120;
export const SCHOOL_MAX = 120;
export const CSV_MAX_CHARS = 200_000;
export const CSV_MAX_ROWS = 2000;
/** Dutch phone numbers: 06-12345678, 071 512 3456, +31 6 1234 5678. */
export const PHONE_PATTERN = /^(\+31|0031|0)[1-9][0-9]{8}$/;
export const POSTCODE_PATTERN = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
/** The call-back date is at most this far ahead. */
export const CALL_BACK_MAX_DAYS = 365;

/**
 * Where the families of a list come from: an imported CSV file, the clients with an open case of a
 * team or of a financier (the municipality that pays), or the families of a school on earlier lists.
 */
export const LIST_SOURCES = ['csv', 'team', 'financier', 'school'] as const;
export type ListSource = (typeof LIST_SOURCES)[number];

/**
 * POST /api/outreach/lists (team lead, worker): a list with exactly one of `csv` (a header line
 * naam;telefoon[;postcode][;school]), `teamId`, `financierId` or `school`.
 */
export interface CreateCallList {
  name: string;
  questionnaireId: string;
  csv?: string;
  teamId?: string;
  financierId?: string;
  school?: string;
}

/** GET /api/outreach/lists/sources (team lead, worker): what a list can be made of, with how many families each holds now. */
export interface CallListSources {
  teams: Array<{ id: string; name: string; families: number }>;
  financiers: Array<{ id: string; name: string; families: number }>;
  schools: Array<{ name: string; families: number }>;
}

/** One refused CSV line (the 400's `lines`): nothing of the file is imported then. */
export interface CsvLineProblem {
  line: number;
  field: 'naam' | 'telefoon' | 'postcode' | 'school' | 'regel';
  problem: string;
}

/** A list as a team lead sees it: counts only. */
export interface CallListSummary {
  id: string;
  name: string;
  createdAt: string;
  questionnaireTitle: string;
  source: ListSource;
  /** The team's, financier's or school's name as it was when the list was made; null for a CSV list. */
  sourceLabel: string | null;
  total: number;
  unassigned: number;
  counts: Record<EntryStatus, number>;
}

/** A family on a list as whoever assigns it sees it: no phone number, no answers. */
export interface CallListEntry {
  id: string;
  line: number;
  familyName: string;
  postcode: string | null;
  school: string | null;
  /** A client of the organisation (a list of a team or financier), not a family from a file. */
  client: boolean;
  status: EntryStatus;
  assignedWorkerId: string | null;
  assignedWorkerName: string | null;
}

export interface CallListDetail extends CallListSummary {
  entries: CallListEntry[];
  /** The organisation's workers to assign to. */
  workers: Array<{ id: string; name: string | null }>;
}

/** POST /api/outreach/lists/:id/assign: these families to this worker (null: unassign). */
export interface AssignEntries {
  entryIds: string[];
  workerId: string | null;
}

export interface CallAttemptView {
  id: string;
  startedAt: string;
  endedAt: string | null;
  outcome: CallOutcome | null;
  callBackAt: string | null;
}

export interface OutreachTask {
  id: string;
  entryId: string;
  familyName: string;
  kind: TaskKind;
  dueOn: string;
  note: string | null;
  doneAt: string | null;
  /**
   * A follow-up of a client: their open case with this worker, where help is arranged (a referral
   * to a service of the social map, a goal). Null for a family without a case in Nabij.
   */
  caseId: string | null;
  /** A follow-up whose call has a yes to a consent question: the family agreed to a referral or a case. */
  consent: boolean;
  /** The referral the worker made from this follow-up ("Verwijs door"), once made. */
  referral: TaskReferral | null;
  /** The case made from this follow-up for a family without a Nabij account ("Maak een dossier"), or null. */
  madeCaseId: string | null;
}

export interface TaskReferral {
  id: string;
  caseId: string;
  /** The service as it was named when referred. */
  serviceLabel: string;
}

/**
 * POST /api/outreach/tasks/:taskId/referral (the task's worker): "Verwijs door" from a follow-up, a
 * referral with status proposed on the client's open case with this worker, to a service of the
 * social map. Only with the family's consent; made once (a retry answers the referral made).
 */
export interface CreateTaskReferral {
  serviceId: string;
  /** Prefilled with what the family asked help for. */
  reason: string;
}

/** Error `code`s of the 409 of POST …/referral. */
export const TASK_REFERRAL_PROBLEMS = ['not_a_follow_up', 'no_consent', 'no_case'] as const;
export type TaskReferralProblem = (typeof TASK_REFERRAL_PROBLEMS)[number];

/**
 * POST /api/outreach/tasks/:taskId/case (the task's worker): "Maak een dossier" from a follow-up of a
 * family without a Nabij account, when the family agreed in the call. Makes the client account the
 * way an admission without an e-mail address does (a login name and a one-time code on a letter to
 * print and hand over, or to read out on the phone) and opens a case for the worker with intake
 * channel `phone`. Made once: a retry answers the case made, without a letter (the code is shown
 * once; a new one is printed at "Toelating").
 * `Kind` is dossier's KindOfWork and `Letter` intake's ActivationLetter: contracts import no other
 * domain, the api and portal fill them in.
 */
export interface CreateTaskCase<Kind extends string = string> {
  /** The client's name: prefilled with the family's name from the list. */
  name: string;
  /** YYYY-MM-DD */
  birthDate: string;
  financierId: string;
  kindOfWork: Kind;
}

export interface TaskCase<Letter> {
  caseId: string;
  clientId: string;
  /** Only the first answer: the letter with the one-time activation code. */
  letter: Letter | null;
}

/** Error `code`s of the 409 of POST …/case. */
export const TASK_CASE_PROBLEMS = ['outreach.not_a_follow_up', 'outreach.no_consent', 'outreach.family_has_account'] as const;
export type TaskCaseProblem = (typeof TASK_CASE_PROBLEMS)[number];

/** A family on the worker's "Bellijst". */
export interface CallEntry {
  id: string;
  listName: string;
  familyName: string;
  /**
   * The number from the file, or for a client the mobile number they gave in Herinneringen (only the
   * assigned worker gets it; each time a read in the access log). Null: no number, ask for it in a
   * message. A team lead's view of a list (CallListEntry) never holds a number.
   */
  phone: string | null;
  /** The client's account when the family is a client of the organisation. */
  clientId: string | null;
  postcode: string | null;
  school: string | null;
  status: EntryStatus;
  callBackAt: string | null;
  attempts: number;
}

/** GET /api/outreach/calls (worker): the families to call, then the open tasks. */
export interface MyCalls {
  toCall: CallEntry[];
  tasks: OutreachTask[];
}

export interface RecordedResponse {
  id: string;
  versionId: string;
  submittedAt: string;
  answers: Record<string, AnswerValue>;
}

/** GET /api/outreach/entries/:id (the assigned worker): the family, its attempts, the questionnaire to fill and earlier answers. */
export interface CallEntryDetail extends CallEntry {
  attemptsMade: CallAttemptView[];
  /** The running call, if one was started and not finished. */
  runningAttemptId: string | null;
  questionnaire: QuestionnaireVersionView;
  responses: RecordedResponse[];
  tasks: OutreachTask[];
}

/** POST /api/outreach/calls/:attemptId/finish: how the call ended, with the questionnaire when the family was reached. */
export interface FinishCall {
  outcome: CallOutcome;
  /** call_back only: when to call again. */
  callBackAt?: string;
  /** reached only. */
  answers?: Answers;
}

export interface FinishedCall {
  entry: CallEntry;
  minutes: number;
  tasks: OutreachTask[];
}

/** A group (the organisation, or one school) with fewer families called in the week is not shown, so no family is recognisable. */
export const SUMMARY_MIN_FAMILIES = 5;

export interface SummaryScore {
  key: string;
  text: string;
  /** Null when fewer than SUMMARY_MIN_FAMILIES families gave this score. */
  average: number | null;
}

export interface SummaryNeed {
  value: string;
  label: string;
  families: number;
}

export interface SummaryFigures {
  /** Families called at least once in the week. */
  families: number;
  calls: number;
  reached: number;
  /** Families waiting for a call-back now (from an attempt or an answer). */
  callBacksOpen: number;
  scores: SummaryScore[];
  /** What families asked help with, most named first; a need named by fewer than SUMMARY_MIN_FAMILIES families is left out. */
  needs: SummaryNeed[];
}

export interface SummaryGroup {
  /** Null: the whole organisation; else the team's, municipality's or school's name. */
  name: string | null;
  suppressed: boolean;
  figures: SummaryFigures | null;
}

/**
 * GET /api/outreach/summary?week=YYYY-MM-DD (team lead): the week's calls, anonymised, for the
 * organisation and per team (of the case, or of whoever imported the file), municipality (the
 * financier of a client) and school. Families without a team, municipality or school count only in the total.
 */
export interface WeeklySummary {
  weekStart: string;
  weekEnd: string;
  minFamilies: number;
  total: SummaryGroup;
  teams: SummaryGroup[];
  municipalities: SummaryGroup[];
  schools: SummaryGroup[];
}

/** One 1–10 question of the questionnaires a client answered, with each answer in time order. */
export interface ScoreSeries {
  key: string;
  /** The question as the newest answered version asks it. */
  text: string;
  min: number;
  max: number;
  points: Array<{ on: string; value: number }>;
}

/**
 * GET /api/outreach/cases/:caseId/scores (the case's worker; the client for their own case): the
 * scale answers the client gave in calls, over time, for the dossier's small chart and its table.
 */
export interface CaseScores {
  series: ScoreSeries[];
}
