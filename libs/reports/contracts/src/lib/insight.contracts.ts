/**
 * Issue 20, the team lead's further insight: online-dossier targets per financier, drop-out in
 * trainings and topic trends. Counts only; a count of people of 1–4 is null (suppressed, see
 * MIN_GROUP_SIZE), never a name or any content.
 */

/** GET /api/reports/online-targets?year=: one financier in one year. */
export interface OnlineTargetRow {
  financierId: string;
  financier: string;
  /** Cases open at some time in the year (opened on or before 31 December, not closed before 1 January). */
  cases: number | null;
  /** Of those, the cases that used the online dossier in the year (see OnlineTargetReport). */
  online: number | null;
  /** online / cases in whole percent; null when suppressed or no cases. */
  actualPercent: number | null;
  /** The target an admin set for this financier and year; null when none is set. */
  targetPercent: number | null;
  /** Cases still open today that did not use the online dossier in the year: the ones that could still go online. */
  movable: number | null;
}

/**
 * Actual versus target share of cases using the online dossier. A case uses it in a year when it
 * was opened with the online dossier (the client sees it) and in that year the client wrote in the
 * case's message thread, chatted on the case, put a document in the dossier or did a training step on
 * it. Same team scope as Table B (a team lead: own team's cases).
 */
export interface OnlineTargetReport {
  year: number;
  teamId: string | null;
  minGroupSize: number;
  rows: OnlineTargetRow[];
  total: Omit<OnlineTargetRow, 'financierId' | 'financier' | 'targetPercent'>;
}

export interface OnlineTargetQuery {
  year: number;
  teamId?: string;
}

/** PUT /api/reports/online-targets/:financierId/:year (admin): the target share in whole percent. */
export interface SetOnlineTarget {
  targetPercent: number;
}

/** A target as stored (answer of the PUT). */
export interface OnlineTarget {
  financierId: string;
  year: number;
  targetPercent: number;
}

/** No progress for this many days, or the enrolment's case was closed, while not finished: stopped. */
export const TRAINING_STOP_DAYS = 42;

/** Participants of one module of a course (1–4 → null). */
export interface TrainingModuleFigures {
  position: number;
  title: string;
  /** Reached the module (every module before it passed). */
  reached: number | null;
  /** Passed it (every step done; at a feedback moment also the trainer's feedback). */
  passed: number | null;
  /** Stalled or stopped while this was their first module not passed: where they drop out. */
  droppedHere: number | null;
}

export interface TrainingCourseFigures {
  trainingId: string;
  title: string;
  started: number | null;
  finished: number | null;
  /** Not finished, still going (progress in the last 14 days, or waiting for the trainer). */
  active: number | null;
  stalled: number | null;
  stopped: number | null;
  modules: TrainingModuleFigures[];
  /** Homework submitted in the period (each revision) that got the trainer's answer. */
  answered: number;
  /** Homework submitted in the period still waiting for the trainer. */
  waiting: number;
  /** Median hours from submission to the trainer's feedback, one decimal; null when nothing was answered. */
  medianResponseHours: number | null;
}

/** GET /api/reports/trainings: participants who started a course in the period, by what became of them. */
export interface TrainingDropoutReport {
  from: string;
  to: string;
  teamId: string | null;
  minGroupSize: number;
  stallDays: number;
  stopDays: number;
  courses: TrainingCourseFigures[];
}

export interface TrainingDropoutQuery {
  from: string;
  to: string;
  teamId?: string;
}

export type TrainingDropoutTable = 'courses' | 'modules';
export const TRAINING_DROPOUT_TABLES: readonly TrainingDropoutTable[] = ['courses', 'modules'];

/** A case's problem area in the report: one of dossier's PROBLEM_AREAS, or `none` when the case has none. */
export type TopicArea = string;

/** One month (clipped to the period): new cases in total and per problem area (a case may have several). */
export interface TopicMonth {
  start: string;
  end: string;
  cases: number | null;
  areas: Record<TopicArea, number | null>;
}

/** One financier over the whole period. */
export interface TopicFinancier {
  financierId: string;
  financier: string;
  cases: number | null;
  areas: Record<TopicArea, number | null>;
}

/** GET /api/reports/topics: problem areas of cases opened in the period, per month and per financier. */
export interface TopicTrendReport {
  from: string;
  to: string;
  teamId: string | null;
  financierId: string | null;
  minGroupSize: number;
  areas: TopicArea[];
  months: TopicMonth[];
  financiers: TopicFinancier[];
}

export interface TopicTrendQuery {
  from: string;
  to: string;
  teamId?: string;
  financierId?: string;
}

export type TopicTable = 'months' | 'financiers';
export const TOPIC_TABLES: readonly TopicTable[] = ['months', 'financiers'];
