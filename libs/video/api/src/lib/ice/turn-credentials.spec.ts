import { createHmac } from 'node:crypto';
import { turnCredential } from './turn-credentials';

describe('turnCredential', () => {
  const now = new Date('2026-03-02T14:30:00Z');

  it('names the expiry in unix seconds and the id in the username', () => {
    const { username, expiresAt } = turnCredential('a-secret-of-sixteen', 'user-1', now, 3600);
    expect(username).toBe(`${Date.parse('2026-03-02T15:30:00Z') / 1000}:user-1`);
    expect(expiresAt.toISOString()).toBe('2026-03-02T15:30:00.000Z');
  });

  it('signs the username with HMAC-SHA1 of the shared secret, base64, as coturn computes it', () => {
    const { username, credential } = turnCredential('a-secret-of-sixteen', 'user-1', now, 60);
    // coturn: base64(hmac_sha1(static-auth-secret, username)); the vector below is from
    // `printf '1:x' | openssl dgst -sha1 -hmac secret -binary | base64`.
    expect(credential).toBe(createHmac('sha1', 'a-secret-of-sixteen').update(username).digest('base64'));
    expect(turnCredential('secret', 'x', new Date(0), 1).credential).toBe('dgLXMxSJfMxjMmUxmMsTgnQC/jQ=');
  });
});
