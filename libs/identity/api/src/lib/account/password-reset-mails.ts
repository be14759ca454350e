import { clientMail, staffMail, type ClientMailTexts, type MailMessage } from '@nabij/platform/api';
import type { Language } from '@nabij/platform/contracts';

// Plain B1, no personal details in a mail. The reset link for a client or parent is in the language
// their account reads, Dutch below (issue 17); staff get Dutch with English below, from the same texts.

/** The reset mail's texts in every language a client can read Nabij in. */
function passwordResetTexts(link: string): ClientMailTexts {
  return {
    nl: {
      subject: 'Nieuw wachtwoord voor Nabij',
      lines: [
        'Hallo,',
        '',
        'Je hebt gevraagd om een nieuw wachtwoord. Klik op de link en kies een nieuw wachtwoord:',
        link,
        '',
        'De link werkt 1 uur en maar 1 keer. Daarna ben je op alle apparaten uitgelogd.',
        'Heb je dit niet gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft hetzelfde.',
      ],
    },
    en: {
      subject: 'New password for Nabij',
      lines: [
        'Hello,',
        '',
        'You asked for a new password. Open the link and choose a new password:',
        link,
        '',
        'The link works once, for 1 hour. Afterwards you are logged out on every device.',
        'Did not ask for this? Then you do not need to do anything. Your password stays the same.',
      ],
    },
    ar: {
      subject: 'كلمة مرور جديدة لـ Nabij',
      lines: [
        'مرحبًا،',
        '',
        'لقد طلبت كلمة مرور جديدة. افتح الرابط واختر كلمة مرور جديدة:',
        link,
        '',
        'يعمل الرابط ساعة واحدة ومرة واحدة فقط. بعد ذلك يتم تسجيل خروجك من كل الأجهزة.',
        'لم تطلب ذلك؟ إذن لا تحتاج إلى فعل أي شيء. تبقى كلمة المرور كما هي.',
      ],
    },
    tr: {
      subject: 'Nabij için yeni şifre',
      lines: [
        'Merhaba,',
        '',
        'Yeni bir şifre istediniz. Bağlantıyı açın ve yeni bir şifre seçin:',
        link,
        '',
        'Bağlantı 1 saat ve yalnızca 1 kez çalışır. Sonra tüm cihazlarda oturumunuz kapanır.',
        'Bunu siz istemediniz mi? O zaman bir şey yapmanıza gerek yok. Şifreniz aynı kalır.',
      ],
    },
    pl: {
      subject: 'Nowe hasło do Nabij',
      lines: [
        'Dzień dobry,',
        '',
        'Poproszono o nowe hasło. Otwórz link i wybierz nowe hasło:',
        link,
        '',
        'Link działa przez 1 godzinę i tylko 1 raz. Potem zostaniesz wylogowany na wszystkich urządzeniach.',
        'To nie Ty? Nie musisz nic robić. Twoje hasło się nie zmieni.',
      ],
    },
  };
}

/** The reset link for a client or parent, in their language. */
export function clientPasswordResetMail(to: string, link: string, language: Language): MailMessage {
  return clientMail(to, language, passwordResetTexts(link));
}

/** The reset link for staff: Dutch, English below. */
export function passwordResetMail(to: string, link: string): MailMessage {
  return staffMail(to, passwordResetTexts(link));
}

/** For an address without an account: the same answer and the same work as for a known address. */
export function noAccountMail(to: string, link: string): MailMessage {
  return staffMail(to, {
    nl: {
      subject: 'Nieuw wachtwoord voor Nabij',
      lines: [
        'Hallo,',
        '',
        'Iemand vroeg om een nieuw wachtwoord voor dit e-mailadres. Maar er is bij Nabij geen account met dit e-mailadres.',
        'Gebruik je een ander e-mailadres? Vraag het dan opnieuw met dat adres:',
        link,
        '',
        'Heb je dit niet gevraagd? Dan hoef je niets te doen.',
      ],
    },
    en: {
      subject: 'New password for Nabij',
      lines: [
        'Someone asked for a new Nabij password for this address, but there is no Nabij account with it.',
        'Did not ask for this? Then you do not need to do anything.',
      ],
    },
  });
}

/** For a deactivated account: no link (the account cannot log in), but the same answer and work. */
export function deactivatedAccountMail(to: string): MailMessage {
  return staffMail(to, {
    nl: {
      subject: 'Nieuw wachtwoord voor Nabij',
      lines: [
        'Hallo,',
        '',
        'Iemand vroeg om een nieuw wachtwoord voor dit e-mailadres. Maar dit account is gestopt door de organisatie.',
        'Een nieuw wachtwoord helpt dan niet. Heb je het account weer nodig? Vraag het aan een beheerder van je organisatie.',
        '',
        'Heb je dit niet gevraagd? Dan hoef je niets te doen.',
      ],
    },
    en: {
      subject: 'New password for Nabij',
      lines: [
        'Someone asked for a new Nabij password for this address, but this account has been stopped by the organisation.',
        'A new password will not help. Need the account again? Ask an administrator of your organisation.',
        'Did not ask for this? Then you do not need to do anything.',
      ],
    },
  });
}
