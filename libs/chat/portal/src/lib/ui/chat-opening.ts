import type { ChatStatusResponse } from '@nabij/chat/contracts';
import { amsterdamCalendarDate, formatAmsterdamDay, formatAmsterdamTime, type I18n } from '@nabij/platform/portal';

/** "De chat opent vandaag om 15:00" (closed) or "Je kunt chatten tot 17:00" (open), in the client's words. */
export function chatOpeningText(i18n: I18n, status: ChatStatusResponse, now: Date = new Date()): string {
  const time = (iso: string) => formatAmsterdamTime(iso, i18n.locale());
  if (status.open) return status.closesAt ? i18n.t('chat.closesAt', { time: time(status.closesAt) }) : i18n.t('chat.open');
  if (!status.nextOpensAt) return i18n.t('chat.opensUnknown');
  const day = amsterdamCalendarDate;
  const opens = new Date(status.nextOpensAt);
  const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000);
  if (day(opens) === day(now)) return i18n.t('chat.opensToday', { time: time(status.nextOpensAt) });
  if (day(opens) === day(tomorrow)) return i18n.t('chat.opensTomorrow', { time: time(status.nextOpensAt) });
  const weekday = formatAmsterdamDay(opens, i18n.locale());
  return i18n.t('chat.opensOn', { day: weekday, time: time(status.nextOpensAt) });
}
