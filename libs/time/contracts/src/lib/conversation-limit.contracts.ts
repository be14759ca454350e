/** A case's kind of work (dossier's KindOfWork: algemeen_mw, hulp_online, school_mw); contracts import no other domain. */
export type KindOfWorkKey = string;

/**
 * What counts as a conversation for the limit: a registered, not deleted contact on the case in
 * which worker and client talk (face to face, phone, video, chat). Messages, homework feedback,
 * letters, reports and "other" do not count.
 */
export const CONVERSATION_TYPES = ['face_to_face', 'phone', 'video', 'chat'] as const;
export type ConversationType = (typeof CONVERSATION_TYPES)[number];

export const MAX_CONVERSATION_LIMIT = 100;
export const MAX_EXTENSION = 20;
export const EXTENSION_REASON_MAX = 200;

/** The organisation's maximum conversations per case, per kind of work; null: no limit. */
export type ConversationLimits = Record<KindOfWorkKey, number | null>;
export type ConversationLimitsUpdate = Partial<ConversationLimits>;

/** Why a worker asks for more conversations: a category, so the short text can stay short. */
export const EXTENSION_REASONS = ['more_problems', 'crisis', 'closing', 'waiting_referral', 'other'] as const;
export type ExtensionReason = (typeof EXTENSION_REASONS)[number];

export const EXTENSION_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

export interface ExtensionRequestInput {
  /** How many conversations more, 1..MAX_EXTENSION. */
  extra: number;
  reasonCategory: ExtensionReason;
  /** The worker's justification, 1..200 characters, without client details. */
  reason: string;
}

export interface ExtensionRequest {
  id: string;
  caseId: string;
  extra: number;
  reasonCategory: ExtensionReason;
  reason: string;
  status: ExtensionStatus;
  requestedAt: string;
  decidedAt: string | null;
}

/** How many conversations a case has left: "Nog 2 van 5 gesprekken". */
export interface ConversationAllowance {
  caseId: string;
  kindOfWork: KindOfWorkKey;
  /** The organisation's limit for the kind of work; null: no limit (then allowed and left are null too). */
  limit: number | null;
  /** Conversations added by approved extensions. */
  approvedExtra: number;
  /** limit + approvedExtra. */
  allowed: number | null;
  used: number;
  /** allowed - used, never below 0. */
  left: number | null;
  pending: ExtensionRequest | null;
  /** The newest decided request, so the worker sees the team lead's answer. */
  lastDecided: ExtensionRequest | null;
}

/** A request as the team lead sees it: who asks, for which case and kind of work; never client content. */
export interface ExtensionForLead extends ExtensionRequest {
  workerId: string;
  workerName: string | null;
  kindOfWork: KindOfWorkKey;
  used: number;
  allowed: number | null;
}
