import type Holidays from 'date-holidays';
import { DateTime } from 'luxon';

export const CHAT_TIME_ZONE = 'Europe/Amsterdam';

/** A weekly opening, in local time. weekday is ISO: 1 = Monday … 7 = Sunday. */
export interface WeeklySlot {
  weekday: number;
  /** 'HH:mm' or 'HH:mm:ss' */
  start: string;
  end: string;
}

/** Extra hours on one date, or cancelled hours (the whole day when start/end are absent). */
export interface HoursException {
  /** 'yyyy-MM-dd' in local time */
  date: string;
  kind: 'extra' | 'cancelled';
  start?: string | null;
  end?: string | null;
}

export interface ChatSchedule {
  slots: WeeklySlot[];
  exceptions: HoursException[];
  /** Closed on these local dates unless an 'extra' exception opens them anyway. */
  isHoliday: (date: string) => boolean;
}

export interface OpeningWindow {
  start: Date;
  end: Date;
}

export interface ChatHoursStatus {
  open: boolean;
  closesAt: Date | null;
  nextOpensAt: Date | null;
}

/** How far ahead we look for the next opening; a schedule with nothing in 5 weeks says "unknown". */
const LOOKAHEAD_DAYS = 35;

type Minutes = [number, number];

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Removes `cut` from each interval (minutes since local midnight). */
function subtract(intervals: Minutes[], cut: Minutes): Minutes[] {
  return intervals.flatMap(([s, e]): Minutes[] => {
    if (cut[1] <= s || cut[0] >= e) return [[s, e]];
    const rest: Minutes[] = [];
    if (cut[0] > s) rest.push([s, cut[0]]);
    if (cut[1] < e) rest.push([cut[1], e]);
    return rest;
  });
}

function merge(intervals: Minutes[]): Minutes[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Minutes[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The openings on one local date, as real instants (so a DST change day gets the right offset). */
export function openingsOn(date: string, schedule: ChatSchedule): OpeningWindow[] {
  const day = DateTime.fromISO(date, { zone: CHAT_TIME_ZONE });
  const todays = schedule.exceptions.filter((x) => x.date === date);
  let intervals: Minutes[] = schedule.isHoliday(date)
    ? []
    : schedule.slots.filter((s) => s.weekday === day.weekday).map((s) => [minutes(s.start), minutes(s.end)]);
  for (const x of todays.filter((x) => x.kind === 'cancelled')) {
    intervals = x.start && x.end ? subtract(intervals, [minutes(x.start), minutes(x.end)]) : [];
  }
  for (const x of todays.filter((x) => x.kind === 'extra' && x.start && x.end)) {
    intervals.push([minutes(x.start!), minutes(x.end!)]);
  }
  return merge(intervals).map(([s, e]) => ({
    start: day.set({ hour: Math.floor(s / 60), minute: s % 60 }).toJSDate(),
    end: day.set({ hour: Math.floor(e / 60), minute: e % 60 }).toJSDate(),
  }));
}

/** Whether chat is open at `now`, until when, or when it opens next. */
export function chatHoursStatus(now: Date, schedule: ChatSchedule): ChatHoursStatus {
  const today = DateTime.fromJSDate(now, { zone: CHAT_TIME_ZONE }).startOf('day');
  for (let i = 0; i <= LOOKAHEAD_DAYS; i++) {
    const date = today.plus({ days: i }).toISODate()!;
    for (const w of openingsOn(date, schedule)) {
      if (w.end <= now) continue;
      if (w.start <= now) return { open: true, closesAt: w.end, nextOpensAt: null };
      return { open: false, closesAt: null, nextOpensAt: w.start };
    }
  }
  return { open: false, closesAt: null, nextOpensAt: null };
}

const holidayCache = new Map<number, Set<string>>();

/** Dutch public holidays (Nieuwjaar, Pasen, Koningsdag, Hemelvaart, Pinksteren, Kerst …). */
export function isDutchPublicHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let days = holidayCache.get(year);
  if (!days) {
    // The holiday calendar (all countries) is loaded on the first question, not at start-up (~0.1 s).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Calendar = require('date-holidays') as typeof Holidays;
    days = new Set(
      new Calendar('NL')
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidayCache.set(year, days);
  }
  return days.has(date);
}

/** Local weekday and time of an instant, for matching the duty roster. */
export function localMoment(now: Date): { date: string; weekday: number; time: string } {
  const local = DateTime.fromJSDate(now, { zone: CHAT_TIME_ZONE });
  return { date: local.toISODate()!, weekday: local.weekday, time: local.toFormat('HH:mm:ss') };
}
