import { amsterdamCalendarDate, formatAmsterdamDay, formatAmsterdamTime, type Language } from '@nabij/platform/contracts';

/** Every language a client reads (issue 17): the reminder uses the client's. */
export type ReminderLanguage = Language;

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
  ar: {
    today: (time: string) => `لديك موعد اليوم الساعة ${time}. انظر في Nabij.`,
    tomorrow: (time: string) => `لديك موعد غدًا الساعة ${time}. انظر في Nabij.`,
    on: (day: string, time: string) => `لديك موعد يوم ${day} الساعة ${time}. انظر في Nabij.`,
    subject: 'تذكير: لديك موعد',
    footer: (url: string) => `سجّل الدخول إلى Nabij لترى موعدك أو تلغيه أو تغيّر وقته: ${url}`,
  },
  tr: {
    today: (time: string) => `Randevunuz var: bugün saat ${time}. Nabij'e bakın.`,
    tomorrow: (time: string) => `Randevunuz var: yarın saat ${time}. Nabij'e bakın.`,
    on: (day: string, time: string) => `Randevunuz var: ${day}, saat ${time}. Nabij'e bakın.`,
    subject: 'Hatırlatma: bir randevunuz var',
    footer: (url: string) => `Randevunuzu görmek, iptal etmek veya değiştirmek için Nabij'e giriş yapın: ${url}`,
  },
  pl: {
    today: (time: string) => `Masz dziś spotkanie o godz. ${time}. Zajrzyj do Nabij.`,
    tomorrow: (time: string) => `Masz jutro spotkanie o godz. ${time}. Zajrzyj do Nabij.`,
    on: (day: string, time: string) => `Masz spotkanie: ${day}, godz. ${time}. Zajrzyj do Nabij.`,
    subject: 'Przypomnienie: masz spotkanie',
    footer: (url: string) => `Zaloguj się do Nabij, aby zobaczyć, odwołać lub przełożyć spotkanie: ${url}`,
  },
} as const;

/** Arabic with Western digits: times and dates read the same as on the portal's page and in the Dutch text. */
const LOCALE: Record<ReminderLanguage, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar-u-nu-latn', tr: 'tr-TR', pl: 'pl-PL' };

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

/** The reminder mail in every language, as lines (for the platform's clientMail). */
export function reminderMailTexts(
  startsAt: Date,
  sentAt: Date,
  publicUrl: string,
): Record<ReminderLanguage, { subject: string; lines: string[] }> {
  const one = (language: ReminderLanguage) => ({
    subject: TEXT[language].subject,
    lines: [reminderLine(startsAt, sentAt, language), '', TEXT[language].footer(`${publicUrl}/login`)],
  });
  return { nl: one('nl'), en: one('en'), ar: one('ar'), tr: one('tr'), pl: one('pl') };
}

/** The reminder SMS in every language: only the line. */
export function reminderSmsTexts(startsAt: Date, sentAt: Date): Record<ReminderLanguage, string> {
  return {
    nl: reminderLine(startsAt, sentAt, 'nl'),
    en: reminderLine(startsAt, sentAt, 'en'),
    ar: reminderLine(startsAt, sentAt, 'ar'),
    tr: reminderLine(startsAt, sentAt, 'tr'),
    pl: reminderLine(startsAt, sentAt, 'pl'),
  };
}
