/**
 * Clients admitted without an e-mail address log in with a login name (`leiden-k7m4q`) and choose
 * their password with a one-time activation code that the worker hands over on a printed letter.
 */

/** The municipality's first word (at most 12 letters), a dash and 5 letters or digits. */
export const LOGIN_NAME_PATTERN = /^[a-z]{2,12}-[a-z0-9]{5}$/;
export const LOGIN_NAME_MAX_LENGTH = 18;

/** Letters and digits that cannot be mistaken for each other on paper: no 0/O, 1/I/L. */
export const ACTIVATION_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Three groups of four, printed as `K7M4-Q2XA-9RTD`. */
export const ACTIVATION_CODE_LENGTH = 12;
/** How long a printed code works. */
export const ACTIVATION_CODE_DAYS = 30;
/** `code` of the one 400 for a wrong, used, replaced or expired code (the answer never says which). */
export const ACTIVATION_CODE_INVALID = 'activation_code_invalid';

export function isLoginName(value: string): boolean {
  return LOGIN_NAME_PATTERN.test(value.trim().toLowerCase());
}

/** What the person typed, without spaces or dashes, in capitals: `k7m4 q2xa-9rtd` → `K7M4Q2XA9RTD`. */
export function normaliseActivationCode(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** `K7M4Q2XA9RTD` → `K7M4-Q2XA-9RTD`, as printed on the letter. */
export function formatActivationCode(code: string): string {
  return normaliseActivationCode(code).replace(/(.{4})(?=.)/g, '$1-');
}

/** POST /api/auth/activate (public): the login name and code from the letter, and a new password. */
export interface ActivationRequest {
  loginName: string;
  code: string;
  password: string;
}

/** The answer to a good activation: log in with this login name and the new password. */
export interface ActivationDone {
  loginName: string;
}

/** POST /api/auth/email (a client with a login name): add an e-mail address; it counts once its mailed link is opened. */
export interface AddEmailRequest {
  email: string;
}

export interface AddEmailAccepted {
  status: 'check_your_mail';
  email: string;
}

/** `code` of the 409 when the account has an e-mail address already. */
export const ACCOUNT_HAS_EMAIL = 'account_has_email';
