import { clientMail, type MailMessage } from '@nabij/platform/api';
import type { Language } from '@nabij/platform/contracts';

/**
 * Mails about a deletion request, in the language the client read Nabij in, Dutch below (issue 17).
 * They say what happened, never what the data was, and go to the address the client had before it
 * was erased.
 */
export function deletionDoneMail(to: string, language: Language = 'nl'): MailMessage {
  return clientMail(to, language, {
    nl: {
      subject: 'Je gegevens zijn verwijderd',
      lines: [
        'Hallo,',
        '',
        'Je vroeg ons om je gegevens te verwijderen. Dat hebben we nu gedaan.',
        'Je dossier, je berichten, je chats en je antwoorden in trainingen zijn weg.',
        'Je account heeft geen naam, e-mailadres, geboortedatum en postcode meer. Inloggen kan niet meer.',
        '',
        'Wat we wel bewaren, zonder je naam:',
        '- hoeveel tijd je hulpverlener aan de hulp besteedde, en wanneer de hulp begon en stopte.',
        '  De gemeente die de hulp betaalt, mag dat controleren.',
        '- wie je gegevens heeft bekeken. Dat moeten we 5 jaar bewaren (NEN 7513).',
        '',
        'Wil je later weer hulp? Dan kun je je opnieuw aanmelden.',
        'Dit is de laatste mail die je van ons krijgt over dit account.',
      ],
    },
    en: {
      subject: 'Your data has been deleted',
      lines: [
        'Hello,',
        '',
        'You asked us to delete your data. We have now done so.',
        'Your dossier, your messages, your chats and your answers in trainings are gone.',
        'Your account no longer has a name, e-mail address, birth date or postcode. You can no longer log in.',
        '',
        'What we do keep, without your name:',
        '- how much time your social worker spent, and when the help started and ended.',
        '  The municipality that pays for the help may check this.',
        '- who looked at your data. We must keep this for 5 years (NEN 7513).',
        '',
        'Need help again later? You can register again.',
        'This is the last e-mail you will get from us about this account.',
      ],
    },
    ar: {
      subject: 'تم حذف بياناتك',
      lines: [
        'مرحبًا،',
        '',
        'طلبت منا حذف بياناتك. لقد فعلنا ذلك الآن.',
        'ملفك ورسائلك ودردشاتك وإجاباتك في التدريبات حُذفت.',
        'لم يعد لحسابك اسم أو بريد إلكتروني أو تاريخ ميلاد أو رمز بريدي. لم يعد بإمكانك تسجيل الدخول.',
        '',
        'ما نحتفظ به، بدون اسمك:',
        '- كم من الوقت قضاه مرشدك في المساعدة، ومتى بدأت المساعدة وانتهت.',
        '  يحق للبلدية التي تدفع ثمن المساعدة التحقق من ذلك.',
        '- من اطّلع على بياناتك. يجب أن نحتفظ بذلك 5 سنوات (NEN 7513).',
        '',
        'هل تحتاج إلى مساعدة لاحقًا؟ يمكنك التسجيل من جديد.',
        'هذه آخر رسالة تصلك منا عن هذا الحساب.',
      ],
    },
    tr: {
      subject: 'Verileriniz silindi',
      lines: [
        'Merhaba,',
        '',
        'Verilerinizi silmemizi istediniz. Bunu şimdi yaptık.',
        'Dosyanız, mesajlarınız, sohbetleriniz ve eğitimlerdeki cevaplarınız silindi.',
        'Hesabınızda artık ad, e-posta adresi, doğum tarihi ve posta kodu yok. Artık giriş yapamazsınız.',
        '',
        'Adınız olmadan sakladıklarımız:',
        '- sosyal hizmet uzmanınızın yardıma ne kadar zaman harcadığı, yardımın ne zaman başlayıp bittiği.',
        '  Yardımın parasını ödeyen belediye bunu kontrol edebilir.',
        '- verilerinize kimin baktığı. Bunu 5 yıl saklamak zorundayız (NEN 7513).',
        '',
        'İleride yine yardım mı gerekiyor? O zaman tekrar kaydolabilirsiniz.',
        'Bu, bu hesapla ilgili bizden alacağınız son e-postadır.',
      ],
    },
    pl: {
      subject: 'Twoje dane zostały usunięte',
      lines: [
        'Dzień dobry,',
        '',
        'Poprosiłeś nas o usunięcie Twoich danych. Zrobiliśmy to.',
        'Twoja sprawa, wiadomości, czaty i odpowiedzi w treningach zostały usunięte.',
        'Twoje konto nie ma już imienia, adresu e-mail, daty urodzenia ani kodu pocztowego. Nie możesz się już zalogować.',
        '',
        'Co zachowujemy, bez Twojego imienia:',
        '- ile czasu pracownik socjalny poświęcił na pomoc oraz kiedy pomoc się zaczęła i skończyła.',
        '  Gmina, która płaci za pomoc, może to sprawdzić.',
        '- kto oglądał Twoje dane. Musimy to przechowywać przez 5 lat (NEN 7513).',
        '',
        'Potrzebujesz później znowu pomocy? Możesz zarejestrować się ponownie.',
        'To ostatni e-mail od nas w sprawie tego konta.',
      ],
    },
  });
}

export function deletionDeclinedMail(to: string, portalUrl: string, language: Language = 'nl'): MailMessage {
  return clientMail(to, language, {
    nl: {
      subject: 'Over je vraag om je gegevens te verwijderen',
      lines: [
        'Hallo,',
        '',
        'Je vroeg ons om je gegevens te verwijderen. Dat doen we nu nog niet.',
        `Waarom niet, lees je als je inlogt, op de pagina Mijn gegevens: ${portalUrl}`,
        'Heb je vragen? Stuur je hulpverlener een bericht.',
      ],
    },
    en: {
      subject: 'About your request to delete your data',
      lines: [
        'Hello,',
        '',
        'You asked us to delete your data. We are not doing that yet.',
        `You can read why when you log in, on the page My data: ${portalUrl}`,
        'Questions? Send your social worker a message.',
      ],
    },
    ar: {
      subject: 'بخصوص طلبك حذف بياناتك',
      lines: [
        'مرحبًا،',
        '',
        'طلبت منا حذف بياناتك. لن نفعل ذلك الآن.',
        `ستقرأ السبب عندما تسجّل الدخول، في صفحة بياناتي: ${portalUrl}`,
        'هل لديك أسئلة؟ أرسل رسالة إلى مرشدك.',
      ],
    },
    tr: {
      subject: 'Verilerinizi silme isteğiniz hakkında',
      lines: [
        'Merhaba,',
        '',
        'Verilerinizi silmemizi istediniz. Bunu şimdilik yapmıyoruz.',
        `Nedenini giriş yaptığınızda Verilerim sayfasında okuyabilirsiniz: ${portalUrl}`,
        'Sorunuz mu var? Sosyal hizmet uzmanınıza mesaj gönderin.',
      ],
    },
    pl: {
      subject: 'W sprawie Twojej prośby o usunięcie danych',
      lines: [
        'Dzień dobry,',
        '',
        'Poprosiłeś nas o usunięcie Twoich danych. Na razie tego nie robimy.',
        `Dlaczego, przeczytasz po zalogowaniu na stronie Moje dane: ${portalUrl}`,
        'Masz pytania? Wyślij wiadomość do swojego pracownika socjalnego.',
      ],
    },
  });
}
