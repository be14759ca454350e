import type { SelfTestTranslation, TrainingTranslationLang } from '@nabij/trainings/contracts';
import type { ModuleTranslationDefinition } from './course-definition';

/**
 * Issue 17: the first module of "Grip op geld" in Arabic, Turkish and Polish, written in plain words
 * (B1) for this project. The reading step is translated whole, and so is the self-test the client
 * fills in: its questions, answer labels and the three result texts (the feedback on the score).
 */

type Texts = {
  intro: string;
  scale: [almostNever: string, almostAlways: string];
  /** q1–q3 (scales), then q4 with its three options. */
  questions: [string, string, string, [string, [string, string, string]]];
  bands: [[string, string], [string, string], [string, string]];
};

/** The self-test of module 1 ("hoe sta jij ervoor?"): the Dutch step's question and option ids. */
function selfTest(t: Texts): SelfTestTranslation {
  const [minLabel, maxLabel] = t.scale;
  const [q1, q2, q3, [q4, [a, b, c]]] = t.questions;
  return {
    intro: t.intro,
    questions: [
      { id: 'q1', text: q1, minLabel, maxLabel },
      { id: 'q2', text: q2, minLabel, maxLabel },
      { id: 'q3', text: q3, minLabel, maxLabel },
      {
        id: 'q4',
        text: q4,
        options: [
          { id: 'a', label: a },
          { id: 'b', label: b },
          { id: 'c', label: c },
        ],
      },
    ],
    bands: t.bands.map(([title, text]) => ({ title, text })),
  };
}

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
      {
        title: 'اختبار: كيف هو وضعك؟',
        selfTest: selfTest({
          intro: 'فكّر في الأشهر الثلاثة الأخيرة. اختر ما يناسبك أكثر.',
          scale: ['تقريبًا أبدًا', 'تقريبًا دائمًا'],
          questions: [
            'في نهاية الشهر ينتهي مالي.',
            'لا أفتح الرسائل التي تتعلق بالمال.',
            'لا أستطيع النوم بسبب همومي المالية.',
            ['هل تعرف كم من المال يدخل كل شهر؟', ['نعم، بالضبط.', 'تقريبًا.', 'لا، في الحقيقة لا.']],
          ],
          bands: [
            [
              'أنت تتحكم في أموالك بشكل جيد',
              'أنت تتابع أموالك بشكل جيد. في هذا التدريب تتعلم حيلًا مفيدة أخرى، وتستطيع أن تساعد الآخرين في المجموعة بما تعرفه.',
            ],
            [
              'يمكن أن يكون أفضل',
              'أحيانًا تجد صعوبة في أن يكفيك المال. هذا مزعج، لكنك تستطيع أن تفعل الكثير. في هذا التدريب تكتب أولًا نظرة عامة على أموالك. بعد ذلك ترى أين تستطيع أن توفّر.',
            ],
            [
              'عندك هموم مالية كثيرة',
              'المال يسبب لك الآن ضغطًا كبيرًا. من الجيد أنك تقوم بهذا التدريب. لا تنتظر حتى ينتهي التدريب: قل لمدربك أو للمرشد الذي يساعدك الآن كيف حالك. عند الديون تستطيع أيضًا أن تحصل على مساعدة مجانية من البلدية (gemeente).',
            ],
          ],
        }),
      },
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
      {
        title: 'Test: durumunuz nasıl?',
        selfTest: selfTest({
          intro: 'Son üç ayı düşünün. Size en uygun olanı seçin.',
          scale: ['Neredeyse hiç', 'Neredeyse her zaman'],
          questions: [
            'Ayın sonunda param bitiyor.',
            'Parayla ilgili mektupları açmıyorum.',
            'Para sıkıntısından dolayı uyuyamıyorum.',
            ['Her ay ne kadar para geldiğini biliyor musunuz?', ['Evet, tam olarak.', 'Aşağı yukarı.', 'Hayır, aslında bilmiyorum.']],
          ],
          bands: [
            [
              'Paranızı oldukça iyi yönetiyorsunuz',
              'Paranızı zaten iyi takip ediyorsunuz. Bu eğitimde başka işe yarar yollar da öğrenirsiniz. Bildiklerinizle gruptaki diğer kişilere de yardım edebilirsiniz.',
            ],
            [
              'Daha iyi olabilir',
              'Bazen geçinmekte zorlanıyorsunuz. Bu can sıkıcı, ama bu konuda çok şey yapabilirsiniz. Bu eğitimde önce bir genel bakış hazırlarsınız. Sonra nerede tasarruf edebileceğinize bakarsınız.',
            ],
            [
              'Çok para sıkıntınız var',
              'Para şu anda size çok stres veriyor. Bu eğitimi yapmanız iyi. Eğitimin bitmesini beklemeyin: nasıl olduğunuzu şimdiden eğitmeninize ya da sosyal danışmanınıza anlatın. Borçlarınız varsa belediyeden (gemeente) ücretsiz yardım da alabilirsiniz.',
            ],
          ],
        }),
      },
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
      {
        title: 'Test: jak u ciebie jest?',
        selfTest: selfTest({
          intro: 'Pomyśl o ostatnich trzech miesiącach. Wybierz to, co najlepiej pasuje.',
          scale: ['Prawie nigdy', 'Prawie zawsze'],
          questions: [
            'Pod koniec miesiąca nie mam już pieniędzy.',
            'Nie otwieram listów w sprawie pieniędzy.',
            'Nie mogę spać przez kłopoty z pieniędzmi.',
            ['Czy wiesz, ile pieniędzy dostajesz co miesiąc?', ['Tak, dokładnie.', 'Mniej więcej.', 'Nie, właściwie nie wiem.']],
          ],
          bands: [
            [
              'Dobrze panujesz nad swoimi pieniędzmi',
              'Już dość dobrze pilnujesz swoich pieniędzy. Na tym szkoleniu poznasz jeszcze kilka przydatnych sposobów. To, co już wiesz, może pomóc innym osobom w grupie.',
            ],
            [
              'Może być lepiej',
              'Czasem trudno ci związać koniec z końcem. To nieprzyjemne, ale możesz z tym dużo zrobić. Na tym szkoleniu najpierw robisz przegląd swoich pieniędzy. Potem sprawdzasz, gdzie możesz oszczędzić.',
            ],
            [
              'Masz dużo kłopotów z pieniędzmi',
              'Pieniądze dają ci teraz dużo stresu. Dobrze, że robisz to szkolenie. Nie czekaj do końca szkolenia: powiedz już teraz swojemu trenerowi albo opiekunowi, jak się czujesz. Jeśli masz długi, możesz też dostać bezpłatną pomoc od gminy (gemeente).',
            ],
          ],
        }),
      },
    ],
  },
};
