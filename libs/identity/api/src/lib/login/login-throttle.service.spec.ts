import { accountWaitMs, pairWaitMs, PAIR_WINDOW_MS } from './login-throttle.service';

const NOW = new Date('2026-03-02T09:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe('login throttle waits', () => {
  it('lets one address try until its 5th wrong password, then waits until the oldest is 15 minutes old', () => {
    expect(pairWaitMs(4, ago(60_000), NOW)).toBe(0);
    expect(pairWaitMs(5, ago(60_000), NOW)).toBe(PAIR_WINDOW_MS - 60_000);
  });

  it('costs nothing account-wide for the first 10 wrong passwords, then doubles the wait from 1 s up to 60 s', () => {
    expect(accountWaitMs(9, NOW, NOW)).toBe(0);
    expect([10, 11, 12, 13, 15, 16, 30].map((n) => accountWaitMs(n, NOW, NOW))).toEqual([
      1_000, 2_000, 4_000, 8_000, 32_000, 60_000, 60_000,
    ]);
  });

  it('counts the account-wide wait from the latest wrong password', () => {
    expect(accountWaitMs(12, ago(3_000), NOW)).toBe(1_000);
    expect(accountWaitMs(12, ago(5_000), NOW)).toBeLessThanOrEqual(0);
  });
});
