import { DateTime } from 'luxon';
import { CHAT_TIME_ZONE, ChatSchedule, openingsOn, OpeningWindow } from './chat-hours';

export interface BusyPeriod {
  start: Date;
  end: Date;
}

/**
 * The bookable chat appointment slots: every `minutes`-long block of the chat openings (weekly
 * hours, exceptions and holidays applied, local time so DST days stay right) that starts after
 * `now`, before `now + days`, and does not overlap anything in `busy`.
 */
export function appointmentSlots(
  now: Date,
  schedule: ChatSchedule,
  busy: BusyPeriod[],
  options: { minutes: number; days: number },
): OpeningWindow[] {
  const step = options.minutes * 60_000;
  const until = now.getTime() + options.days * 24 * 3600_000;
  const today = DateTime.fromJSDate(now, { zone: CHAT_TIME_ZONE }).startOf('day');
  const slots: OpeningWindow[] = [];
  for (let i = 0; i <= options.days; i++) {
    for (const w of openingsOn(today.plus({ days: i }).toISODate()!, schedule)) {
      for (let t = w.start.getTime(); t + step <= w.end.getTime(); t += step) {
        if (t <= now.getTime() || t >= until) continue;
        const slot = { start: new Date(t), end: new Date(t + step) };
        if (busy.some((b) => b.start < slot.end && b.end > slot.start)) continue;
        slots.push(slot);
      }
    }
  }
  return slots;
}
