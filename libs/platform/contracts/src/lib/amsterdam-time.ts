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

/**
 * Names for the portal's own two locales, exactly as Intl writes them (a test compares every shape
 * with Intl every few hours over three years). The first Intl.DateTimeFormat a page builds loads ICU's
 * date data: 70–90 ms of main-thread time on a fast desktop, several hundred ms on a phone, which
 * was the longest task of the client home. Other locales still go through Intl.
 */
interface Names {
  months: readonly string[];
  shortMonths: readonly string[];
  /** Sunday first, as Date.getUTCDay counts. */
  weekdays: readonly string[];
}

const NAMES: Record<string, Names> = {
  'nl-NL': {
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  },
  'en-GB': {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
};

const HOUR_MS = 3_600_000;

/** 01:00 UTC on the last Sunday of `month` (0-based): when EU summer time starts (March) and ends (October). */
function lastSundayOneUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** The wall clock in Amsterdam (CET, CEST from the last Sunday of March to the last Sunday of October) as a UTC-read Date. */
function amsterdamWallClock(date: Date): Date {
  const t = date.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid time value');
  const year = date.getUTCFullYear();
  const summer = t >= lastSundayOneUtc(year, 2) && t < lastSundayOneUtc(year, 9);
  return new Date(t + (summer ? 2 : 1) * HOUR_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (w: Date) => `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "4 november 2026". A calendar date ("2026-11-04") stays that date in every zone. */
export function formatAmsterdamDate(value: string, locale: string): string {
  // Noon UTC is the same calendar day in Amsterdam, summer and winter.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  const names = NAMES[locale];
  if (!names) return formatter(locale, 'date', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  const w = amsterdamWallClock(date);
  return `${w.getUTCDate()} ${names.months[w.getUTCMonth()]} ${w.getUTCFullYear()}`;
}

/** "maandag 2 maart" (nl) / "Monday 2 March" (en). */
export function formatAmsterdamDay(value: string | Date, locale: string): string {
  const names = NAMES[locale];
  if (!names) return formatter(locale, 'day', { weekday: 'long', day: 'numeric', month: 'long' }).format(toDate(value));
  const w = amsterdamWallClock(toDate(value));
  return `${names.weekdays[w.getUTCDay()]} ${w.getUTCDate()} ${names.months[w.getUTCMonth()]}`;
}

/** "14:05", 24-hour in both languages (h23: midnight is 00:00, never 24:00). */
export function formatAmsterdamTime(value: string | Date, locale: string): string {
  if (!NAMES[locale]) return formatter(locale, 'time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value));
  return clock(amsterdamWallClock(toDate(value)));
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
  const names = NAMES[locale];
  if (!names) {
    const options = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
    return formatter(locale, 'short', options).format(toDate(value));
  }
  const w = amsterdamWallClock(toDate(value));
  return `${w.getUTCDate()} ${names.shortMonths[w.getUTCMonth()]}, ${clock(w)}`;
}

/** "2026-03-02": the calendar date in Amsterdam, to tell whether two moments fall on the same day. */
export function amsterdamCalendarDate(value: string | Date): string {
  const w = amsterdamWallClock(toDate(value));
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}`;
}
