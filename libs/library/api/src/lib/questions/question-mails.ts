import type { ContentLang } from '@nabij/library/contracts';
import { clientMail, type MailMessage } from '@nabij/platform/api';

// Plain B1, and on purpose nothing about the question or the answer: the mailbox may be shared.
// In the language of the page the question was asked on, with Dutch below (issue 17).

/** "There is an answer": open the private link you got when you asked. */
export function answeredMail(to: string, language: ContentLang, publicUrl: string): MailMessage {
  const askAgain = `${publicUrl}/vraag-stellen`;
  return clientMail(to, language, {
    nl: {
      subject: 'Er is een antwoord op je vraag',
      lines: [
        'Hallo,',
        '',
        'Een maatschappelijk werker heeft je vraag beantwoord. Open de persoonlijke link die je kreeg toen je de vraag stelde om het antwoord te lezen.',
        '',
        `Ben je de link kwijt? Stel je vraag dan opnieuw op ${askAgain}.`,
        '',
        'In deze e-mail staat expres niets over je vraag of het antwoord.',
        '',
        'Nabij',
      ],
    },
    en: {
      subject: 'Your question has been answered',
      lines: [
        'Hello,',
        '',
        'A social worker has answered your question. Open the personal link you got when you asked it to read the answer.',
        '',
        `Lost the link? Then ask your question again at ${askAgain}.`,
        '',
        'On purpose, this e-mail says nothing about your question or the answer.',
        '',
        'Nabij',
      ],
    },
    ar: {
      subject: 'يوجد جواب على سؤالك',
      lines: [
        'مرحبًا،',
        '',
        'أجاب أخصائي اجتماعي على سؤالك. لقراءة الجواب افتح الرابط الشخصي الذي حصلت عليه عندما سألت السؤال.',
        '',
        `هل ضاع منك الرابط؟ اسأل سؤالك مرة أخرى هنا: ${askAgain}`,
        '',
        'عن قصد، لا تقول هذه الرسالة شيئًا عن سؤالك أو عن الجواب.',
        '',
        'Nabij',
      ],
    },
    tr: {
      subject: 'Sorunuzun cevabı var',
      lines: [
        'Merhaba,',
        '',
        'Bir sosyal hizmet uzmanı sorunuzu cevapladı. Cevabı okumak için soruyu sorduğunuzda aldığınız kişisel bağlantıyı açın.',
        '',
        `Bağlantıyı mı kaybettiniz? O zaman sorunuzu ${askAgain} adresinde tekrar sorun.`,
        '',
        'Bu e-postada bilerek sorunuz veya cevap hakkında hiçbir şey yazmıyor.',
        '',
        'Nabij',
      ],
    },
    pl: {
      subject: 'Jest odpowiedź na twoje pytanie',
      lines: [
        'Dzień dobry,',
        '',
        'Pracownik socjalny odpowiedział na twoje pytanie. Aby przeczytać odpowiedź, otwórz osobisty link, który dostałeś, gdy zadałeś pytanie.',
        '',
        `Nie masz już linku? Zadaj pytanie jeszcze raz na ${askAgain}.`,
        '',
        'Celowo ten e-mail nie mówi nic o twoim pytaniu ani o odpowiedzi.',
        '',
        'Nabij',
      ],
    },
  });
}

/** The worker invites the asker to register: open the private link and choose "Aanmelden". */
export function invitedMail(to: string, language: ContentLang, publicUrl: string): MailMessage {
  return clientMail(to, language, {
    nl: {
      subject: 'Je bent uitgenodigd om je aan te melden',
      lines: [
        'Hallo,',
        '',
        'Een maatschappelijk werker nodigt je uit om je aan te melden. Dan kun je verder met een eigen online dossier. Open de persoonlijke link die je kreeg toen je je vraag stelde en kies "Aanmelden".',
        '',
        `Ben je de link kwijt? Meld je dan aan via ${publicUrl}.`,
        '',
        'In deze e-mail staat expres niets over je vraag.',
        '',
        'Nabij',
      ],
    },
    en: {
      subject: 'You are invited to register',
      lines: [
        'Hello,',
        '',
        'A social worker invites you to register. Then you can continue with your own online file. Open the personal link you got when you asked your question and choose "Register".',
        '',
        `Lost the link? Then register at ${publicUrl}.`,
        '',
        'On purpose, this e-mail says nothing about your question.',
        '',
        'Nabij',
      ],
    },
    ar: {
      subject: 'أنت مدعو للتسجيل',
      lines: [
        'مرحبًا،',
        '',
        'يدعوك أخصائي اجتماعي إلى التسجيل. عندها تستطيع أن تكمل بملف شخصي خاص بك على الإنترنت. افتح الرابط الشخصي الذي حصلت عليه عندما سألت سؤالك، واضغط على "سجّل".',
        '',
        `هل ضاع منك الرابط؟ سجّل إذن هنا: ${publicUrl}`,
        '',
        'عن قصد، لا تقول هذه الرسالة شيئًا عن سؤالك.',
        '',
        'Nabij',
      ],
    },
    tr: {
      subject: 'Kayıt olmaya davet edildiniz',
      lines: [
        'Merhaba,',
        '',
        'Bir sosyal hizmet uzmanı sizi kayıt olmaya davet ediyor. O zaman kendi çevrim içi dosyanızla devam edebilirsiniz. Sorunuzu sorduğunuzda aldığınız kişisel bağlantıyı açın ve "Başvur" düğmesine basın.',
        '',
        `Bağlantıyı mı kaybettiniz? O zaman ${publicUrl} adresinden kayıt olun.`,
        '',
        'Bu e-postada bilerek sorunuz hakkında hiçbir şey yazmıyor.',
        '',
        'Nabij',
      ],
    },
    pl: {
      subject: 'Zapraszamy cię do rejestracji',
      lines: [
        'Dzień dobry,',
        '',
        'Pracownik socjalny zaprasza cię do rejestracji. Wtedy możesz dalej korzystać z własnej teczki online. Otwórz osobisty link, który dostałeś, gdy zadałeś pytanie, i wybierz „Zarejestruj się”.',
        '',
        `Nie masz już linku? Zarejestruj się na ${publicUrl}.`,
        '',
        'Celowo ten e-mail nie mówi nic o twoim pytaniu.',
        '',
        'Nabij',
      ],
    },
  });
}
