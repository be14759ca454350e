import { DEMO_PASSWORD } from '@nabij/demo/api';
import { BadRequestException } from '@nestjs/common';
import { PasswordPolicyService } from './password-policy.service';

// The first check loads the dictionaries (Dutch, English, common passwords): about half a second.

describe('PasswordPolicyService', () => {
  const policy = new PasswordPolicyService();

  it.each(['password12', 'Welkom1234', 'qwertyuiop1', 'Wachtwoord1', 'Amsterdam2026'])('refuses the easily guessed %s', (password) => {
    expect(policy.isStrong(password)).toBe(false);
  });

  it.each(['Fietsen-in-de-regen-42', 'Zomer-2026-zon', 'correct horse battery staple'])('accepts the passphrase %s', (password) => {
    expect(policy.isStrong(password)).toBe(true);
  });

  it('accepts the seeded demo password, so the demo logins stay valid under the policy', () => {
    expect(policy.isStrong(DEMO_PASSWORD)).toBe(true);
  });

  it("refuses a password built from the person's own name or e-mail address", () => {
    const password = 'Elamrani2026';
    expect(policy.isStrong(password)).toBe(true);
    expect(policy.isStrong(password, ['f.elamrani@example.nl', 'Fatima Elamrani'])).toBe(false);
  });

  it('throws a 400 that names the password field and carries a code for the portal', () => {
    let error: unknown;
    try {
      policy.assertStrong('Welkom1234');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadRequestException);
    const body = (error as BadRequestException).getResponse() as { code: string; fields: Record<string, string[]> };
    expect(body.code).toBe('password_too_weak');
    expect(Object.keys(body.fields)).toEqual(['password']);
  });

  it('judges a very long password quickly (only the first 50 characters are scored)', () => {
    const started = process.hrtime.bigint();
    expect(policy.isStrong('Nabij-demo-2026!'.repeat(12))).toBe(true);
    // Generous bound for a busy machine; unbounded scoring took seconds.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(5_000);
  });
});
