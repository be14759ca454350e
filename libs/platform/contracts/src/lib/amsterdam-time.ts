/**
 * Dates and times as people in the Netherlands read them: always in Amsterdam time, whatever zone
 * the device is set to, so a deadline or an appointment reads the same on every phone. The one
 * place the portal (through `@nabij/platform/portal`) and the API's mails format a moment for display.
 */
export const AMSTERDAM_TIME_ZONE = 'Europe/Amsterdam';

// One formatter per locale and shape: Intl.DateTimeFormat is costly to build and lists format often.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, shape: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${shape}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { timeZone: AMSTERDAM_TIME_ZONE, ...options });
    formatters.set(key, found);
  }
  return found;
}

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "4 november 2026". A calendar date ("2026-11-04") stays that date in every zone. */
export function formatAmsterdamDate(value: string, locale: string): string {
  // Noon UTC is the same calendar day in Amsterdam, summer and winter.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return formatter(locale, 'date', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "maandag 2 maart" (nl) / "Monday 2 March" (en). */
export function formatAmsterdamDay(value: string | Date, locale: string): string {
  return formatter(locale, 'day', { weekday: 'long', day: 'numeric', month: 'long' }).format(toDate(value));
}

/** "14:05", 24-hour in both languages (h23: midnight is 00:00, never 24:00). */
export function formatAmsterdamTime(value: string | Date, locale: string): string {
  return formatter(locale, 'time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value));
}

/**
 * "donderdag 26 november 14:00" (nl) / "Thursday 26 November 14:00" (en): deadlines and
 * appointments. Built from parts because Intl puts "om"/"at" between day and time.
 */
export function formatAmsterdamDayTime(value: string | Date, locale: string): string {
  return `${formatAmsterdamDay(value, locale)} ${formatAmsterdamTime(value, locale)}`;
}

/** "26 nov, 09:15": compact, for lists. */
export function formatAmsterdamShortDateTime(value: string | Date, locale: string): string {
  return formatter(locale, 'short', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    toDate(value),
  );
}

/** "2026-03-02": the calendar date in Amsterdam, to tell whether two moments fall on the same day. */
export function amsterdamCalendarDate(value: string | Date): string {
  return formatter('en-CA', 'calendar', {}).format(toDate(value));
}
