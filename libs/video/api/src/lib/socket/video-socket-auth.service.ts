import { Injectable } from '@nestjs/common';
import { AuthUser, SignedInUsers } from '@nabij/platform/api';

/**
 * Turns `handshake.auth.token` into the signed-in user, by the rule the chat socket and the HTTP
 * guard use (platform's SignedInUsers): a valid access token whose login has not ended.
 */
@Injectable()
export class VideoSocketAuthService {
  constructor(private readonly users: SignedInUsers) {}

  async authenticate(token: unknown): Promise<AuthUser> {
    const signIn = await this.users.fromToken(token);
    if (!signIn.ok) throw new Error('unauthorized');
    return signIn.user;
  }

  /** When the access token expires (ms since the epoch), so the socket closes with it. */
  expiresAt(token: unknown): number | null {
    return this.users.expiresAt(token);
  }
}
