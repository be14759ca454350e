import type { CaseloadQuery } from './caseload.contracts';

/**
 * Referrals to the social map for the team lead's report: how many, per month and per topic of the
 * service, by status now. Numbers only. A topic with fewer than REFERRAL_REPORT_MIN_GROUP referrals
 * in the period is not shown on its own (a rare topic such as violence at home could point to one
 * family); the months, which name nothing, show every number.
 */
export const REFERRAL_REPORT_MIN_GROUP = 5;

export const REFERRAL_REPORT_TABLES = ['months', 'categories'] as const;
export type ReferralReportTable = (typeof REFERRAL_REPORT_TABLES)[number];

/** Same period and filters as Table B (a team lead: own team); referrals made in the period count. */
export interface ReferralReportQuery extends CaseloadQuery {
  /** With format=csv: which table (default months). */
  table?: ReferralReportTable;
}

/** Referrals by their status now; `total` is their sum. */
export interface ReferralStatusCounts {
  proposed: number;
  made: number;
  accepted: number;
  closed: number;
  total: number;
}

export interface ReferralMonthRow extends ReferralStatusCounts {
  /** "2026-11": referrals made in this month (Europe/Amsterdam). */
  month: string;
}

export interface ReferralCategoryRow extends ReferralStatusCounts {
  /** A social-map topic key ("money"), or "unknown" for a service since taken off the map. */
  category: string;
  /** The topic in Dutch, as the social map names it. */
  categoryName: string;
}

export interface ReferralReport {
  from: string;
  to: string;
  teamId: string | null;
  workerId: string | null;
  financierId: string | null;
  /** Every month of the period, also those without referrals. */
  byMonth: ReferralMonthRow[];
  /** Topics with at least REFERRAL_REPORT_MIN_GROUP referrals; a referral counts once for each topic of its service. */
  byCategory: ReferralCategoryRow[];
  /** How many topics had referrals but fewer than REFERRAL_REPORT_MIN_GROUP (their numbers are not shown). */
  smallCategories: number;
  total: ReferralStatusCounts;
}
