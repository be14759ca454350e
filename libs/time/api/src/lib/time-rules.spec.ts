import { dutchToday, isLocked, weekOf } from './time-rules';

describe('time registration rules', () => {
  const createdAt = new Date('2026-03-02T09:00:00Z');

  it('keeps an entry open for 14 days after it was registered, then locks it', () => {
    expect(isLocked({ createdAt, unlockedUntil: null }, new Date('2026-03-16T08:59:59Z'))).toBe(false);
    expect(isLocked({ createdAt, unlockedUntil: null }, new Date('2026-03-16T09:00:00Z'))).toBe(true);
  });

  it('opens a locked entry while an unlock lasts', () => {
    const unlockedUntil = new Date('2026-04-01T00:00:00Z');
    expect(isLocked({ createdAt, unlockedUntil }, new Date('2026-03-31T23:00:00Z'))).toBe(false);
    expect(isLocked({ createdAt, unlockedUntil }, new Date('2026-04-01T00:00:00Z'))).toBe(true);
  });

  it('takes the Dutch calendar day, not the UTC one', () => {
    expect(dutchToday(new Date('2026-03-02T23:30:00Z'))).toBe('2026-03-03');
    expect(dutchToday(new Date('2026-07-02T21:59:00Z'))).toBe('2026-07-02');
  });

  it('finds Monday to Sunday of a week', () => {
    expect(weekOf('2026-03-04')).toMatchObject({ start: '2026-03-02', end: '2026-03-08' });
    expect(weekOf('2026-03-08').start).toBe('2026-03-02');
    expect(weekOf('2026-03-02').days).toHaveLength(7);
  });
});
