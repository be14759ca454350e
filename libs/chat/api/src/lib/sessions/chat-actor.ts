import type { AuthUser } from '@nabij/platform/api';
import { createHash, randomBytes } from 'node:crypto';

/** Who is chatting: a signed-in account, or an anonymous visitor holding one chat's token. */
export type ChatActor = { kind: 'account'; user: AuthUser } | { kind: 'anonymous'; sessionId: string; organisationId: string };

/**
 * Only clients (signed in or anonymous) and workers take part in chats. Team leads and admins see
 * figures only, so they get no chat socket at all: nothing to join, no queue events.
 */
export function takesPartInChats(actor: ChatActor): boolean {
  return actor.kind === 'anonymous' || actor.user.role === 'client' || actor.user.role === 'worker';
}

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
