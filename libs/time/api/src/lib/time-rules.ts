import { CORRECTION_WINDOW_DAYS, TimeEntry } from '@nabij/time/contracts';
import { DateTime } from 'luxon';
import type { TimeEntryEntity } from './time-entry.entities';

const DAY_MS = 86_400_000;
export const ZONE = 'Europe/Amsterdam';

/**
 * An entry can be corrected for 14 days after it was registered (prefills: after the contact was
 * prefilled). After that only a team lead's unlock opens it again, until unlocked_until.
 */
export function isLocked(entry: Pick<TimeEntryEntity, 'createdAt' | 'unlockedUntil'>, now: Date): boolean {
  if (entry.unlockedUntil && now < entry.unlockedUntil) return false;
  return now.getTime() >= entry.createdAt.getTime() + CORRECTION_WINDOW_DAYS * DAY_MS;
}

/** The calendar day in the Netherlands (a contact at 00:30 belongs to that Dutch day). */
export function dutchToday(now: Date): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
}

/** Monday..Sunday of the ISO week that holds `date`. */
export function weekOf(date: string): { start: string; end: string; days: string[] } {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  const monday = day.minus({ days: day.weekday - 1 });
  const days = Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toISODate()!);
  return { start: days[0], end: days[6], days };
}

export function toTimeEntry(e: TimeEntryEntity, now: Date): TimeEntry {
  return {
    id: e.id,
    caseId: e.caseId,
    contactType: e.contactType,
    minutes: e.minutes,
    occurredOn: e.occurredOn,
    source: e.source,
    sourceId: e.sourceId,
    status: e.status,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    locked: isLocked(e, now),
  };
}

/** "h:mm", as the reports write time. */
export function formatMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
