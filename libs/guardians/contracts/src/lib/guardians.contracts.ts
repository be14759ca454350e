import type { Language } from '@nabij/platform/contracts';
/**
 * Parents and guardians of a pupil (school social work, issue 17). A worker invites a parent to the
 * pupil's case. Under 16 the worker chooses what the parent sees; from 16 the pupil must consent
 * first and may withdraw at any time. Parents never see the pupil's own messages, notes or reports.
 */

export const GUARDIAN_RELATIONS = ['parent', 'carer'] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

/** From this age the pupil decides: nothing is shown to a parent until the pupil consents. */
export const GUARDIAN_CONSENT_AGE = 16;
/** An invite link works this many days, once. */
export const GUARDIAN_INVITE_DAYS = 7;
export const GUARDIAN_NAME_MAX = 100;
export const GUARDIAN_EMAIL_MAX = 254;
export const GUARDIAN_MESSAGE_MAX = 5000;

/** What the worker lets a parent see. Each part is off until the worker turns it on. */
export interface GuardianShares {
  appointments: boolean;
  documents: boolean;
  messages: boolean;
}

/** invited: the link is out (or expired); active: the parent has an account; ended: the worker ended it. */
export type GuardianLinkStatus = 'invited' | 'active';

/** A parent on a case, as the case's worker sees it. */
export interface GuardianLink {
  id: string;
  caseId: string;
  name: string;
  email: string;
  relation: GuardianRelation;
  status: GuardianLinkStatus;
  /** ISO; null once accepted. */
  inviteExpiresAt: string | null;
  inviteExpired: boolean;
  shares: GuardianShares;
  /** The pupil has consented (only matters from 16). */
  consentGiven: boolean;
  /** What the parent sees right now: the shares, or nothing while a 16+ pupil has not consented. */
  visible: GuardianShares;
  createdAt: string;
  /** Messages from this parent the worker has not read yet (in the case's list of parents only). */
  unreadMessages?: number;
}

/** `GET /api/guardians/unread-count` (worker): parents' messages not read yet, over the worker's open cases. */
export interface GuardianUnreadCount {
  unread: number;
}

/** The parents of one case, with whether the pupil's consent is needed (16 or older, or no birth date). */
export interface GuardiansOfCase {
  consentNeeded: boolean;
  guardians: GuardianLink[];
}

export interface InviteGuardianRequest {
  name: string;
  email: string;
  relation: GuardianRelation;
  /** The language of the invitation mail (the parent reads it; Dutch follows below). Dutch when left out. */
  language?: Language;
  showAppointments?: boolean;
  showDocuments?: boolean;
  showMessages?: boolean;
}

export interface UpdateGuardianSharesRequest {
  showAppointments?: boolean;
  showDocuments?: boolean;
  showMessages?: boolean;
}

/** What the public invite page shows before the parent chooses a password. */
export interface GuardianInvitePreview {
  name: string;
  email: string;
  organisationName: string;
  invitedByName: string | null;
}

export interface AcceptGuardianInviteRequest {
  token: string;
  password: string;
  /** The portal's language when the parent accepted (nl, en, ar, tr, pl); Dutch when left out. */
  language?: Language;
}

export interface AcceptGuardianInviteResult {
  email: string;
}

/** One child on the parent's home: the child's name and whether the parent sees anything yet. */
export interface GuardianChild {
  linkId: string;
  childName: string | null;
  /** The pupil is 16 or older and has not (or no longer) consented: nothing is shown. */
  waitingForConsent: boolean;
}

export interface GuardianAppointment {
  id: string;
  kind: string;
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  status: string;
}

export interface GuardianDocument {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface GuardianMessage {
  id: string;
  from: 'worker' | 'guardian';
  senderName: string | null;
  body: string;
  createdAt: string;
}

/** What a parent sees of one child's case; a part the parent may not see is null. */
export interface GuardianChildView {
  linkId: string;
  childName: string | null;
  workerName: string | null;
  caseClosed: boolean;
  appointments: GuardianAppointment[] | null;
  documents: GuardianDocument[] | null;
  messages: GuardianMessage[] | null;
}

export interface SendGuardianMessageRequest {
  body: string;
}

/** A parent on the pupil's own case, as the pupil sees it in "Mijn dossier". */
export interface MyGuardian {
  linkId: string;
  caseId: string;
  name: string;
  relation: GuardianRelation;
  status: GuardianLinkStatus;
  shares: GuardianShares;
  /** The pupil is 16 or older: the parent sees nothing without consent. */
  consentNeeded: boolean;
  consentGiven: boolean;
}

/** 409: this case already has a parent with this address, or the address belongs to another kind of account. */
export const GUARDIAN_EMAIL_IN_USE = 'guardian_email_in_use';
/** 400: the invite link is used, withdrawn, expired or unknown (one answer for all four). */
export const GUARDIAN_INVITE_INVALID = 'guardian_invite_invalid';
