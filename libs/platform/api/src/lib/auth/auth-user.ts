import type { Role } from '@nabij/platform/contracts';

/** Who is calling, as read from a verified access token. */
export interface AuthUser {
  id: string;
  role: Role;
  organisationId: string | null;
  /** The login this token belongs to (`sid`); absent for users built outside a request. */
  sessionId?: string;
}

export interface AccessTokenPayload {
  sub: string;
  role: Role;
  org: string | null;
  /** Session id: the API refuses the token once this session is revoked (logout, sign out everywhere). */
  sid: string;
}
