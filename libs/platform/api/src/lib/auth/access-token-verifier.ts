import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AccessTokenPayload } from './auth-user';

/** The claims of a token that verified: every token we issue has `exp`. */
export type VerifiedAccessToken = AccessTokenPayload & { exp: number; nbf?: number };

/** Verified tokens kept in memory; past this many the cache starts again (a token is re-verified). */
const CACHE_LIMIT = 10_000;

/**
 * Checks an access token (a JWT signed with HS256 by `JwtService` with the same secret) without
 * passport: only `alg: HS256` is accepted, the signature is compared in constant time, `exp` (and
 * `nbf` when present) are checked against the current second as jsonwebtoken does. Tokens without
 * `exp` are refused: every token we issue has one.
 *
 * A token that passed is remembered (by its whole text, signature included) until it expires, so
 * the next request with it only looks it up: the HMAC, the base64 and the JSON of a token were a
 * measurable part of every API request (issue 12). Whether its session has ended is not cached
 * here; the caller asks `SessionRegistry` on every request.
 */
export class AccessTokenVerifier {
  private readonly secret: Buffer;
  private readonly verified = new Map<string, VerifiedAccessToken>();

  constructor(secret: string) {
    this.secret = Buffer.from(secret, 'utf8');
  }

  /** The token's claims, or null when it is malformed, forged, not yet valid or expired. */
  verify(token: string, nowMs = Date.now()): VerifiedAccessToken | null {
    const now = Math.floor(nowMs / 1000);
    const known = this.verified.get(token);
    if (known) {
      if (now < known.exp && (known.nbf === undefined || known.nbf <= now)) return known;
      if (now >= known.exp) this.verified.delete(token);
      return null;
    }
    const payload = this.check(token);
    if (!payload || now >= payload.exp || (payload.nbf !== undefined && payload.nbf > now)) return null;
    if (this.verified.size >= CACHE_LIMIT) this.verified.clear();
    this.verified.set(token, payload);
    return payload;
  }

  private check(token: string): VerifiedAccessToken | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return null;
    const [head, body, signature] = parts;
    const header = parseJson(head);
    if (!header || header['alg'] !== 'HS256') return null;
    const expected = createHmac('sha256', this.secret).update(`${head}.${body}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const payload = parseJson(body);
    if (!payload || typeof payload['exp'] !== 'number') return null;
    if (payload['nbf'] !== undefined && typeof payload['nbf'] !== 'number') return null;
    return payload as unknown as VerifiedAccessToken;
  }
}

/** The JSON object in a base64url segment, or null. */
function parseJson(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The token of an `Authorization: Bearer <token>` header (scheme in any case), read as passport-jwt read it. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /(\S+)\s+(\S+)/.exec(header);
  return match && match[1].toLowerCase() === 'bearer' ? match[2] : null;
}
