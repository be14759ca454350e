import type { AppointmentWithCase } from '@nabij/dossier/api';

const KIND: Record<AppointmentWithCase['kind'], string> = {
  face_to_face: 'gesprek op locatie',
  phone: 'telefoongesprek',
  video: 'videogesprek',
  chat: 'chatgesprek',
};

/** Europe/Amsterdam with the EU rules (last Sunday of March / October), so every calendar app agrees. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const local = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** 20260302T150000: the wall-clock time in Amsterdam, for DTSTART;TZID=Europe/Amsterdam. */
export function amsterdamIcsTime(at: Date): string {
  const p = Object.fromEntries(local.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p['year']}${p['month']}${p['day']}T${p['hour']}${p['minute']}${p['second']}`;
}

/** 20260302T140000Z */
const utc = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Escapes TEXT values (RFC 5545 §3.3.11). */
const text = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

/**
 * The appointment as an iCalendar file (RFC 5545, CRLF lines). Only the kind of conversation and
 * the worker's name: no case, no note, so a synced (work or family) calendar shows nothing more.
 * A cancelled appointment says STATUS:CANCELLED, so importing it again removes it in most apps.
 */
export function appointmentIcs(a: AppointmentWithCase, now: Date, publicUrl: string): string {
  const start = new Date(a.startsAt);
  const end = new Date(start.getTime() + a.durationMinutes * 60_000);
  const summary = `Afspraak in Nabij: ${KIND[a.kind]}${a.workerName ? ` met ${a.workerName}` : ''}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Nabij//Afspraken//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${a.appointmentId}@nabij`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART;TZID=Europe/Amsterdam:${amsterdamIcsTime(start)}`,
    `DTEND;TZID=Europe/Amsterdam:${amsterdamIcsTime(end)}`,
    `SUMMARY:${text(summary)}`,
    `DESCRIPTION:${text(`Kijk in Nabij voor je afspraak: ${publicUrl}/login`)}`,
    `STATUS:${a.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
