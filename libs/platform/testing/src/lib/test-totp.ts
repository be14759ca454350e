import { generateSync } from 'otplib';
import type { FixedClock } from './fixed-clock';

/**
 * The authenticator secret (base32) that staff factories with a password get, confirmed: staff must
 * use two-factor authentication, so a spec that logs staff in types a code of this secret.
 */
export const TEST_TOTP_SECRET = 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD';

const PERIOD_SECONDS = 30;

/** The 30-second time step of the clock's time. */
export function totpStep(clock: FixedClock): number {
  return Math.floor(clock.now().getTime() / 1000 / PERIOD_SECONDS);
}

/** The code of `secret` at the clock's time, or `steps` steps later (the API accepts ±1). */
export function totpCode(clock: FixedClock, secret = TEST_TOTP_SECRET, steps = 0): string {
  return generateSync({ secret, epoch: (totpStep(clock) + steps) * PERIOD_SECONDS });
}
