import type { TextMap } from '@nabij/platform/portal';

/** Polish texts of `remindersTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const pl: TextMap = {
  'reminders.contact.title': 'Przypomnienia o twoich spotkaniach',
  'reminders.contact.intro':
    'Dzień i dwie godziny przed spotkaniem dostajesz przypomnienie e-mailem. Chcesz też SMS? Wpisz swój numer komórki. W SMS-ie jest tylko dzień i godzina, a nie z kim ani o czym.',
  'reminders.contact.mobile': 'Twój numer komórki',
  'reminders.contact.mobileHint': 'Na przykład: 06 12345678. Zostaw puste, jeśli nie chcesz SMS-ów.',
  'reminders.contact.optIn': 'Wysyłaj mi też przypomnienie SMS-em',
  'reminders.contact.save': 'Zapisz',
  'reminders.contact.saved': 'Zapisano.',
  'reminders.contact.mobileInvalid': 'To nie jest numer komórki. Holenderski numer komórki zaczyna się od 06, na przykład 06 12345678.',
  'reminders.contact.needsMobile': 'Najpierw wpisz swój numer komórki. Wtedy możemy wysłać ci SMS.',
  'reminders.contact.back': 'Wróć do mojej teczki',
  'reminders.org.title': 'Przypomnienia i spotkania, na które ktoś nie przyszedł',
  'reminders.org.intro':
    'Klienci dostają przypomnienie dzień i dwie godziny przed spotkaniem, e-mailem i, jeśli chcą, SMS-em. Poniżej widzisz dla każdego miesiąca, ile spotkań się nie odbyło, bo klient nie przyszedł, przed włączeniem i po włączeniu.',
  'reminders.org.on': 'Przypomnienia są włączone od {date}.',
  'reminders.org.off': 'Przypomnienia są wyłączone.',
  'reminders.org.since': 'Włączone od',
  'reminders.org.sinceHint': 'Dzień, w którym zaczęły się przypomnienia. W raporcie ten miesiąc liczy się jako „po”.',
  'reminders.org.switchOn': 'Włącz',
  'reminders.org.switchOff': 'Wyłącz',
  'reminders.org.saved': 'Zapisano. Zaplanowane spotkania dostają teraz właściwe przypomnienia.',
  'reminders.org.dateInvalid': 'Wybierz datę.',
  'reminders.report.title': 'Nieobecności według miesiąca',
  'reminders.report.caption': 'Spotkania oznaczone jako odbyte albo jako nieobecność, według miesiąca',
  'reminders.report.month': 'Miesiąc',
  'reminders.report.attended': 'Odbyte',
  'reminders.report.noShow': 'Nieobecność',
  'reminders.report.rate': 'Nieobecność (%)',
  'reminders.report.phase': 'Przypomnienia',
  'reminders.report.phaseOn': 'włączone',
  'reminders.report.phaseOff': 'wyłączone',
  'reminders.report.before': 'Przed włączeniem: {rate} nieobecności ({noShow} z {total}).',
  'reminders.report.after': 'Po włączeniu: {rate} nieobecności ({noShow} z {total}).',
  'reminders.report.noData': 'brak danych',
  'reminders.error.load': 'Nie udało się załadować. Spróbuj później jeszcze raz.',
};
export default pl;
