import type { Language, Role } from '@nabij/platform/contracts';

export interface LoginRequest {
  /** An e-mail address, or the login name of a client admitted without one. */
  email: string;
  password: string;
}

export interface SessionResponse {
  accessToken: string;
  /** Seconds until the access token expires; refresh with POST /api/auth/refresh (cookie). */
  expiresIn: number;
  user: CurrentUser;
}

export interface CurrentUser {
  id: string;
  /** Null for a client admitted without an e-mail address, who has a login name instead. */
  email: string | null;
  loginName: string | null;
  name: string | null;
  role: Role;
  organisation: { id: string; name: string } | null;
  /** For clients: the municipality that pays for their help. */
  financier: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
  /** The language the account reads (PATCH /api/account/language); staff read nl or en. */
  language: Language;
}
