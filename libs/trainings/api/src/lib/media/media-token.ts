import { Injectable } from '@nestjs/common';
import { AppConfig, AuthUser, Clock } from '@nabij/platform/api';
import type { Role } from '@nabij/platform/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Long enough to watch a module at ease; the module page asks for fresh addresses each time it opens. */
export const MEDIA_TOKEN_SECONDS = 4 * 3600;

interface MediaClaims {
  m: string;
  u: string;
  r: Role;
  o: string | null;
  s: string;
  exp: number;
}

/**
 * A <video> or <track> sends no Authorization header, so the address carries a key: one file, one
 * login, a few hours. Signed with a key derived from JWT_SECRET for this purpose only, so it can never
 * pass as an access token (nor an access token as this). The request log leaves query strings out.
 */
@Injectable()
export class MediaTokens {
  private readonly key: Buffer;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = createHmac('sha256', config.jwtSecret).update('nabij training media v1').digest();
  }

  sign(user: AuthUser, mediaId: string): string {
    const claims: MediaClaims = {
      m: mediaId,
      u: user.id,
      r: user.role,
      o: user.organisationId,
      s: user.sessionId ?? '',
      exp: Math.floor(this.clock.now().getTime() / 1000) + MEDIA_TOKEN_SECONDS,
    };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The login the key was made for, if it is genuine, unexpired and for this file; null otherwise. */
  verify(token: string | undefined, mediaId: string): (AuthUser & { sessionId: string }) | null {
    const [body, mac, extra] = (token ?? '').split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let claims: MediaClaims;
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as MediaClaims;
    } catch {
      return null;
    }
    if (claims.m !== mediaId || !claims.s || claims.exp * 1000 <= this.clock.now().getTime()) return null;
    return { id: claims.u, role: claims.r, organisationId: claims.o, sessionId: claims.s };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
