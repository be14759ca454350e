/**
 * A case's intake channel in the report: one of dossier's INTAKE_CHANNELS (contracts do not import
 * another domain, so the code is a string here), or `unknown` for cases opened before it was asked.
 */
export type IntakeReportChannel = string;

/** Age of the client on the day the case opened. */
export const AGE_BANDS = ['under_18', '18_26', '27_40', '41_65', 'over_65', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Cases opened in the period through one channel (every channel is listed, also with 0). */
export interface IntakeChannelCount {
  channel: IntakeReportChannel;
  cases: number;
}

/** One week or month (clipped to the period): new cases per channel, and in total (`unknown` only when the report lists it). */
export interface IntakeTrendPoint {
  start: string;
  end: string;
  cases: Record<IntakeReportChannel, number>;
  total: number;
}

/**
 * New cases per age band, through an online channel (postcode check and registration, anonymous
 * chat or question) or another one (referral, walk-in, phone). A count of 1–4 is null (suppressed);
 * cases without a known channel are left out.
 */
export interface IntakeAgeRow {
  band: AgeBand;
  online: number | null;
  other: number | null;
}

/** GET /api/reports/intake (team lead: own team; admin): how new clients came in. Counts only. */
export interface IntakeReport {
  from: string;
  to: string;
  teamId: string | null;
  financierId: string | null;
  minGroupSize: number;
  bucket: 'week' | 'month';
  total: number;
  channels: IntakeChannelCount[];
  trend: IntakeTrendPoint[];
  ages: IntakeAgeRow[];
  /** Share of clients under 27 among online and other new cases (whole percent; null when fewer than five cases). */
  youngPercent: { online: number | null; other: number | null };
}

export interface IntakeQuery {
  from: string;
  to: string;
  teamId?: string;
  financierId?: string;
}

export type IntakeTable = 'channels' | 'trend' | 'ages';
export const INTAKE_TABLES: readonly IntakeTable[] = ['channels', 'trend', 'ages'];
