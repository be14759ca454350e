import { createHash, randomBytes } from 'node:crypto';

/** A random link token (256 bits); only its SHA-256 is stored, like identity's reset links. */
export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
