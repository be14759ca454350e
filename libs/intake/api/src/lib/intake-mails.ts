import { clientMail, type MailMessage } from '@nabij/platform/api';
import type { Language } from '@nabij/platform/contracts';

// Plain B1. Never any personal or case details in a mail. Registration mails are in the language of
// the portal that sent the registration (or of the account), Dutch below (issue 17); the admission
// mail is in the language the worker noted for the client (Dutch when none), Dutch below.

export function verificationMail(to: string, link: string, language: Language = 'nl'): MailMessage {
  return clientMail(to, language, {
    nl: {
      subject: 'Bevestig je e-mailadres voor Nabij',
      lines: [
        'Hallo,',
        '',
        'Je hebt je aangemeld bij Nabij. Klik op de link om je e-mailadres te bevestigen:',
        link,
        '',
        'De link werkt 7 dagen. Heb je je niet aangemeld? Dan hoef je niets te doen.',
      ],
    },
    en: {
      subject: 'Confirm your e-mail address for Nabij',
      lines: [
        'Hello,',
        '',
        'You signed up for Nabij. Open the link to confirm your e-mail address:',
        link,
        '',
        'The link works for 7 days. Did not sign up? Then you do not need to do anything.',
      ],
    },
    ar: {
      subject: 'أكّد بريدك الإلكتروني لـ Nabij',
      lines: [
        'مرحبًا،',
        '',
        'لقد سجّلت في Nabij. افتح الرابط لتأكيد بريدك الإلكتروني:',
        link,
        '',
        'يعمل الرابط 7 أيام. إذا لم تسجّل أنت، فلا تحتاج إلى فعل أي شيء.',
      ],
    },
    tr: {
      subject: 'Nabij için e-posta adresinizi onaylayın',
      lines: [
        'Merhaba,',
        '',
        "Nabij'e kaydoldunuz. E-posta adresinizi onaylamak için bağlantıyı açın:",
        link,
        '',
        'Bağlantı 7 gün çalışır. Kaydolan siz değil misiniz? O zaman bir şey yapmanıza gerek yok.',
      ],
    },
    pl: {
      subject: 'Potwierdź swój adres e-mail w Nabij',
      lines: [
        'Dzień dobry,',
        '',
        'Dziękujemy za rejestrację w Nabij. Otwórz link, aby potwierdzić swój adres e-mail:',
        link,
        '',
        'Link działa przez 7 dni. To nie Ty? Nie musisz nic robić.',
      ],
    },
  });
}

/** The worker made the account: choose a password. In the language the worker noted for the client, Dutch below. */
export function admissionMail(to: string, link: string, language: Language = 'nl'): MailMessage {
  return clientMail(to, language, {
    nl: {
      subject: 'Je account bij Nabij',
      lines: [
        'Hallo,',
        '',
        'Je hulpverlener heeft een account voor je gemaakt bij Nabij.',
        'Klik op de link en kies een wachtwoord:',
        link,
        '',
        'De link werkt 7 dagen.',
      ],
    },
    en: {
      subject: 'Your Nabij account',
      lines: [
        'Hello,',
        '',
        'Your social worker made a Nabij account for you.',
        'Open the link and choose a password:',
        link,
        '',
        'The link works for 7 days.',
      ],
    },
    ar: {
      subject: 'حسابك في Nabij',
      lines: ['مرحبًا،', '', 'أنشأ لك أخصائيك الاجتماعي حسابًا في Nabij.', 'افتح الرابط واختر كلمة مرور:', link, '', 'يعمل الرابط 7 أيام.'],
    },
    tr: {
      subject: "Nabij'deki hesabınız",
      lines: [
        'Merhaba,',
        '',
        "Danışmanınız (hulpverlener) sizin için Nabij'de bir hesap açtı.",
        'Bağlantıyı açın ve bir şifre seçin:',
        link,
        '',
        'Bağlantı 7 gün çalışır.',
      ],
    },
    pl: {
      subject: 'Twoje konto w Nabij',
      lines: [
        'Dzień dobry,',
        '',
        'Twój pracownik socjalny założył dla ciebie konto w Nabij.',
        'Otwórz link i wybierz hasło:',
        link,
        '',
        'Link działa przez 7 dni.',
      ],
    },
  });
}

export function alreadyRegisteredMail(to: string, loginLink: string, language: Language = 'nl'): MailMessage {
  return clientMail(to, language, {
    nl: {
      subject: 'Je hebt al een account bij Nabij',
      lines: [
        'Hallo,',
        '',
        'Iemand wilde zich aanmelden bij Nabij met dit e-mailadres. Je hebt al een account.',
        `Log in via ${loginLink}`,
        '',
        'Was jij dit niet? Dan hoef je niets te doen.',
      ],
    },
    en: {
      subject: 'You already have a Nabij account',
      lines: [
        'Hello,',
        '',
        'Someone tried to sign up for Nabij with this e-mail address. You already have an account.',
        `Log in at ${loginLink}`,
        '',
        'Was this not you? Then you do not need to do anything.',
      ],
    },
    ar: {
      subject: 'لديك حساب في Nabij بالفعل',
      lines: [
        'مرحبًا،',
        '',
        'حاول شخص ما التسجيل في Nabij بعنوان البريد الإلكتروني هذا. لديك حساب بالفعل.',
        `سجّل الدخول هنا: ${loginLink}`,
        '',
        'إذا لم تكن أنت، فلا تحتاج إلى فعل أي شيء.',
      ],
    },
    tr: {
      subject: "Nabij'de zaten bir hesabınız var",
      lines: [
        'Merhaba,',
        '',
        "Birisi bu e-posta adresiyle Nabij'e kaydolmak istedi. Sizin zaten bir hesabınız var.",
        `Buradan giriş yapın: ${loginLink}`,
        '',
        'Bu siz değil miydiniz? O zaman bir şey yapmanıza gerek yok.',
      ],
    },
    pl: {
      subject: 'Masz już konto w Nabij',
      lines: [
        'Dzień dobry,',
        '',
        'Ktoś chciał zarejestrować się w Nabij z tym adresem e-mail. Masz już konto.',
        `Zaloguj się tutaj: ${loginLink}`,
        '',
        'To nie Ty? Nie musisz nic robić.',
      ],
    },
  });
}
