import type { SessionResponse } from './auth.contracts';

/** Seconds a login challenge (the step between password and session) lives. */
export const LOGIN_CHALLENGE_SECONDS = 300;
/** Wrong codes after which a login challenge dies and the password must be typed again. */
export const LOGIN_CHALLENGE_MAX_ATTEMPTS = 5;
/** How many recovery codes a person gets at once. */
export const RECOVERY_CODE_COUNT = 10;
/** The longest `code` the API reads: a TOTP code, or a recovery code with spaces or dashes. */
export const SECOND_FACTOR_CODE_MAX_LENGTH = 40;
export const LOGIN_CHALLENGE_MAX_LENGTH = 100;

/** `code` of the 401 for a wrong (or already used) authenticator or recovery code. */
export const TWO_FACTOR_CODE_WRONG = 'two_factor_code_wrong';
/** `code` of the 401 when the challenge is unknown, used, expired or had too many wrong codes. */
export const LOGIN_CHALLENGE_ENDED = 'login_challenge_ended';

/**
 * The answer of POST /api/auth/login when the password was right but a second step is needed:
 * `totp` — type a code from the authenticator app (or a recovery code) at /login/second-factor;
 * `setup` — staff without an authenticator yet: set one up at /login/setup first.
 */
export interface SecondFactorChallenge {
  secondFactor: 'totp' | 'setup';
  challenge: string;
  /** Seconds until the challenge expires. */
  expiresIn: number;
}

export type LoginResponse = SessionResponse | SecondFactorChallenge;

export function isSecondFactorChallenge(response: LoginResponse): response is SecondFactorChallenge {
  return 'secondFactor' in response;
}

export interface SecondFactorRequest {
  challenge: string;
  /** Six digits from the authenticator app, or one recovery code. */
  code: string;
}

export interface TwoFactorSetupRequest {
  challenge: string;
}

/** A new, not yet confirmed authenticator secret. */
export interface TwoFactorSetup {
  /** Base32, for typing into the app by hand. */
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as a QR code (SVG markup). */
  qrSvg: string;
}

export interface RecoveryCodes {
  /** Shown once; only their hashes are stored. */
  recoveryCodes: string[];
}

/** The answer of POST /api/auth/login/setup/confirm: the session, and the recovery codes to keep. */
export type SetupSessionResponse = SessionResponse & RecoveryCodes;

export interface TwoFactorStatus {
  enabled: boolean;
  /** Staff must have it; clients choose. */
  required: boolean;
  recoveryCodesLeft: number;
}

export interface TwoFactorCodeRequest {
  code: string;
}

/** Six digits, spaces allowed ("123 456"). */
export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}

/** Splits a secret in groups of four for typing: "ABCD EFGH …". */
export function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}
