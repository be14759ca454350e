import type { TextMap } from '@nabij/platform/portal';

/** Polish texts of `activationTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const pl: TextMap = {
  'activate.title': 'Aktywuj konto',
  'activate.intro':
    'Czy twój pracownik socjalny dał ci list z nazwą użytkownika i kodem? Wpisz je tutaj i wybierz hasło. Adres e-mail nie jest potrzebny.',
  'activate.loginName': 'Nazwa użytkownika',
  'activate.loginNameHint': 'Jest w liście, na przykład leiden-k7m4q.',
  'activate.code': 'Kod',
  'activate.codeHint': '12 znaków z listu. Myślniki i spacje mogą być, wielkie litery nie są potrzebne.',
  'activate.password': 'Wybierz hasło',
  'activate.passwordHint':
    'Co najmniej {min} znaków. Użyj liter i co najmniej 1 cyfry lub znaku, na przykład ! albo ?. Rada: wybierz 3 lub 4 słowa, które do siebie nie pasują.',
  'activate.submit': 'Aktywuj konto',
  'activate.done': 'Twoje konto jest gotowe. Zaloguj się teraz nazwą użytkownika {loginName} i nowym hasłem.',
  'activate.toLogin': 'Przejdź do logowania',
  'activate.error.loginName': 'Wpisz nazwę użytkownika z listu, na przykład leiden-k7m4q.',
  'activate.error.code': 'Wpisz kod z listu.',
  'activate.error.password': 'Wybierz hasło z co najmniej {min} znaków, z literami i co najmniej 1 cyfrą lub znakiem.',
  'activate.error.invalid':
    'Ta nazwa użytkownika i kod nie działają. Sprawdź dokładnie list. Czy kod był już użyty albo jest za stary? Poproś swojego pracownika socjalnego o nowy kod.',
  'activate.error.throttled': 'Za dużo prób. Spróbuj jeszcze raz za {seconds} s.',
  'addEmail.title': 'Dodaj adres e-mail',
  'addEmail.intro':
    'Logujesz się nazwą użytkownika {loginName}. Masz teraz adres e-mail? Dodaj go. Wtedy sam poprosisz o nowe hasło, jeśli je zapomnisz. Nazwa użytkownika dalej działa.',
  'addEmail.email': 'Twój adres e-mail',
  'addEmail.submit': 'Dodaj adres e-mail',
  'addEmail.sent': 'Wysłaliśmy e-mail na adres {email}. Kliknij link w tym e-mailu. Dopiero wtedy adres należy do twojego konta.',
  'addEmail.error.taken': 'Jest już konto z tym adresem e-mail. Wybierz inny adres.',
};

export default pl;
