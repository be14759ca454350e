/**
 * Figures about fewer people than this are not shown to a team lead (no averages, no remarks):
 * with a handful of answers one can guess who gave them.
 */
export const MIN_GROUP_SIZE = 5;

/** Where the three evaluation questions were asked: after a chat, or after a closed message thread. */
export type EvaluationChannel = 'chat' | 'message';
export const EVALUATION_CHANNELS: readonly EvaluationChannel[] = ['chat', 'message'];

/**
 * The answers of one group. `answers` counts the answered evaluations (skips not included). When
 * fewer than MIN_GROUP_SIZE answered, `suppressed` is true and every figure is null (also the count).
 * - helpfulAverage / understoodAverage: mean of the 1–5 scores, one decimal;
 * - againPercent: share that would use this way of contact again, whole percent.
 */
export interface EvaluationFigures {
  suppressed: boolean;
  answers: number | null;
  helpfulAverage: number | null;
  understoodAverage: number | null;
  againPercent: number | null;
}

/** One team × channel over the whole period. `teamId` null: conversations without a team (e.g. anonymous chats, the duty queue). */
export interface EvaluationGroup extends EvaluationFigures {
  teamId: string | null;
  team: string | null;
  channel: EvaluationChannel;
  /** How often the questions were skipped after a thread (chat has no skip); null when suppressed. */
  skipped: number | null;
}

/** One week or month (clipped to the period) × channel, over the teams in scope. */
export interface EvaluationTrendPoint extends EvaluationFigures {
  start: string;
  end: string;
  channel: EvaluationChannel;
}

/**
 * The free-text remarks of one team × channel, only when that group has MIN_GROUP_SIZE answers or
 * more. Names of the organisation's people, e-mail addresses and phone numbers are replaced by
 * "[…]"; the remarks come in alphabetical order, without dates, so they cannot be matched to a
 * conversation.
 */
export interface EvaluationRemarks {
  teamId: string | null;
  team: string | null;
  channel: EvaluationChannel;
  remarks: string[];
}

/** GET /api/reports/evaluations: team lead (own team) or admin; aggregates only. */
export interface EvaluationReport {
  from: string;
  to: string;
  teamId: string | null;
  minGroupSize: number;
  bucket: 'week' | 'month';
  groups: EvaluationGroup[];
  trend: EvaluationTrendPoint[];
  remarks: EvaluationRemarks[];
}

export interface EvaluationQuery {
  from: string;
  to: string;
  teamId?: string;
}

/** With format=csv, which table: per team × channel (default), the trend, or the remarks. */
export type EvaluationTable = 'groups' | 'trend' | 'remarks';
export const EVALUATION_TABLES: readonly EvaluationTable[] = ['groups', 'trend', 'remarks'];

/** What replaces a name, an e-mail address or a phone number in a remark. */
export const REMARK_REDACTED = '[…]';
