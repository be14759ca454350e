import type { StaffRole } from './staff.contracts';

/** An invite link works this many days; resending starts the days again with a new link. */
export const INVITE_DAYS = 7;
export const INVITE_NAME_MAX = 100;
export const INVITE_EMAIL_MAX = 254;

/** An open (or expired) invite of the admin's own organisation, as "Openstaande uitnodigingen" lists it. */
export interface StaffInvite {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  teamId: string | null;
  teamName: string | null;
  canTrain: boolean;
  chatDuty: boolean;
  /** A worker who may write and publish library content. */
  libraryEditor: boolean;
  invitedByName: string | null;
  /** ISO times. */
  createdAt: string;
  expiresAt: string;
  /** The link no longer works; resend to give a new one. */
  expired: boolean;
}

export interface CreateInviteRequest {
  name: string;
  email: string;
  role: StaffRole;
  teamId?: string | null;
  canTrain?: boolean;
  chatDuty?: boolean;
  /** Workers only (admins may edit anyway); ignored for other roles. */
  libraryEditor?: boolean;
}

/** What the public invite page shows before the new colleague chooses a password. */
export interface InvitePreview {
  name: string;
  email: string;
  organisationName: string;
  role: StaffRole;
  invitedByName: string | null;
}

export interface AcceptInviteRequest {
  token: string;
  password: string;
}

/** The account is made; log in with this address. */
export interface AcceptInviteResult {
  email: string;
}

/** 409: an account or an open invite already has this address. */
export const EMAIL_IN_USE = 'email_in_use';
/** 400: the link is used, withdrawn, expired or unknown (one answer for all four). */
export const INVITE_LINK_INVALID = 'invite_link_invalid';
