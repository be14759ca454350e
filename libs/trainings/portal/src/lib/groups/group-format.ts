import type { GroupSessionView } from '@nabij/trainings/contracts';

/** A session's start as people in the Netherlands read it: "dinsdag 12 januari, 19:00". */
export function sessionDate(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, {
    timeZone: 'Europe/Amsterdam',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Where a session is: the room and address, or null for an online one (then the link is the place). */
export function sessionPlace(s: GroupSessionView): string | null {
  return s.place === 'room' ? `${s.room}, ${s.address}` : null;
}
