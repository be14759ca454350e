import { sign } from 'jsonwebtoken';
import { createHmac } from 'node:crypto';
import { AccessTokenVerifier, bearerToken } from './access-token-verifier';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const claims = { sub: 'account-1', role: 'worker', org: 'org-1', sid: 'session-1', amr: ['pwd', 'otp'] };
const now = Date.UTC(2026, 11, 1, 12, 0, 0);
const seconds = Math.floor(now / 1000);

/** HS256 over any payload, which jsonwebtoken's sign would refuse to write. */
function signRaw(payload: unknown): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${unsigned}.${createHmac('sha256', SECRET).update(unsigned).digest('base64url')}`;
}

describe('AccessTokenVerifier', () => {
  it('accepts a token JwtService signs (HS256, exp) and returns its claims', () => {
    const token = sign({ ...claims, iat: seconds, exp: seconds + 900 }, SECRET, { algorithm: 'HS256' });
    expect(new AccessTokenVerifier(SECRET).verify(token, now)).toMatchObject(claims);
  });

  it('refuses a token signed with another secret, also after the right one was accepted', () => {
    const verifier = new AccessTokenVerifier(SECRET);
    const good = sign({ ...claims, exp: seconds + 900 }, SECRET);
    const forged = sign({ ...claims, exp: seconds + 900 }, 'another-secret-that-is-long-enough-too');
    expect(verifier.verify(good, now)).not.toBeNull();
    expect(verifier.verify(forged, now)).toBeNull();
    // Same header and claims, signature of the other secret: the remembered token must not match it.
    expect(verifier.verify(`${good.split('.').slice(0, 2).join('.')}.${forged.split('.')[2]}`, now)).toBeNull();
  });

  it('refuses a changed payload under the original signature', () => {
    const [head, , signature] = sign({ ...claims, exp: seconds + 900 }, SECRET).split('.');
    const admin = Buffer.from(JSON.stringify({ ...claims, role: 'admin', exp: seconds + 900 })).toString('base64url');
    expect(new AccessTokenVerifier(SECRET).verify(`${head}.${admin}.${signature}`, now)).toBeNull();
  });

  it('refuses other algorithms: none, HS512, and a header without alg', () => {
    const verifier = new AccessTokenVerifier(SECRET);
    expect(verifier.verify(sign({ ...claims, exp: seconds + 900 }, SECRET, { algorithm: 'HS512' }), now)).toBeNull();
    const none = sign({ ...claims, exp: seconds + 900 }, null, { algorithm: 'none' });
    expect(verifier.verify(none, now)).toBeNull();
    expect(verifier.verify(`${none}c2lnbmF0dXJl`, now)).toBeNull();
  });

  it('refuses an expired token at its exp second, and forgets a remembered one when it expires', () => {
    const verifier = new AccessTokenVerifier(SECRET);
    const token = sign({ ...claims, exp: seconds + 60 }, SECRET);
    expect(verifier.verify(token, now + 59_999)).not.toBeNull();
    expect(verifier.verify(token, now + 60_000)).toBeNull();
    expect(verifier.verify(token, now)).not.toBeNull();
    expect(new AccessTokenVerifier(SECRET).verify(token, now + 60_000)).toBeNull();
  });

  it('refuses a token not valid yet (nbf), a token without exp and non-number exp or nbf', () => {
    const verifier = new AccessTokenVerifier(SECRET);
    const later = sign({ ...claims, exp: seconds + 900, nbf: seconds + 30 }, SECRET);
    expect(verifier.verify(later, now)).toBeNull();
    expect(verifier.verify(later, now + 30_000)).not.toBeNull();
    expect(verifier.verify(later, now)).toBeNull();
    expect(verifier.verify(sign(claims, SECRET), now)).toBeNull();
    expect(verifier.verify(signRaw({ ...claims, exp: seconds + 900 }), now)).not.toBeNull();
    expect(verifier.verify(signRaw({ ...claims, exp: String(seconds + 900) }), now)).toBeNull();
    expect(verifier.verify(signRaw({ ...claims, exp: seconds + 900, nbf: 'now' }), now)).toBeNull();
    expect(verifier.verify(signRaw([claims]), now)).toBeNull();
  });

  it('refuses malformed tokens without throwing', () => {
    const verifier = new AccessTokenVerifier(SECRET);
    const good = sign({ ...claims, exp: seconds + 900 }, SECRET);
    const array = Buffer.from('[1]').toString('base64url');
    const [head, , signature] = good.split('.');
    for (const bad of ['', 'abc', 'a.b', `${good}.x`, good.replace('.', '.!'), `${head}.${array}.${signature}`, 'e30.bm90IGpzb24.c2ln'])
      expect(verifier.verify(bad, now)).toBeNull();
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer header in any case of the scheme, and nothing else', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken(['Bearer abc'])).toBeNull();
  });
});
