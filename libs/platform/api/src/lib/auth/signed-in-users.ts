import { Injectable } from '@nestjs/common';
import { ROLES } from '@nabij/platform/contracts';
import { AccessTokenVerifier } from './access-token-verifier';
import type { AuthUser } from './auth-user';
import { SessionRegistry } from './session-registry.service';

/** Longer than any token we issue (about 400 characters); a longer one is refused unread. */
const MAX_TOKEN_LENGTH = 4096;

/**
 * Who an access token signs in, or why not: `invalid` (malformed, forged, expired, claims we never
 * issue) or `ended` (its login was ended: logout, sign out everywhere, deactivation).
 */
export type SignIn = { ok: true; user: AuthUser; expiresAt: number } | { ok: false; refused: 'invalid' | 'ended' };

const INVALID: SignIn = { ok: false, refused: 'invalid' };
const ENDED: SignIn = { ok: false, refused: 'ended' };

/**
 * The one rule for "this access token signs in this user", for HTTP (the passport strategy behind
 * the global guard) and for the chat and video sockets alike: the token passes
 * `AccessTokenVerifier` (HS256, not expired), names an account and a known role, names its login
 * (`sid`), and that login has not ended. The login is asked of `SessionRegistry` every time; only
 * the signature check is remembered.
 */
@Injectable()
export class SignedInUsers {
  constructor(
    private readonly tokens: AccessTokenVerifier,
    private readonly sessions: SessionRegistry,
  ) {}

  async fromToken(token: unknown): Promise<SignIn> {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return INVALID;
    const claims = this.tokens.verify(token);
    if (!claims || typeof claims.sub !== 'string' || !ROLES.includes(claims.role)) return INVALID;
    // Every token we issue names its login; without one it could not be ended by logout.
    if (typeof claims.sid !== 'string' || claims.sid.length === 0) return ENDED;
    if (await this.sessions.isRevoked(claims.sid)) return ENDED;
    // Tokens from before two-factor authentication carry no amr: a password login.
    const amr = Array.isArray(claims.amr) ? claims.amr : ['pwd' as const];
    return {
      ok: true,
      user: { id: claims.sub, role: claims.role, organisationId: claims.org ?? null, sessionId: claims.sid, amr },
      expiresAt: claims.exp * 1000,
    };
  }

  /** When a valid token expires (ms since the epoch), or null for anything that does not verify. */
  expiresAt(token: unknown): number | null {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
    const claims = this.tokens.verify(token);
    return claims ? claims.exp * 1000 : null;
  }
}
