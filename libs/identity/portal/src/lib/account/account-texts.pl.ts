import type { TextMap } from '@nabij/platform/portal';

/** Polish texts of `accountTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const pl: TextMap = {
  'account.forgot.link': 'Nie pamiętasz hasła?',
  'account.forgot.title': 'Nie pamiętam hasła',
  'account.forgot.intro': 'Wpisz swój adres e-mail. Wyślemy ci e-mail z linkiem. Przez ten link wybierzesz nowe hasło.',
  'account.forgot.loginName': 'Logujesz się nazwą użytkownika, bez adresu e-mail? Poproś wtedy swojego pracownika socjalnego o nowy kod.',
  'account.forgot.email': 'Adres e-mail',
  'account.forgot.submit': 'Wyślij mi link',
  'account.forgot.sent':
    'Wysłaliśmy e-mail na adres {email}, jeśli jest do niego konto. Link działa przez 1 godzinę. Nie ma e-maila? Zajrzyj do folderu Spam.',
  'account.forgot.toLogin': 'Wróć do logowania',
  'account.reset.title': 'Wybierz nowe hasło',
  'account.reset.intro': 'Wybierz nowe hasło. Potem zostaniesz wylogowany na wszystkich urządzeniach i zalogujesz się od nowa.',
  'account.reset.password': 'Nowe hasło',
  'account.reset.hint': 'Wybierz coś, czego trudno się domyślić, na przykład trzy lub cztery słowa, które do siebie nie pasują.',
  'account.reset.submit': 'Zapisz hasło',
  'account.reset.done': 'Twoje nowe hasło jest zapisane. Zaloguj się teraz nowym hasłem.',
  'account.reset.invalid': 'Ten link już nie działa. Został już użyty albo jest starszy niż 1 godzina. Poproś o nowy link.',
  'account.reset.newLink': 'Poproś o nowy link',
  'account.password.tooWeak':
    'Tego hasła łatwo się domyślić. Wybierz dłuższe hasło, na przykład trzy lub cztery słowa, które do siebie nie pasują.',
  'account.link': 'Moje konto: hasło i urządzenia',
  'account.title': 'Moje konto',
  'account.change.title': 'Zmień hasło',
  'account.change.intro': 'Potem zostaniesz wylogowany na innych urządzeniach. Tutaj zostajesz zalogowany.',
  'account.change.current': 'Obecne hasło',
  'account.change.new': 'Nowe hasło',
  'account.change.submit': 'Zmień hasło',
  'account.change.done': 'Twoje hasło jest zmienione. Na innych urządzeniach jesteś teraz wylogowany.',
  'account.change.currentWrong': 'Obecne hasło się nie zgadza.',
  'account.sessions.title': 'Gdzie jesteś zalogowany?',
  'account.sessions.intro': 'Widzisz urządzenie, którego nie znasz? Wyloguj je i zmień hasło.',
  'account.sessions.device': '{browser} na {os}',
  'account.sessions.unknownBrowser': 'Nieznana przeglądarka',
  'account.sessions.unknownOs': 'nieznanym urządzeniu',
  'account.sessions.current': 'To urządzenie',
  'account.sessions.since': 'Zalogowano {date}',
  'account.sessions.lastUsed': 'Ostatnio używane {date}',
  'account.sessions.end': 'Wyloguj',
  'account.sessions.endLabel': 'Wyloguj {device}',
  'account.sessions.ended': 'To urządzenie jest wylogowane.',
};

export default pl;
