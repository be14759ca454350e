import { amsterdamCalendarDate, formatAmsterdamDay, formatAmsterdamTime } from '@nabij/platform/contracts';

export type ReminderLanguage = 'nl' | 'en';

const TEXT = {
  nl: {
    today: (time: string) => `Je hebt vandaag om ${time} een afspraak. Kijk in Nabij.`,
    tomorrow: (time: string) => `Je hebt morgen om ${time} een afspraak. Kijk in Nabij.`,
    on: (day: string, time: string) => `Je hebt ${day} om ${time} een afspraak. Kijk in Nabij.`,
    subject: 'Herinnering: je hebt een afspraak',
    footer: (url: string) => `Log in op Nabij om je afspraak te zien, af te zeggen of te verzetten: ${url}`,
  },
  en: {
    today: (time: string) => `You have an appointment today at ${time}. Look in Nabij.`,
    tomorrow: (time: string) => `You have an appointment tomorrow at ${time}. Look in Nabij.`,
    on: (day: string, time: string) => `You have an appointment on ${day} at ${time}. Look in Nabij.`,
    subject: 'Reminder: you have an appointment',
    footer: (url: string) => `Log in to Nabij to see, cancel or move your appointment: ${url}`,
  },
} as const;

const LOCALE: Record<ReminderLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * The reminder's one line, content-free: only the day and the time (Europe/Amsterdam), never who,
 * where or why — a shared phone's lock screen may show it. "today"/"tomorrow" are counted in
 * Amsterdam days from the moment it is sent.
 */
export function reminderLine(startsAt: Date, sentAt: Date, language: ReminderLanguage = 'nl'): string {
  const t = TEXT[language];
  const time = formatAmsterdamTime(startsAt, LOCALE[language]);
  const day = amsterdamCalendarDate(startsAt);
  if (day === amsterdamCalendarDate(sentAt)) return t.today(time);
  if (day === amsterdamCalendarDate(new Date(sentAt.getTime() + 24 * 3600_000))) return t.tomorrow(time);
  return t.on(formatAmsterdamDay(startsAt, LOCALE[language]), time);
}

/** The reminder mail: the line, and where to look. */
export function reminderMail(startsAt: Date, sentAt: Date, publicUrl: string, language: ReminderLanguage = 'nl') {
  return {
    subject: TEXT[language].subject,
    text: `${reminderLine(startsAt, sentAt, language)}\n\n${TEXT[language].footer(`${publicUrl}/login`)}\n`,
  };
}
