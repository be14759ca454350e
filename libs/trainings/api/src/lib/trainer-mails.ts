import { clientMail, type MailMessage } from '@nabij/platform/api';
import type { Language } from '@nabij/platform/contracts';

/**
 * The trainer replied to the client's homework, or asks them to add something. No homework content
 * and no training title: the device or mailbox may be shared. In the client's language, Dutch below.
 */
export function homeworkMail(to: string, language: Language, outcome: 'feedback_given' | 'returned'): MailMessage {
  const returned = outcome === 'returned';
  return clientMail(to, language, {
    nl: {
      subject: returned ? 'Je trainer vraagt je iets aan te vullen' : 'Je trainer heeft gereageerd op je huiswerk',
      lines: [
        'Hallo,',
        '',
        returned
          ? 'Je trainer heeft je huiswerk gelezen en vraagt je om er nog wat aan te doen. Log in bij Nabij en open Training om te zien wat.'
          : 'Je trainer heeft je huiswerk gelezen en een reactie geschreven. Log in bij Nabij en open Training om de reactie te lezen.',
        '',
        'Groet,',
        'Nabij',
      ],
    },
    en: {
      subject: returned ? 'Your trainer asks you to add something' : 'Your trainer replied to your homework',
      lines: [
        'Hello,',
        '',
        returned
          ? 'Your trainer read your homework and asks you to do a bit more. Log in to Nabij and open Training to see what.'
          : 'Your trainer read your homework and wrote a reply. Log in to Nabij and open Training to read it.',
        '',
        'Regards,',
        'Nabij',
      ],
    },
    ar: {
      subject: returned ? 'مدربك يطلب منك أن تضيف شيئًا' : 'مدربك رد على واجبك',
      lines: [
        'مرحبًا،',
        '',
        returned
          ? 'قرأ مدربك واجبك ويطلب منك أن تعمل عليه قليلًا بعد. سجّل الدخول في Nabij وافتح صفحة التدريب لترى ماذا.'
          : 'قرأ مدربك واجبك وكتب ردًا. سجّل الدخول في Nabij وافتح صفحة التدريب لتقرأ الرد.',
        '',
        'مع التحية،',
        'Nabij',
      ],
    },
    tr: {
      subject: returned ? 'Eğitmeniniz sizden bir şey eklemenizi istiyor' : 'Eğitmeniniz ödevinize cevap verdi',
      lines: [
        'Merhaba,',
        '',
        returned
          ? "Eğitmeniniz ödevinizi okudu ve üzerinde biraz daha çalışmanızı istiyor. Ne olduğunu görmek için Nabij'e giriş yapın ve Eğitim sayfasını açın."
          : "Eğitmeniniz ödevinizi okudu ve bir cevap yazdı. Cevabı okumak için Nabij'e giriş yapın ve Eğitim sayfasını açın.",
        '',
        'Selamlar,',
        'Nabij',
      ],
    },
    pl: {
      subject: returned ? 'Twój trener prosi, żebyś coś uzupełnił' : 'Twój trener odpowiedział na twoje zadanie domowe',
      lines: [
        'Dzień dobry,',
        '',
        returned
          ? 'Twój trener przeczytał twoje zadanie domowe i prosi, żebyś jeszcze nad nim popracował. Zaloguj się do Nabij i otwórz Trening, aby zobaczyć, co trzeba zrobić.'
          : 'Twój trener przeczytał twoje zadanie domowe i napisał odpowiedź. Zaloguj się do Nabij i otwórz Trening, aby ją przeczytać.',
        '',
        'Pozdrawiamy,',
        'Nabij',
      ],
    },
  });
}
