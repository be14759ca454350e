import type { AuthUser } from '@nabij/platform/api';
import { createHash, randomBytes } from 'node:crypto';

/** Who is chatting: a signed-in account, or an anonymous visitor holding one chat's token. */
export type ChatActor = { kind: 'account'; user: AuthUser } | { kind: 'anonymous'; sessionId: string; organisationId: string };

const CHAT_TOKEN_PREFIX = 'chat_';

/** Opaque, so it can never pass for an access token; only its hash is stored. */
export function newChatToken(): { token: string; hash: string } {
  const token = CHAT_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashChatToken(token) };
}

export function isChatToken(token: string): boolean {
  return token.startsWith(CHAT_TOKEN_PREFIX);
}

export function hashChatToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
