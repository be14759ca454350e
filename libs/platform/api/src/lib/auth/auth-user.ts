import type { AuthMethod, Role } from '@nabij/platform/contracts';

/** Who is calling, as read from a verified access token. */
export interface AuthUser {
  id: string;
  role: Role;
  organisationId: string | null;
  /** The login this token belongs to (`sid`); absent for users built outside a request. */
  sessionId?: string;
  /** How the login was made (`amr` of the token): `['pwd']`, or `['pwd', 'otp']` with a second factor. */
  amr?: AuthMethod[];
}

export interface AccessTokenPayload {
  sub: string;
  role: Role;
  org: string | null;
  /** Session id: the API refuses the token once this session is revoked (logout, sign out everywhere). */
  sid: string;
  /**
   * Authentication methods of the login (RFC 8176): `['pwd', 'otp']` after a second factor. Tokens
   * issued before two-factor authentication have none and count as `['pwd']`.
   */
  amr?: AuthMethod[];
}
