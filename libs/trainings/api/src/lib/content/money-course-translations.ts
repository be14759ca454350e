import type { TrainingTranslationLang } from '@nabij/trainings/contracts';
import type { ModuleTranslationDefinition } from './course-definition';

/**
 * Issue 17: the first module of "Grip op geld" in Arabic, Turkish and Polish, written in plain words
 * (B1) for this project. The reading step is translated whole; the self-test keeps its Dutch
 * questions (self-tests are not translated yet) but gets a translated title.
 */
export const MONEY_MODULE_1_TRANSLATIONS: Record<TrainingTranslationLang, ModuleTranslationDefinition> = {
  ar: {
    title: 'كيف حال أموالك الآن؟',
    intro: 'نبدأ بك أنت. كيف حال أموالك، وكيف تشعر تجاه ذلك؟',
    steps: [
      {
        title: 'قراءة: الهموم المالية أمر عادي جدًا',
        body: [
          '## لست وحدك',
          'كثير من الناس في هولندا يجدون صعوبة في تدبير أمورهم المالية. أحيانًا بسبب دخل قليل. وأحيانًا بسبب طلاق أو مرض أو فقدان العمل. الهموم المالية لا تقول شيئًا عن ذكائك أو قوتك.',
          '',
          '## الهموم المالية تأخذ طاقتك',
          'إذا كنت تفكر في المال طوال الوقت، لا يبقى لك مكان كبير لأشياء أخرى. تنام أسوأ وتتشاجر بسرعة أكبر. لذلك من الجيد أن تستعيد السيطرة خطوة بخطوة.',
          '',
          '## كيف يعمل هذا التدريب؟',
          'هناك 6 وحدات. مع كل وحدة لقاء مع المجموعة. في البيت تقرأ شيئًا وتقوم بمهمة. في المجموعة تقول فقط ما تريد أنت أن تقوله. ما يقال في المجموعة يبقى في المجموعة.',
        ].join('\n'),
      },
      { title: 'اختبار: كيف هو وضعك؟ (الأسئلة باللغة الهولندية)' },
    ],
  },
  tr: {
    title: 'Paranız şu anda nasıl?',
    intro: 'Sizinle başlıyoruz. Paranız nasıl ve bu konuda kendinizi nasıl hissediyorsunuz?',
    steps: [
      {
        title: 'Okuma: para sıkıntısı çok yaygındır',
        body: [
          '## Yalnız değilsiniz',
          "Hollanda'da birçok insan geçinmekte zorlanıyor. Bazen gelir düşük olduğu için. Bazen boşanma, hastalık ya da işini kaybetmek yüzünden. Para sıkıntısı ne kadar akıllı ya da güçlü olduğunuz hakkında hiçbir şey söylemez.",
          '',
          '## Para sıkıntısı enerjinizi alır',
          'Sürekli parayı düşünürseniz, başka şeylere pek yer kalmaz. Daha kötü uyursunuz ve daha çabuk tartışırsınız. Bu yüzden adım adım yeniden kontrolü ele almak iyidir.',
          '',
          '## Bu eğitim nasıl işliyor?',
          '6 modül var. Her modülde bir grup buluşması olur. Evde bir şey okur ve bir ödev yaparsınız. Grupta sadece kendi anlatmak istediğinizi anlatırsınız. Grupta söylenenler grupta kalır.',
        ].join('\n'),
      },
      { title: 'Test: durumunuz nasıl? (sorular Hollandaca)' },
    ],
  },
  pl: {
    title: 'Jak teraz wyglądają twoje finanse?',
    intro: 'Zaczynamy od ciebie. Jak wyglądają twoje pieniądze i jak się z tym czujesz?',
    steps: [
      {
        title: 'Do przeczytania: kłopoty z pieniędzmi są czymś bardzo zwyczajnym',
        body: [
          '## Nie jesteś jedyną osobą',
          'Wiele osób w Holandii ma trudności, żeby związać koniec z końcem. Czasem przez niskie dochody. Czasem przez rozwód, chorobę albo utratę pracy. Kłopoty z pieniędzmi nie mówią nic o tym, jak mądry albo silny jesteś.',
          '',
          '## Kłopoty z pieniędzmi zabierają energię',
          'Jeśli ciągle myślisz o pieniądzach, zostaje mało miejsca na inne rzeczy. Gorzej śpisz i szybciej się kłócisz. Dlatego dobrze jest krok po kroku odzyskać kontrolę.',
          '',
          '## Jak działa to szkolenie?',
          'Jest 6 modułów. Do każdego modułu należy spotkanie w grupie. W domu coś czytasz i robisz zadanie. W grupie mówisz tylko to, co sam chcesz powiedzieć. To, co zostaje powiedziane w grupie, zostaje w grupie.',
        ].join('\n'),
      },
      { title: 'Test: jak u ciebie jest? (pytania po niderlandzku)' },
    ],
  },
};
