import type { TextMap } from '@nabij/platform/portal';

/** Polish texts of `erasureRuleTexts`: exactly the Dutch keys, in plain words (B1). */
const pl: TextMap = {
  'privacy.erasure.account.what':
    'Twoje imię i nazwisko, adres e-mail, data urodzenia i kod pocztowy zostaną usunięte, a także nasze kopie e-maili, które ci wysłaliśmy. Potem nie możesz się już zalogować. Zostaniesz wylogowany na wszystkich urządzeniach.',
  'privacy.erasure.account.why':
    'Zostaje puste konto bez nazwiska. Jest to potrzebne, bo rejestracja czasu i twoja ścieżka pomocy są z nim powiązane.',
  'privacy.erasure.dossier.what':
    'Twoja teczka: cele, sprawozdania i odpowiedzi, wizyty, prośby do pracownika socjalnego, dokumenty (także pliki) i twoje własne notatki.',
  'privacy.erasure.dossier.why': 'To może zniknąć: nikt już tego nie potrzebuje.',
  'privacy.erasure.messages.what': 'Wszystkie wiadomości między tobą a twoim pracownikiem socjalnym, razem z załącznikami.',
  'privacy.erasure.messages.why': 'To może zniknąć. Zapisujemy tylko, czy odpowiedź przyszła w ciągu 48 godzin, bez treści.',
  'privacy.erasure.chat.what':
    'To, co zostało powiedziane na czatach, oraz adres e-mail, kod pocztowy i data urodzenia, które podałeś na czacie.',
  'privacy.erasure.chat.why': 'To może zniknąć. Zostaje data i długość każdego czatu, bez treści.',
  'privacy.erasure.video.what':
    'Powiadomienia o rozmowach wideo i zaproszenia dla tłumacza lub kolegi w twoich rozmowach. Z rozmowy wideo nigdy nie zapisano obrazu ani dźwięku.',
  'privacy.erasure.video.why': 'To może zniknąć. Do rejestracji czasu zostaje tylko, kiedy była rozmowa i jak długo trwała.',
  'privacy.erasure.reminders.what':
    'Twój numer komórki, czy chciałeś przypomnienia SMS-em, i nasze kopie przypomnień SMS, które ci wysłaliśmy.',
  'privacy.erasure.reminders.why': 'To może zniknąć: służyło tylko do przypominania ci o wizytach.',
  'privacy.erasure.trainings.what': 'Twoje odpowiedzi w treningach: zadania domowe, dziennik, testy, twoje cele i uwagi twojego trenera.',
  'privacy.erasure.trainings.why': 'To może zniknąć. To, że brałeś udział i jak daleko doszedłeś, zostaje zapisane bez treści.',
  'privacy.erasure.self_tests.what': 'Wyniki testów, które sam zapisałeś, razem z twoimi odpowiedziami.',
  'privacy.erasure.self_tests.why': 'To może zniknąć: używasz ich tylko ty.',
  'privacy.erasure.guardians.what':
    'Powiązanie z twoimi rodzicami lub opiekunami w Nabij, co mogli zobaczyć, twoja zgoda i wiadomości między nimi a twoim pracownikiem socjalnym.',
  'privacy.erasure.guardians.why': 'To może zniknąć. Twój rodzic zachowuje własne konto, ale nie widzi już nic z twojej pomocy.',
  'privacy.erasure.my_library.what':
    'To, co jest w Mojej bibliotece: co twój pracownik socjalny ci udostępnił (z notatkami) i co sam zapisałeś.',
  'privacy.erasure.my_library.why': 'To może zniknąć: jest tylko dla ciebie.',
  'privacy.erasure.forum.what':
    'Twój pseudonim na forum i tekst wszystkich twoich wpisów. Rozmowa, którą zacząłeś, znika razem z odpowiedziami.',
  'privacy.erasure.forum.why': 'To może zniknąć: forum nie jest potrzebne do pomocy ani do rozliczeń.',
  'privacy.erasure.library_questions.what':
    'Anonimowe pytanie, które zadałeś przed rejestracją, razem z odpowiedzią. Od rejestracji należy do twojej teczki.',
  'privacy.erasure.library_questions.why': 'To może zniknąć. Do rejestracji czasu liczy się tylko to, że była odpowiedź.',
  'privacy.erasure.outreach.what': 'To, że byłeś na liście do dzwonienia, jak przebiegły rozmowy telefoniczne i co w nich odpowiedziałeś.',
  'privacy.erasure.outreach.why': 'To może zniknąć: tygodniowe podsumowanie rund telefonów pokazuje tylko liczby, bez nazwisk.',
  'privacy.erasure.cases.what':
    'Twoja ścieżka pomocy zostaje zapisana bez treści: kiedy się zaczęła i skończyła, która gmina płaciła i jaki to był rodzaj pomocy.',
  'privacy.erasure.cases.why': 'Gmina płaci za pomoc. Musimy móc pokazać, ile pomocy daliśmy (rozliczenie z instytucją finansującą).',
  'privacy.erasure.postcode_check.what':
    'Sprawdzenie kodu pocztowego, które zrobiłeś przy rejestracji. Potem nie jest już powiązane z tobą.',
  'privacy.erasure.postcode_check.why': 'Liczymy, ile osób z której gminy nas znajduje. Twoje nazwisko nie jest do tego potrzebne.',
  'privacy.erasure.time.what':
    'Rejestracja czasu: ile minut twój pracownik socjalny poświęcił na jaki rodzaj kontaktu. Nie ma w niej treści.',
  'privacy.erasure.time.why': 'Potrzebna do rozliczenia z gminą, która płaci za pomoc. Nie jest już powiązana z twoim nazwiskiem.',
  'privacy.erasure.access_log.what':
    'Dziennik dostępu: kto i kiedy oglądał lub zmieniał twoje dane. Adres IP i przeglądarka, których sam używałeś, zostaną usunięte.',
  'privacy.erasure.access_log.why':
    'Prawo (NEN 7513) wymaga przechowywania go przez 5 lat. Dzięki temu zawsze można sprawdzić, czy nikt nie oglądał twoich danych bez powodu.',
};

export default pl;
