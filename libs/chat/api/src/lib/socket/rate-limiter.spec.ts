import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows a burst, then refuses until tokens refill', () => {
    let t = 0;
    const limiter = new RateLimiter(3, 1, () => t);
    expect([limiter.take(), limiter.take(), limiter.take()]).toEqual([0, 0, 0]);
    expect(limiter.take()).toBe(1000);
    t = 500;
    expect(limiter.take()).toBe(500);
    t = 1000;
    expect(limiter.take()).toBe(0);
  });

  it('never stores more than the burst', () => {
    let t = 0;
    const limiter = new RateLimiter(2, 10, () => t);
    t = 60_000;
    expect([limiter.take(), limiter.take()]).toEqual([0, 0]);
    expect(limiter.take()).toBeGreaterThan(0);
  });
});
