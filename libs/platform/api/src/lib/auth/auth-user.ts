import type { Role } from '@nabij/platform/contracts';

/** Who is calling, as read from a verified access token. */
export interface AuthUser {
  id: string;
  role: Role;
  organisationId: string | null;
}

export interface AccessTokenPayload {
  sub: string;
  role: Role;
  org: string | null;
}
