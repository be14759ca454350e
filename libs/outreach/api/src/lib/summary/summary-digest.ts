import type { MailMessage } from '@nabij/platform/api';

/** Monday 23 november 2026, in Dutch. */
const longDay = (day: string): string =>
  new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );

/**
 * The weekly digest to a team lead: that the overview of a week is ready, and where. No figures,
 * no names, no school: the mail may be read on any phone, the overview only after logging in.
 */
export function weeklyDigestMail(to: string, weekStart: string, weekEnd: string, publicUrl: string): MailMessage {
  const link = `${publicUrl}/bellijsten/overzicht?week=${weekStart}`;
  return {
    to,
    subject: 'Het weekoverzicht van de bellijsten staat klaar',
    text: [
      'Hallo,',
      '',
      `Het weekoverzicht van de bellijsten van ${longDay(weekStart)} tot en met ${longDay(weekEnd)} staat klaar in Nabij.`,
      'Je ziet daar hoeveel gezinnen er zijn gebeld en gesproken, en wat ze nodig hebben.',
      '',
      `Log in om het te bekijken: ${link}`,
      '',
      'In deze e-mail staan bewust geen cijfers of namen.',
      '',
      'Met vriendelijke groet,',
      'Nabij',
    ].join('\n'),
  };
}
