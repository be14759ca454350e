import { Injectable } from '@nestjs/common';
import type { DraftKey } from '@nabij/identity/contracts';
import { AppConfig, AuthUser } from '@nabij/platform/api';
import { hkdfSync } from 'node:crypto';

/**
 * The key that keeps a person's unsent texts (drafts) on a shared device readable only to them.
 * Derived (HKDF-SHA256) from the server secret with the account id as salt, so nothing is stored, a
 * new login gets the same key back, and knowing one account's key tells nothing about another's. A
 * new server secret makes older drafts unreadable; they are only drafts, and the portal drops them.
 */
@Injectable()
export class DraftKeyService {
  constructor(private readonly config: AppConfig) {}

  keyOf(user: AuthUser): DraftKey {
    const key = hkdfSync('sha256', this.config.jwtSecret, user.id, 'nabij drafts v1', 32);
    return { key: Buffer.from(key).toString('base64url') };
  }
}
