import { ANSWER_WITHIN_HOURS, WARN_BEFORE_HOURS, answerDueAt } from '@nabij/messages/contracts';

const HOUR_MS = 3_600_000;
export const ANSWER_WITHIN_MS = ANSWER_WITHIN_HOURS * HOUR_MS;
export const WARN_BEFORE_MS = WARN_BEFORE_HOURS * HOUR_MS;

/** The promise runs in clock hours from receipt (not office hours): "binnen 48 uur". */
export function dueAtFor(receivedAt: Date): Date {
  return answerDueAt(receivedAt);
}

export function warnAtFor(dueAt: Date): Date {
  return new Date(dueAt.getTime() - WARN_BEFORE_MS);
}

export function timeLeft(dueAt: Date | null, now: Date): { secondsLeft: number | null; overdue: boolean } {
  if (!dueAt) return { secondsLeft: null, overdue: false };
  const secondsLeft = Math.floor((dueAt.getTime() - now.getTime()) / 1000);
  // Overdue from the deadline itself on, as the escalation is.
  return { secondsLeft, overdue: now.getTime() >= dueAt.getTime() };
}

/** What happens to a running clock at `now`: nothing yet, warn the worker, or escalate. */
export function deadlineStep(d: { dueAt: Date; warnedAt: Date | null; escalatedAt: Date | null }, now: Date): 'none' | 'warn' | 'escalate' {
  if (d.escalatedAt) return 'none';
  if (now >= d.dueAt) return 'escalate';
  if (!d.warnedAt && now >= warnAtFor(d.dueAt)) return 'warn';
  return 'none';
}
