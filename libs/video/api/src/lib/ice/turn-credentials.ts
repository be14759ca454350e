import { createHmac } from 'node:crypto';

/**
 * A time-limited TURN credential as coturn checks it with `use-auth-secret` (the TURN REST API
 * draft): the username is `<expiry unix seconds>:<id>` and the password is
 * base64(HMAC-SHA1(static-auth-secret, username)). coturn refuses it after the expiry; no password
 * is ever stored or shared with the portal in advance.
 */
export function turnCredential(
  secret: string,
  id: string,
  now: Date,
  ttlSeconds: number,
): { username: string; credential: string; expiresAt: Date } {
  const expiry = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const username = `${expiry}:${id}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential, expiresAt: new Date(expiry * 1000) };
}
