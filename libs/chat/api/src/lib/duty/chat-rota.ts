import type { ChatRotaSlot } from '@nabij/chat/contracts';
import { DateTime } from 'luxon';
import { CHAT_TIME_ZONE, ChatSchedule, openingsOn } from '../hours/chat-hours';
import type { DutyLineRow } from './duty-roster.repository';

/**
 * The openings of one local date with the roster lines that overlap each: weekly lines on that
 * weekday and lines for that date. `editable` says per line whether the caller may remove it.
 * Times are `HH:mm`, so string comparison is time comparison.
 */
export function rotaSlotsOn(
  date: string,
  schedule: ChatSchedule,
  lines: DutyLineRow[],
  editable: (line: DutyLineRow) => boolean,
): ChatRotaSlot[] {
  const weekday = DateTime.fromISO(date, { zone: CHAT_TIME_ZONE }).weekday;
  const local = (d: Date) => DateTime.fromJSDate(d, { zone: CHAT_TIME_ZONE }).toFormat('HH:mm');
  return openingsOn(date, schedule).map((w) => {
    const start = local(w.start);
    const end = local(w.end);
    const duty = lines
      .filter((l) => (l.weekday === weekday || l.on_date === date) && l.starts_at < end && l.ends_at > start)
      .map((l) => ({
        id: l.id,
        workerId: l.worker_id,
        name: l.worker_name,
        weekly: l.weekday !== null,
        start: l.starts_at,
        end: l.ends_at,
        editable: editable(l),
      }));
    return { start, end, duty };
  });
}
