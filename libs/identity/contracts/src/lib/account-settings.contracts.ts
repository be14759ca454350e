/** POST /api/auth/password-reset: always answered 202 with this body, whether the address has an account or not. */
export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetAccepted {
  status: 'check_your_mail';
}

/** POST /api/auth/password-reset/confirm, with the token from the mailed link. */
export interface PasswordResetConfirmRequest {
  token: string;
  password: string;
}

/** POST /api/auth/password (logged in): the current password and the new one. */
export interface ChangePasswordRequest {
  currentPassword: string;
  password: string;
}

/** `code` of the 400 for a reset link that is unknown, used or older than an hour. */
export const RESET_LINK_INVALID = 'reset_link_invalid';
/** `code` of the 400 when the current password given to change it is wrong. */
export const CURRENT_PASSWORD_WRONG = 'current_password_wrong';
/** How long a mailed reset link works. */
export const PASSWORD_RESET_MINUTES = 60;

/** One login of the caller (a refresh-token family), for "my sessions". */
export interface SessionInfo {
  id: string;
  createdAt: string;
  /** The last refresh of this login; null when it was never refreshed since the login. */
  lastUsedAt: string | null;
  /** Read from the User-Agent at login, e.g. browser "Chrome", os "Android"; null when unknown. */
  browser: string | null;
  os: string | null;
  /** The login that made this request. */
  current: boolean;
}

/**
 * GET /api/auth/draft-key (any logged-in role): the AES-GCM key (32 bytes, base64url) with which the
 * portal encrypts this account's unsent texts on the device. The same for every login of the
 * account, different for every account, given only to the account itself.
 */
export interface DraftKey {
  key: string;
}
