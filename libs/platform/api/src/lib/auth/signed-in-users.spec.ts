import { createHmac } from 'node:crypto';
import { AccessTokenVerifier } from './access-token-verifier';
import type { SessionRegistry } from './session-registry.service';
import { SignedInUsers } from './signed-in-users';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

/** HS256 over any payload, as JwtService signs our tokens (and also claims it would never write). */
function token(payload: Record<string, unknown>, secret = SECRET): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** SignedInUsers over a real verifier and a registry in which the given logins have ended. */
function users(ended: string[] = []): { users: SignedInUsers; asked: string[] } {
  const asked: string[] = [];
  const registry = {
    isRevoked: async (sid: string) => {
      asked.push(sid);
      return ended.includes(sid);
    },
  } as unknown as SessionRegistry;
  return { users: new SignedInUsers(new AccessTokenVerifier(SECRET), registry), asked };
}

describe('SignedInUsers (the sign-in rule of HTTP and the sockets)', () => {
  const claims = { sub: 'account-1', role: 'worker', org: 'org-1', sid: 'session-1', amr: ['pwd', 'otp'] };

  it('signs in the user a valid token names, with its login, second factor and expiry', async () => {
    const exp = inAnHour();
    const { users: signedIn, asked } = users();
    expect(await signedIn.fromToken(token({ ...claims, exp }))).toEqual({
      ok: true,
      user: { id: 'account-1', role: 'worker', organisationId: 'org-1', sessionId: 'session-1', amr: ['pwd', 'otp'] },
      expiresAt: exp * 1000,
    });
    expect(asked).toEqual(['session-1']);
  });

  it('counts a token without amr as a password login and one without org as no organisation', async () => {
    const { users: signedIn } = users();
    const result = await signedIn.fromToken(token({ sub: 'account-2', role: 'client', sid: 'session-2', exp: inAnHour() }));
    expect(result).toMatchObject({ ok: true, user: { organisationId: null, amr: ['pwd'] } });
  });

  it('refuses a login that has ended, and asks about the login on every use of the token', async () => {
    const { users: signedIn, asked } = users(['session-1']);
    const ended = token({ ...claims, exp: inAnHour() });
    expect(await signedIn.fromToken(ended)).toEqual({ ok: false, refused: 'ended' });
    expect(await signedIn.fromToken(ended)).toEqual({ ok: false, refused: 'ended' });
    expect(asked).toEqual(['session-1', 'session-1']);
  });

  it('refuses a token that names no login as ended (logout could never end it)', async () => {
    const { users: signedIn, asked } = users();
    expect(await signedIn.fromToken(token({ ...claims, sid: undefined, exp: inAnHour() }))).toEqual({ ok: false, refused: 'ended' });
    expect(await signedIn.fromToken(token({ ...claims, sid: '', exp: inAnHour() }))).toEqual({ ok: false, refused: 'ended' });
    expect(asked).toEqual([]);
  });

  it('refuses forged, expired, unknown-role, account-less and non-text tokens as invalid without asking the registry', async () => {
    const { users: signedIn, asked } = users();
    for (const bad of [
      token({ ...claims, exp: inAnHour() }, 'another-secret-that-is-long-enough-too'),
      token({ ...claims, exp: Math.floor(Date.now() / 1000) - 1 }),
      token({ ...claims, role: 'superuser', exp: inAnHour() }),
      token({ ...claims, sub: 42, exp: inAnHour() }),
      token({ ...claims }),
      'not-a-token',
      'x'.repeat(5000),
      '',
      undefined,
      { token: 'object' },
    ]) {
      expect(await signedIn.fromToken(bad)).toEqual({ ok: false, refused: 'invalid' });
    }
    expect(asked).toEqual([]);
  });

  it('tells when a valid token expires, and nothing for one that does not verify', () => {
    const exp = inAnHour();
    const { users: signedIn } = users();
    expect(signedIn.expiresAt(token({ ...claims, exp }))).toBe(exp * 1000);
    expect(signedIn.expiresAt(token({ ...claims, exp }, 'another-secret-that-is-long-enough-too'))).toBeNull();
    expect(signedIn.expiresAt(undefined)).toBeNull();
  });
});
