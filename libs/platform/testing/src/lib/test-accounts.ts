import type { Role } from '@nabij/platform/contracts';
import { randomBytes } from 'node:crypto';

/** An account a factory made for one test, with a token to call the API as that account. */
export interface TestAccount {
  id: string;
  role: Role;
  organisationId: string | null;
  email: string;
  name: string | null;
  token: string;
}

/**
 * An e-mail address no other test (or a rerun of this one) uses, so each test can make its own
 * accounts in a shared database without unique-key clashes or counting someone else's rows.
 */
export function uniqueEmail(label = 'account'): string {
  return `${label}-${randomBytes(6).toString('hex')}@test.nabij.nl`;
}

/** The Authorization header for a token or a factory-made account. */
export function bearer(who: string | { token: string }): { Authorization: string } {
  return { Authorization: `Bearer ${typeof who === 'string' ? who : who.token}` };
}
