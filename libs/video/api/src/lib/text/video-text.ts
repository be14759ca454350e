import type { VideoGuestKind, VideoRole } from '@nabij/video/contracts';

/** The people of a call by role, as their lines are signed in the saved text. */
export type CallNames = Record<VideoRole, string>;

const GUEST_KIND_NL: Record<VideoGuestKind, string> = { interpreter: 'tolk', colleague: 'collega' };

/** The guest as the saved text names them: first name and what they are, e.g. "Amira (tolk)". */
export function guestLabel(guest: { first_name: string; kind: VideoGuestKind } | undefined): string {
  return guest ? `${guest.first_name} (${GUEST_KIND_NL[guest.kind]})` : 'Gast';
}

const time = (at: Date) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(at);
const day = (at: Date) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long' }).format(at);

/**
 * The text panel of a call as the dossier keeps it (Dutch, for the client to read): a heading with
 * the call's day and time, then one line per message, "14:03 Sanne de Vries: …", in time order.
 */
export function callTextForDossier(startsAt: Date, lines: Array<{ from: VideoRole; body: string; at: string }>, names: CallNames): string {
  const sorted = [...lines].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  return [
    `Tekst uit het videogesprek van ${day(startsAt)} ${time(startsAt)}`,
    '',
    ...sorted.map((l) => `${time(new Date(l.at))} ${names[l.from]}: ${l.body.trim()}`),
  ].join('\n');
}
