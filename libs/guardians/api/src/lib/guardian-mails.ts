import { GUARDIAN_INVITE_DAYS } from '@nabij/guardians/contracts';
import { clientMail, type MailMessage } from '@nabij/platform/api';
import type { Language } from '@nabij/platform/contracts';

// The invite is in the language the worker chose for the parent (Dutch below); later mails in the account's.
// Mails to a parent's account: in the language the account reads, Dutch below (issue 17). Never the child's name or anything about the case: a mail
// can be read by someone else.

export function guardianInviteMail(
  facts: { to: string; name: string; invitedBy: string | null; organisationName: string; link: string },
  language: Language,
): MailMessage {
  const { name, organisationName: org, link } = facts;
  const days = GUARDIAN_INVITE_DAYS;
  return clientMail(facts.to, language, {
    nl: {
      subject: `Uitnodiging voor Nabij van ${org}`,
      lines: [
        `Hallo ${name},`,
        '',
        `${facts.invitedBy ?? 'Een maatschappelijk werker'} van ${org} nodigt je uit voor Nabij, omdat je ouder of verzorger bent van een leerling die wij helpen.`,
        'In Nabij zie je wat de hulpverlener met je deelt, zoals afspraken. Je kunt er ook berichten sturen.',
        '',
        'Klik op de link en kies een wachtwoord. Daarna log je in met dit e-mailadres:',
        link,
        '',
        `De link werkt ${days} dagen en maar 1 keer. Werkt hij niet meer? Vraag de hulpverlener om een nieuwe uitnodiging.`,
        'Verwachtte je deze uitnodiging niet? Dan hoef je niets te doen.',
      ],
    },
    en: {
      subject: `Invitation to Nabij from ${org}`,
      lines: [
        `Hello ${name},`,
        '',
        `${facts.invitedBy ?? 'A social worker'} of ${org} invites you to Nabij as the parent or carer of a pupil we help.`,
        'In Nabij you see what the social worker shares with you, such as appointments. You can also send messages there.',
        '',
        'Open the link and choose a password. Then log in with this e-mail address:',
        link,
        '',
        `The link works once, for ${days} days. Does it not work any more? Ask the social worker for a new invitation.`,
        'Did not expect this? Then you do not need to do anything.',
      ],
    },
    ar: {
      subject: `دعوة إلى Nabij من ${org}`,
      lines: [
        `مرحبًا ${name}،`,
        '',
        `${facts.invitedBy ?? 'أخصائي اجتماعي'} من ${org} يدعوك إلى Nabij، لأنك أحد والدي تلميذ نساعده أو مسؤول عن رعايته.`,
        'في Nabij ترى ما يشاركه معك الأخصائي الاجتماعي، مثل المواعيد. ويمكنك أيضًا إرسال رسائل هناك.',
        '',
        'اضغط على الرابط واختر كلمة مرور. بعد ذلك تسجّل الدخول بهذا البريد الإلكتروني:',
        link,
        '',
        `يعمل الرابط ${days} أيام ومرة واحدة فقط. لا يعمل بعد الآن؟ اطلب من الأخصائي الاجتماعي دعوة جديدة.`,
        'لم تكن تتوقع هذه الدعوة؟ إذن لا تحتاج إلى فعل أي شيء.',
      ],
    },
    tr: {
      subject: `${org} sizi Nabij'e davet ediyor`,
      lines: [
        `Merhaba ${name},`,
        '',
        `${org} kurumundan ${facts.invitedBy ?? 'bir sosyal çalışmacı'} seni Nabij'e davet ediyor, çünkü yardım ettiğimiz bir öğrencinin velisisin.`,
        "Nabij'de danışmanın seninle paylaştıklarını, örneğin randevuları görürsün. Orada mesaj da gönderebilirsin.",
        '',
        'Bağlantıya tıkla ve bir şifre seç. Sonra bu e-posta adresiyle giriş yaparsın:',
        link,
        '',
        `Bağlantı ${days} gün ve yalnızca 1 kez çalışır. Artık çalışmıyor mu? Danışmandan yeni bir davet iste.`,
        'Bu daveti beklemiyor muydun? O zaman bir şey yapmana gerek yok.',
      ],
    },
    pl: {
      subject: `Zaproszenie do Nabij od ${org}`,
      lines: [
        `Cześć ${name},`,
        '',
        `${facts.invitedBy ?? 'Pracownik socjalny'} z ${org} zaprasza cię do Nabij, ponieważ jesteś rodzicem lub opiekunem ucznia, któremu pomagamy.`,
        'W Nabij widzisz to, co pracownik socjalny ci udostępnia, na przykład spotkania. Możesz tam też wysyłać wiadomości.',
        '',
        'Kliknij link i wybierz hasło. Potem logujesz się tym adresem e-mail:',
        link,
        '',
        `Link działa ${days} dni i tylko 1 raz. Już nie działa? Poproś pracownika socjalnego o nowe zaproszenie.`,
        'Nie spodziewałeś(-aś) się tego zaproszenia? W takim razie nic nie musisz robić.',
      ],
    },
  });
}

/** For a parent who already has a Nabij account: one more child is linked. In the parent's language, Dutch below. */
export function guardianLinkedMail(
  facts: { to: string; name: string; organisationName: string; link: string },
  language: Language,
): MailMessage {
  const { name, organisationName: org, link } = facts;
  return clientMail(facts.to, language, {
    nl: {
      subject: 'Nieuw in Nabij',
      lines: [
        `Hallo ${name},`,
        '',
        `${org} heeft je in Nabij gekoppeld aan nog een leerling. Log in om te zien wat er met je gedeeld is:`,
        link,
      ],
    },
    en: {
      subject: 'New in Nabij',
      lines: [`Hello ${name},`, '', `${org} linked you to one more pupil in Nabij. Log in to see what is shared with you:`, link],
    },
    ar: {
      subject: 'جديد في Nabij',
      lines: [`مرحبًا ${name}،`, '', `ربطك ${org} في Nabij بتلميذ آخر. سجّل الدخول لترى ما تمت مشاركته معك:`, link],
    },
    tr: {
      subject: "Nabij'de yeni",
      lines: [
        `Merhaba ${name},`,
        '',
        `${org} sizi Nabij'de bir öğrenciye daha bağladı. Sizinle paylaşılanları görmek için giriş yapın:`,
        link,
      ],
    },
    pl: {
      subject: 'Nowość w Nabij',
      lines: [
        `Dzień dobry ${name},`,
        '',
        `${org} połączył Cię w Nabij z jeszcze jednym uczniem. Zaloguj się, aby zobaczyć, co Ci udostępniono:`,
        link,
      ],
    },
  });
}

/** To the case's worker: a parent wrote in the parent thread. Never who, about whom, or what. */
export function parentWroteMail(facts: { to: string; link: string }): MailMessage {
  return {
    to: facts.to,
    subject: 'Een ouder heeft een bericht gestuurd in Nabij',
    text: [
      'Een ouder heeft je een bericht gestuurd in Nabij. Log in om het te lezen:',
      facts.link,
      '',
      'Om de privacy te beschermen staat de inhoud nooit in een e-mail.',
    ].join('\n'),
  };
}

/** A new message in the parent thread: that there is one, never what it says. In the parent's language, Dutch below. */
export function guardianMessageMail(facts: { to: string; name: string; link: string }, language: Language): MailMessage {
  const { name, link } = facts;
  return clientMail(facts.to, language, {
    nl: {
      subject: 'Nieuw bericht in Nabij',
      lines: [`Hallo ${name},`, '', 'Je hebt een nieuw bericht van de hulpverlener in Nabij. Log in om het te lezen:', link],
    },
    en: {
      subject: 'New message in Nabij',
      lines: [`Hello ${name},`, '', 'You have a new message from the social worker in Nabij. Log in to read it:', link],
    },
    ar: {
      subject: 'رسالة جديدة في Nabij',
      lines: [`مرحبًا ${name}،`, '', 'لديك رسالة جديدة من الأخصائي الاجتماعي في Nabij. سجّل الدخول لتقرأها:', link],
    },
    tr: {
      subject: "Nabij'de yeni mesaj",
      lines: [`Merhaba ${name},`, '', "Nabij'de sosyal hizmet uzmanından yeni bir mesajınız var. Okumak için giriş yapın:", link],
    },
    pl: {
      subject: 'Nowa wiadomość w Nabij',
      lines: [`Dzień dobry ${name},`, '', 'Masz w Nabij nową wiadomość od pracownika socjalnego. Zaloguj się, aby ją przeczytać:', link],
    },
  });
}
