import { timeLeft } from './format';

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
