import { deadlineStep, dueAtFor, timeLeft } from './deadline';

describe('the 48-hour deadline', () => {
  const received = new Date('2026-03-06T16:30:00Z'); // a Friday afternoon: the weekend counts too

  it('is 48 clock hours after the message arrived', () => {
    expect(dueAtFor(received).toISOString()).toBe('2026-03-08T16:30:00.000Z');
  });

  it('reports seconds left, negative and overdue once passed', () => {
    const due = dueAtFor(received);
    expect(timeLeft(due, new Date('2026-03-08T11:30:00Z'))).toEqual({ secondsLeft: 5 * 3600, overdue: false });
    expect(timeLeft(due, new Date('2026-03-08T17:30:00Z'))).toEqual({ secondsLeft: -3600, overdue: true });
    expect(timeLeft(null, received)).toEqual({ secondsLeft: null, overdue: false });
  });

  it('warns from 6 hours before, once, and escalates at the deadline, once', () => {
    const dueAt = dueAtFor(received);
    const at = (iso: string) => new Date(iso);
    expect(deadlineStep({ dueAt, warnedAt: null, escalatedAt: null }, at('2026-03-08T10:29:59Z'))).toBe('none');
    expect(deadlineStep({ dueAt, warnedAt: null, escalatedAt: null }, at('2026-03-08T10:30:00Z'))).toBe('warn');
    expect(deadlineStep({ dueAt, warnedAt: at('2026-03-08T10:30:00Z'), escalatedAt: null }, at('2026-03-08T12:00:00Z'))).toBe('none');
    expect(deadlineStep({ dueAt, warnedAt: at('2026-03-08T10:30:00Z'), escalatedAt: null }, at('2026-03-08T16:30:00Z'))).toBe('escalate');
    expect(deadlineStep({ dueAt, warnedAt: null, escalatedAt: null }, at('2026-03-09T09:00:00Z'))).toBe('escalate');
    expect(deadlineStep({ dueAt, warnedAt: null, escalatedAt: at('2026-03-08T16:30:00Z') }, at('2026-03-09T09:00:00Z'))).toBe('none');
  });
});
