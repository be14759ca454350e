import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { LOGIN_THROTTLED } from '@nabij/identity/contracts';
import { Clock } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { LoginFailuresRepository } from './login-failures.repository';

/**
 * Login throttling, after OWASP's authentication cheat sheet: limit guesses per (account, client
 * address), and slow the account down as a whole (never lock it) when guesses come from many
 * addresses. The numbers:
 *
 * - Per (account, address): at most PAIR_MAX_FAILURES wrong passwords per PAIR_WINDOW_MS. The next
 *   attempt from that address waits until the oldest of them is 15 minutes old (429 + Retry-After).
 *   One address can therefore never push the account into the backstop below on its own, so an
 *   attacker on one address cannot bother the owner.
 * - Per account, all addresses together: ACCOUNT_FREE_FAILURES wrong passwords per
 *   ACCOUNT_WINDOW_MS cost nothing; after that every attempt must wait 2^(n - 10) seconds (n = wrong
 *   passwords in the window) after the latest one, at most ACCOUNT_MAX_DELAY_MS. A distributed attack
 *   gets about one guess a minute; the owner waits at most a minute, is never locked out.
 * - A right password clears the failures of that (account, address).
 *
 * An attempt is counted BEFORE its password is checked, under a per-account advisory lock, so parallel
 * requests cannot all slip through: at most PAIR_MAX_FAILURES passwords are ever checked per window.
 * Unknown e-mail addresses are throttled exactly like known ones, so the answers do not tell them apart.
 */
export const PAIR_MAX_FAILURES = 5;
export const PAIR_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_FREE_FAILURES = 10;
export const ACCOUNT_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_MAX_DELAY_MS = 60_000;

export class LoginThrottledException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      { message: `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, code: LOGIN_THROTTLED, retryAfterSeconds },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** The counted attempt; report how it ended with `succeeded` (a failure needs nothing more). */
export interface LoginAttempt {
  email: string;
  address: string;
}

@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly failures: LoginFailuresRepository,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt as a failure up front, or refuses it with LoginThrottledException. */
  async begin(email: string, address: string | null): Promise<LoginAttempt> {
    const attempt = { email: email.toLowerCase(), address: address ?? 'unknown' };
    const now = this.clock.now();
    await this.dataSource.transaction(async (db) => {
      await this.failures.lockEmail(attempt.email, db);
      // Failures older than both windows never count again.
      await this.failures.deleteUpTo(attempt.email, new Date(now.getTime() - Math.max(PAIR_WINDOW_MS, ACCOUNT_WINDOW_MS)), db);
      const row = await this.failures.counts(
        attempt.email,
        attempt.address,
        new Date(now.getTime() - PAIR_WINDOW_MS),
        new Date(now.getTime() - ACCOUNT_WINDOW_MS),
        db,
      );
      const waitMs = Math.max(pairWaitMs(row.pair, row.pair_oldest, now), accountWaitMs(row.account, row.account_latest, now));
      if (waitMs > 0) throw new LoginThrottledException(Math.max(1, Math.ceil(waitMs / 1000)));
      await this.failures.insert(attempt.email, attempt.address, now, db);
    });
    return attempt;
  }

  /** The password was right: this address starts with a clean slate for this account. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.failures.deletePair(attempt.email, attempt.address);
  }
}

export function pairWaitMs(failures: number, oldest: Date | null, now: Date): number {
  if (failures < PAIR_MAX_FAILURES || !oldest) return 0;
  return new Date(oldest).getTime() + PAIR_WINDOW_MS - now.getTime();
}

export function accountWaitMs(failures: number, latest: Date | null, now: Date): number {
  if (failures < ACCOUNT_FREE_FAILURES || !latest) return 0;
  const delay = Math.min(2 ** (failures - ACCOUNT_FREE_FAILURES) * 1000, ACCOUNT_MAX_DELAY_MS);
  return new Date(latest).getTime() + delay - now.getTime();
}
