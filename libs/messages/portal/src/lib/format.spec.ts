import { formatDeadline, timeLeft } from './format';

describe('formatDeadline', () => {
  it('says the weekday, date and time in Amsterdam time, in Dutch', () => {
    // 13:00 UTC in winter is 14:00 in Amsterdam.
    expect(formatDeadline('2026-11-26T13:00:00.000Z', 'nl-NL')).toBe('donderdag 26 november 14:00');
    expect(formatDeadline('2026-11-26T13:00:00.000Z', 'en-GB')).toBe('Thursday 26 November 14:00');
  });

  it('follows summer time', () => {
    expect(formatDeadline('2026-07-02T07:30:00.000Z', 'nl-NL')).toBe('donderdag 2 juli 09:30');
  });
});

describe('timeLeft', () => {
  const now = new Date('2026-11-25T12:00:00.000Z');

  it('shows hours left, and "soon" within 6 hours', () => {
    expect(timeLeft('2026-11-25T17:10:00.000Z', now)).toEqual({ key: 'messages.left.hours', value: 5, overdue: false, soon: true });
    expect(timeLeft('2026-11-27T12:00:00.000Z', now)).toEqual({ key: 'messages.left.hours', value: 48, overdue: false, soon: false });
  });

  it('shows minutes in the last two hours and marks a passed deadline overdue', () => {
    expect(timeLeft('2026-11-25T12:40:00.000Z', now)?.key).toBe('messages.left.minutes');
    expect(timeLeft('2026-11-25T09:00:00.000Z', now)).toEqual({ key: 'messages.late.hours', value: 3, overdue: true, soon: false });
  });

  it('has nothing to say when nothing waits', () => {
    expect(timeLeft(null, now)).toBeNull();
  });
});
