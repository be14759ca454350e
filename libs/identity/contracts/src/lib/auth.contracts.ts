import type { Role } from '@nabij/platform/contracts';

export interface LoginRequest {
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
  email: string;
  name: string | null;
  role: Role;
  organisation: { id: string; name: string } | null;
  /** For clients: the municipality that pays for their help. */
  financier: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
}
