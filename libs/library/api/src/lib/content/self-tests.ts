import type { LocalText, SelfTestDefinition, SelfTestOptionDefinition } from '@nabij/library/contracts';

/** How often something happened; more points is more stress. */
const HOW_OFTEN: SelfTestOptionDefinition[] = [
  { points: 0, label: { nl: 'Nooit', en: 'Never', ar: 'أبدًا', tr: 'Hiçbir zaman', pl: 'Nigdy' } },
  { points: 1, label: { nl: 'Soms', en: 'Sometimes', ar: 'أحيانًا', tr: 'Bazen', pl: 'Czasami' } },
  { points: 2, label: { nl: 'Vaak', en: 'Often', ar: 'غالبًا', tr: 'Sık sık', pl: 'Często' } },
  { points: 3, label: { nl: 'Bijna altijd', en: 'Almost always', ar: 'دائمًا تقريبًا', tr: 'Neredeyse her zaman', pl: 'Prawie zawsze' } },
];

/** Whether something is true now; more points is more worry. */
const IS_IT_TRUE: SelfTestOptionDefinition[] = [
  { points: 0, label: { nl: 'Nee', en: 'No', ar: 'لا', tr: 'Hayır', pl: 'Nie' } },
  {
    points: 1,
    label: {
      nl: 'Soms of een beetje',
      en: 'Sometimes or a little',
      ar: 'أحيانًا أو قليلًا',
      tr: 'Bazen veya biraz',
      pl: 'Czasami albo trochę',
    },
  },
  { points: 2, label: { nl: 'Ja', en: 'Yes', ar: 'نعم', tr: 'Evet', pl: 'Tak' } },
];

/** How often something works out; the points count how hard it is, so "almost never" weighs most. */
const HOW_OFTEN_IT_WORKS: SelfTestOptionDefinition[] = [
  { points: 3, label: { nl: 'Bijna nooit', en: 'Almost never', ar: 'نادرًا جدًا', tr: 'Neredeyse hiç', pl: 'Prawie nigdy' } },
  { points: 2, label: { nl: 'Soms', en: 'Sometimes', ar: 'أحيانًا', tr: 'Bazen', pl: 'Czasami' } },
  { points: 1, label: { nl: 'Vaak', en: 'Often', ar: 'غالبًا', tr: 'Sık sık', pl: 'Często' } },
  { points: 0, label: { nl: 'Bijna altijd', en: 'Almost always', ar: 'دائمًا تقريبًا', tr: 'Neredeyse her zaman', pl: 'Prawie zawsze' } },
];

function questions(options: SelfTestOptionDefinition[], list: Array<[string, LocalText]>) {
  return list.map(([key, text]) => ({ key, text, options }));
}

const ASSERTIVENESS_TRAINING = {
  kind: 'training' as const,
  name: {
    nl: 'Online training Assertiviteit: voor jezelf opkomen',
    en: 'Online training Assertiveness: standing up for yourself',
    ar: 'تدريب عبر الإنترنت: كيف تدافع عن نفسك',
    tr: 'Online eğitim: Kendini savunmak',
    pl: 'Szkolenie online: jak walczyć o siebie',
  },
  text: {
    nl: 'Acht korte lessen met oefeningen voor thuis. Je oefent in je eigen tempo en een trainer geeft je tips. Je doet de training als je bij ons bent aangemeld.',
    en: 'Eight short lessons with exercises to do at home. You practise at your own pace and a trainer gives you tips. You can take the training once you are registered with us.',
    ar: 'ثمانية دروس قصيرة مع تمارين تقوم بها في البيت. تتمرن بالسرعة التي تناسبك، ويعطيك مدرب نصائح. يمكنك أن تبدأ هذا التدريب بعد أن تسجل عندنا.',
    tr: 'Evde yapacağın alıştırmalarla sekiz kısa ders. Kendi hızında çalışırsın ve bir eğitmen sana ipuçları verir. Eğitime bize kayıt olduktan sonra katılabilirsin.',
    pl: 'Osiem krótkich lekcji z ćwiczeniami do zrobienia w domu. Ćwiczysz we własnym tempie, a trener daje ci wskazówki. Możesz zacząć szkolenie, kiedy zapiszesz się u nas.',
  },
};

export const STRESS_TEST: SelfTestDefinition = {
  slug: 'stresstest',
  theme: 'stress',
  content: {
    title: {
      nl: 'Stresstest: hoeveel stress heb je?',
      en: 'Stress test: how much stress do you have?',
      ar: 'اختبار الضغط النفسي: كم من الضغط عندك؟',
      tr: 'Stres testi: Ne kadar stresin var?',
      pl: 'Test stresu: ile masz stresu?',
    },
    intro: {
      nl: 'Acht korte vragen over de afgelopen twee weken. Er zijn geen goede of foute antwoorden. Het kost je ongeveer 2 minuten.',
      en: 'Eight short questions about the past two weeks. There are no right or wrong answers. It takes about 2 minutes.',
      ar: 'ثمانية أسئلة قصيرة عن الأسبوعين الماضيين. لا توجد إجابات صحيحة أو خاطئة. يأخذ الاختبار حوالي دقيقتين.',
      tr: 'Son iki hafta hakkında sekiz kısa soru. Doğru ya da yanlış cevap yoktur. Yaklaşık 2 dakikanı alır.',
      pl: 'Osiem krótkich pytań o ostatnich dwóch tygodniach. Nie ma dobrych ani złych odpowiedzi. Zajmie ci to około 2 minut.',
    },
    questions: questions(HOW_OFTEN, [
      [
        'slaap',
        {
          nl: 'Ik slaap slecht of ik word moe wakker.',
          en: 'I sleep badly or I wake up tired.',
          ar: 'أنام بشكل سيئ، أو أستيقظ وأنا متعب.',
          tr: 'Kötü uyuyorum ya da yorgun uyanıyorum.',
          pl: 'Źle śpię albo budzę się zmęczony lub zmęczona.',
        },
      ],
      [
        'piekeren',
        {
          nl: 'Ik pieker veel. Ik kan mijn gedachten niet stilzetten.',
          en: 'I worry a lot. I cannot stop my thoughts.',
          ar: 'أفكر وأقلق كثيرًا. لا أستطيع أن أوقف أفكاري.',
          tr: 'Çok kafa yoruyorum. Düşüncelerimi durduramıyorum.',
          pl: 'Dużo się zamartwiam. Nie umiem zatrzymać swoich myśli.',
        },
      ],
      [
        'prikkelbaar',
        {
          nl: 'Ik ben snel geïrriteerd of boos.',
          en: 'I get irritated or angry quickly.',
          ar: 'أنزعج أو أغضب بسرعة.',
          tr: 'Çabuk sinirleniyorum ya da kızıyorum.',
          pl: 'Szybko się denerwuję albo złoszczę.',
        },
      ],
      [
        'lichaam',
        {
          nl: 'Ik heb last van mijn lijf, zoals hoofdpijn, buikpijn of een stijve nek.',
          en: 'My body bothers me, for example a headache, stomach ache or a stiff neck.',
          ar: 'أشعر بآلام في جسمي، مثل صداع أو ألم في البطن أو تصلب في الرقبة.',
          tr: 'Vücudumda şikâyetler var, örneğin baş ağrısı, karın ağrısı ya da tutulmuş bir boyun.',
          pl: 'Dokucza mi ciało, na przykład ból głowy, ból brzucha albo sztywny kark.',
        },
      ],
      [
        'concentratie',
        {
          nl: 'Ik kan me slecht concentreren.',
          en: 'I find it hard to concentrate.',
          ar: 'أجد صعوبة في التركيز.',
          tr: 'Dikkatimi toplamakta zorlanıyorum.',
          pl: 'Trudno mi się skupić.',
        },
      ],
      [
        'te-veel',
        {
          nl: 'Ik heb het gevoel dat alles me te veel wordt.',
          en: 'I feel that everything is getting too much for me.',
          ar: 'أشعر أن كل شيء أصبح أكثر مما أتحمل.',
          tr: 'Her şeyin bana fazla geldiğini hissediyorum.',
          pl: 'Mam wrażenie, że wszystkiego jest dla mnie za dużo.',
        },
      ],
      [
        'plezier',
        {
          nl: 'Ik heb geen zin in dingen die ik vroeger leuk vond.',
          en: 'I do not feel like doing things I used to enjoy.',
          ar: 'لم تعد لدي رغبة في أشياء كنت أحبها من قبل.',
          tr: 'Eskiden sevdiğim şeyleri yapmak içimden gelmiyor.',
          pl: 'Nie mam ochoty na rzeczy, które kiedyś lubiłem lub lubiłam.',
        },
      ],
      [
        'ontspannen',
        {
          nl: 'Ik heb geen tijd of energie om te ontspannen.',
          en: 'I have no time or energy to relax.',
          ar: 'ليس لدي وقت أو طاقة لأرتاح.',
          tr: 'Dinlenmek için zamanım ya da enerjim yok.',
          pl: 'Nie mam czasu ani siły, żeby odpocząć.',
        },
      ],
    ]),
    bands: [
      {
        key: 'low',
        min: 0,
        max: 7,
        title: {
          nl: 'Je hebt weinig stress',
          en: 'You have little stress',
          ar: 'عندك القليل من الضغط',
          tr: 'Az stresin var',
          pl: 'Masz mało stresu',
        },
        text: {
          nl: 'Je hebt nu weinig last van stress. Fijn! Blijf goed voor jezelf zorgen: slaap genoeg, beweeg elke dag en doe dingen die je leuk vindt. Lees hoe je stress op tijd herkent.',
          en: 'You have little trouble with stress right now. Good! Keep taking care of yourself: sleep enough, move every day and do things you enjoy. Read how to recognise stress in time.',
          ar: 'الضغط لا يزعجك كثيرًا الآن. هذا جيد! استمر في الاهتمام بنفسك: نم بما يكفي، وتحرك كل يوم، وافعل أشياء تحبها. اقرأ كيف تعرف الضغط في وقت مبكر.',
          tr: 'Şu anda stresten pek rahatsız değilsin. Ne güzel! Kendine iyi bakmaya devam et: yeterince uyu, her gün hareket et ve sevdiğin şeyleri yap. Stresi zamanında nasıl fark edeceğini oku.',
          pl: 'Teraz stres mało ci przeszkadza. Super! Dalej dbaj o siebie: wysypiaj się, ruszaj się codziennie i rób rzeczy, które lubisz. Przeczytaj, jak wcześnie rozpoznać stres.',
        },
        steps: [{ kind: 'article', slug: 'stress-herkennen-en-verminderen' }],
      },
      {
        key: 'medium',
        min: 8,
        max: 15,
        title: {
          nl: 'Je hebt best veel stress',
          en: 'You have quite a lot of stress',
          ar: 'عندك ضغط كثير إلى حد ما',
          tr: 'Epey stresin var',
          pl: 'Masz dość dużo stresu',
        },
        text: {
          nl: 'Je merkt dat stress je dagen zwaarder maakt. Dat is een signaal om iets te veranderen. Je kunt zelf al veel doen. Begin klein: kies één ding dat je deze week anders doet. Lukt dat niet? Praat er dan met ons over.',
          en: 'You notice that stress makes your days harder. That is a signal to change something. You can do a lot yourself. Start small: choose one thing to do differently this week. Does that not work? Then talk to us about it.',
          ar: 'تلاحظ أن الضغط يجعل أيامك أصعب. هذه إشارة لتغيير شيء ما. يمكنك أن تفعل الكثير بنفسك. ابدأ بخطوة صغيرة: اختر شيئًا واحدًا تفعله بشكل مختلف هذا الأسبوع. إذا لم تنجح، تحدث معنا عن ذلك.',
          tr: 'Stresin günlerini zorlaştırdığını fark ediyorsun. Bu, bir şeyi değiştirmen için bir işarettir. Kendin de çok şey yapabilirsin. Küçük başla: bu hafta farklı yapacağın bir şey seç. Olmuyor mu? O zaman bununla ilgili bizimle konuş.',
          pl: 'Zauważasz, że przez stres twoje dni są cięższe. To sygnał, żeby coś zmienić. Sam lub sama możesz zrobić dużo. Zacznij od małych rzeczy: wybierz jedną rzecz, którą w tym tygodniu zrobisz inaczej. Nie udaje się? Porozmawiaj o tym z nami.',
        },
        steps: [
          { kind: 'article', slug: 'stress-herkennen-en-verminderen' },
          { kind: 'article', slug: 'burn-out-als-je-op-bent' },
          { kind: 'chat' },
        ],
      },
      {
        key: 'high',
        min: 16,
        max: 24,
        title: {
          nl: 'Je hebt veel stress',
          en: 'You have a lot of stress',
          ar: 'عندك ضغط كثير',
          tr: 'Çok stresin var',
          pl: 'Masz dużo stresu',
        },
        text: {
          nl: 'Je hebt nu veel last van stress. Dat is zwaar, en je hoeft het niet alleen op te lossen. Praat erover met iemand die je vertrouwt, met ons of met je huisarts. Wacht daar niet te lang mee. Merk je dat je niet meer wilt leven? Bel dan meteen 113.',
          en: 'You have a lot of trouble with stress right now. That is hard, and you do not have to solve it alone. Talk about it with someone you trust, with us or with your GP. Do not wait too long. Do you notice that you no longer want to live? Then call 113 right away.',
          ar: 'الضغط يزعجك كثيرًا الآن. هذا صعب، ولست مضطرًا لأن تحل المشكلة وحدك. تحدث عن ذلك مع شخص تثق به، أو معنا، أو مع طبيب العائلة (huisarts). لا تنتظر طويلًا. هل تلاحظ أنك لم تعد تريد أن تعيش؟ اتصل فورًا بالرقم 113.',
          tr: "Şu anda stresten çok rahatsızsın. Bu zor bir durum ve bunu tek başına çözmek zorunda değilsin. Güvendiğin biriyle, bizimle ya da aile doktorunla (huisarts) konuş. Bunu çok bekletme. Artık yaşamak istemediğini mi fark ediyorsun? O zaman hemen 113'ü ara.",
          pl: 'Teraz bardzo dokucza ci stres. To trudne i nie musisz radzić sobie z tym sam lub sama. Porozmawiaj o tym z kimś, komu ufasz, z nami albo ze swoim lekarzem rodzinnym (huisarts). Nie czekaj z tym zbyt długo. Zauważasz, że nie chcesz już żyć? Zadzwoń od razu pod numer 113.',
        },
        steps: [{ kind: 'article', slug: 'burn-out-als-je-op-bent' }, { kind: 'chat' }, { kind: 'register' }, { kind: 'urgent' }],
      },
    ],
  },
};

export const MONEY_QUICKSCAN: SelfTestDefinition = {
  slug: 'quickscan-geldzorgen',
  theme: 'money',
  content: {
    title: {
      nl: 'Quickscan geldzorgen',
      en: 'Quick scan: money worries',
      ar: 'فحص سريع: هموم المال',
      tr: 'Hızlı test: Para sıkıntısı',
      pl: 'Szybki test: kłopoty z pieniędzmi',
    },
    intro: {
      nl: 'Acht vragen over hoe het nu met je geld gaat. Je antwoorden blijven op je eigen scherm. Het kost je ongeveer 2 minuten.',
      en: 'Eight questions about how your money is doing now. Your answers stay on your own screen. It takes about 2 minutes.',
      ar: 'ثمانية أسئلة عن وضعك المالي الآن. إجاباتك تبقى على شاشتك أنت. يأخذ الاختبار حوالي دقيقتين.',
      tr: 'Şu anda paranın durumu hakkında sekiz soru. Cevapların kendi ekranında kalır. Yaklaşık 2 dakikanı alır.',
      pl: 'Osiem pytań o tym, jak teraz wygląda sprawa z twoimi pieniędzmi. Twoje odpowiedzi zostają na twoim ekranie. Zajmie ci to około 2 minut.',
    },
    questions: questions(IS_IT_TRUE, [
      [
        'rekeningen',
        {
          nl: 'Ik heb rekeningen die ik niet op tijd kan betalen.',
          en: 'I have bills that I cannot pay on time.',
          ar: 'عندي فواتير لا أستطيع أن أدفعها في وقتها.',
          tr: 'Zamanında ödeyemediğim faturalarım var.',
          pl: 'Mam rachunki, których nie mogę zapłacić na czas.',
        },
      ],
      [
        'aanmaningen',
        {
          nl: 'Ik krijg aanmaningen of brieven van een incassobureau of deurwaarder.',
          en: 'I get reminders or letters from a debt collector or bailiff.',
          ar: 'تصلني رسائل تذكير، أو رسائل من مكتب تحصيل ديون أو من محضر قضائي (deurwaarder).',
          tr: 'Bana ödeme hatırlatmaları ya da bir tahsilat bürosundan veya icra memurundan (deurwaarder) mektuplar geliyor.',
          pl: 'Dostaję upomnienia albo listy od firmy windykacyjnej lub komornika (deurwaarder).',
        },
      ],
      [
        'post',
        {
          nl: 'Ik laat post dicht liggen, omdat ik er tegenop zie.',
          en: 'I leave letters unopened because I dread them.',
          ar: 'أترك الرسائل دون أن أفتحها، لأنني أخاف مما فيها.',
          tr: 'Mektupları açmadan bırakıyorum, çünkü açmaya gözüm yemiyor.',
          pl: 'Nie otwieram listów, bo boję się, co w nich jest.',
        },
      ],
      [
        'eten',
        {
          nl: 'Aan het eind van de maand heb ik geen geld meer voor eten.',
          en: 'At the end of the month I have no money left for food.',
          ar: 'في آخر الشهر لا يبقى معي مال للطعام.',
          tr: 'Ayın sonunda yiyecek için param kalmıyor.',
          pl: 'Pod koniec miesiąca nie mam już pieniędzy na jedzenie.',
        },
      ],
      [
        'lenen',
        {
          nl: 'Ik leen geld om andere schulden of rekeningen te betalen.',
          en: 'I borrow money to pay other debts or bills.',
          ar: 'أقترض مالًا لأدفع ديونًا أو فواتير أخرى.',
          tr: 'Başka borçları ya da faturaları ödemek için borç para alıyorum.',
          pl: 'Pożyczam pieniądze, żeby spłacić inne długi albo rachunki.',
        },
      ],
      [
        'overzicht',
        {
          nl: 'Ik weet niet precies hoeveel geld er elke maand binnenkomt en uitgaat.',
          en: 'I do not know exactly how much money comes in and goes out each month.',
          ar: 'لا أعرف بالضبط كم من المال يدخل وكم يخرج كل شهر.',
          tr: 'Her ay ne kadar para girip çıktığını tam olarak bilmiyorum.',
          pl: 'Nie wiem dokładnie, ile pieniędzy co miesiąc przychodzi i wychodzi.',
        },
      ],
      [
        'achterstand',
        {
          nl: 'Ik heb een achterstand bij de huur, de energie of de zorgverzekering.',
          en: 'I am behind on rent, energy or health insurance.',
          ar: 'عندي مبالغ متأخرة في الإيجار أو الكهرباء والغاز أو التأمين الصحي.',
          tr: 'Kira, enerji ya da sağlık sigortası ödemelerinde gecikmem var.',
          pl: 'Mam zaległości w czynszu, za prąd i gaz albo w ubezpieczeniu zdrowotnym.',
        },
      ],
      [
        'wakker',
        {
          nl: 'Ik lig wakker van zorgen over geld.',
          en: 'Money worries keep me awake at night.',
          ar: 'لا أستطيع النوم بسبب هموم المال.',
          tr: 'Para dertleri yüzünden uyuyamıyorum.',
          pl: 'Przez zmartwienia o pieniądze nie mogę spać.',
        },
      ],
    ]),
    bands: [
      {
        key: 'low',
        min: 0,
        max: 3,
        title: {
          nl: 'Je geldzaken lijken op orde',
          en: 'Your money matters seem to be in order',
          ar: 'يبدو أن أمورك المالية مرتبة',
          tr: 'Para işlerin yolunda görünüyor',
          pl: 'Twoje sprawy finansowe wyglądają na uporządkowane',
        },
        text: {
          nl: 'Je hebt nu weinig geldzorgen. Goed bezig! Houd overzicht over je geld, zodat je problemen op tijd ziet. Kijk ook of je recht hebt op toeslagen of regelingen.',
          en: 'You have few money worries right now. Well done! Keep an overview of your money, so you see problems in time. Also check whether you can get allowances or other support.',
          ar: 'هموم المال عندك قليلة الآن. أحسنت! حافظ على نظرة واضحة على مالك، حتى ترى المشاكل في وقتها. وتحقق أيضًا إن كان لك حق في مساعدات مالية (toeslagen) أو دعم آخر.',
          tr: 'Şu anda pek para sıkıntın yok. Aferin! Sorunları zamanında görmek için paranı takip etmeye devam et. Ayrıca devlet yardımlarına (toeslagen) ya da başka desteklere hakkın olup olmadığına bak.',
          pl: 'Teraz masz mało kłopotów z pieniędzmi. Dobra robota! Pilnuj swoich pieniędzy, żeby w porę zauważyć problemy. Sprawdź też, czy należą ci się dodatki (toeslagen) albo inna pomoc.',
        },
        steps: [
          { kind: 'article', slug: 'je-geldzaken-op-een-rij' },
          { kind: 'article', slug: 'toeslagen-en-regelingen' },
        ],
      },
      {
        key: 'medium',
        min: 4,
        max: 8,
        title: {
          nl: 'Er zijn zorgen over geld',
          en: 'There are money worries',
          ar: 'عندك هموم بسبب المال',
          tr: 'Para sıkıntıların var',
          pl: 'Masz zmartwienia o pieniądze',
        },
        text: {
          nl: 'Je hebt zorgen over geld, en die kunnen groter worden. Het goede nieuws: nu kun je nog veel zelf doen. Maak een overzicht van wat binnenkomt en uitgaat, en open al je post. Kom je er niet uit? Wij denken gratis met je mee.',
          en: 'You have money worries, and they can grow. The good news: right now you can still do a lot yourself. Make an overview of what comes in and goes out, and open all your post. Stuck? We think along with you for free.',
          ar: 'عندك هموم بسبب المال، وقد تكبر. الخبر الجيد: ما زلت تستطيع الآن أن تفعل الكثير بنفسك. اكتب ما يدخل وما يخرج من مال، وافتح كل رسائلك. لا تعرف ماذا تفعل؟ نحن نفكر معك مجانًا.',
          tr: 'Para sıkıntıların var ve bunlar büyüyebilir. İyi haber şu: şimdi hâlâ kendin çok şey yapabilirsin. Ne girip ne çıktığının bir listesini yap ve bütün mektuplarını aç. İşin içinden çıkamıyor musun? Seninle birlikte ücretsiz düşünürüz.',
          pl: 'Masz zmartwienia o pieniądze i mogą one rosnąć. Dobra wiadomość: teraz jeszcze wiele możesz zrobić sam lub sama. Zapisz, ile pieniędzy przychodzi i wychodzi, i otwórz wszystkie listy. Nie wiesz, co dalej? Pomożemy ci za darmo.',
        },
        steps: [
          { kind: 'article', slug: 'je-geldzaken-op-een-rij' },
          { kind: 'article', slug: 'schulden-wat-kun-je-zelf-doen' },
          { kind: 'chat' },
          { kind: 'register' },
        ],
      },
      {
        key: 'high',
        min: 9,
        max: 16,
        title: {
          nl: 'Je hebt serieuze geldzorgen',
          en: 'You have serious money worries',
          ar: 'عندك هموم مالية جدية',
          tr: 'Ciddi para sıkıntıların var',
          pl: 'Masz poważne kłopoty z pieniędzmi',
        },
        text: {
          nl: 'Je hebt nu veel zorgen over geld. Wacht niet langer: hoe eerder je hulp vraagt, hoe meer er nog kan. Schulden komen veel voor, je hoeft je niet te schamen. Hulp bij schulden via je gemeente is gratis. Wij helpen je op weg.',
          en: 'You have a lot of money worries right now. Do not wait any longer: the sooner you ask for help, the more can still be done. Debts are common, there is no need to feel ashamed. Debt help through your municipality is free. We help you get started.',
          ar: 'عندك الآن هموم كثيرة بسبب المال. لا تنتظر أكثر: كلما طلبت المساعدة أبكر، كان الحل أسهل. الديون شيء يحدث لكثير من الناس، ولا داعي لأن تخجل. المساعدة في الديون عن طريق البلدية (gemeente) مجانية. نحن نساعدك على البدء.',
          tr: 'Şu anda para yüzünden çok endişelisin. Daha fazla bekleme: ne kadar erken yardım istersen, o kadar çok şey yapılabilir. Borçlar çok yaygındır, utanmana gerek yok. Belediyen (gemeente) üzerinden borç yardımı ücretsizdir. Başlaman için sana yardım ederiz.',
          pl: 'Masz teraz dużo zmartwień o pieniądze. Nie czekaj dłużej: im wcześniej poprosisz o pomoc, tym więcej da się jeszcze zrobić. Długi ma wiele osób, nie musisz się wstydzić. Pomoc w sprawie długów przez twoją gminę (gemeente) jest darmowa. Pomożemy ci zacząć.',
        },
        steps: [
          { kind: 'article', slug: 'schulden-wat-kun-je-zelf-doen' },
          { kind: 'article', slug: 'huurachterstand-wat-nu' },
          { kind: 'chat' },
          { kind: 'register' },
        ],
      },
    ],
  },
};

export const ASSERTIVENESS_TEST: SelfTestDefinition = {
  slug: 'voor-jezelf-opkomen',
  theme: 'relationships',
  content: {
    title: {
      nl: 'Test: kom je voor jezelf op?',
      en: 'Test: do you stand up for yourself?',
      ar: 'اختبار: هل تدافع عن نفسك؟',
      tr: 'Test: Kendini savunabiliyor musun?',
      pl: 'Test: czy walczysz o siebie?',
    },
    intro: {
      nl: 'Acht situaties uit het dagelijks leven. Kies hoe vaak het je lukt. Er zijn geen goede of foute antwoorden. Het kost je ongeveer 2 minuten.',
      en: 'Eight everyday situations. Choose how often you manage. There are no right or wrong answers. It takes about 2 minutes.',
      ar: 'ثمانية مواقف من الحياة اليومية. اختر كم مرة تنجح في ذلك. لا توجد إجابات صحيحة أو خاطئة. يأخذ الاختبار حوالي دقيقتين.',
      tr: 'Günlük hayattan sekiz durum. Bunu ne sıklıkla başardığını seç. Doğru ya da yanlış cevap yoktur. Yaklaşık 2 dakikanı alır.',
      pl: 'Osiem sytuacji z codziennego życia. Wybierz, jak często ci się to udaje. Nie ma dobrych ani złych odpowiedzi. Zajmie ci to około 2 minut.',
    },
    questions: questions(HOW_OFTEN_IT_WORKS, [
      [
        'nee-zeggen',
        {
          nl: 'Ik zeg "nee" als ik iets niet wil.',
          en: 'I say "no" when I do not want something.',
          ar: 'أقول «لا» عندما لا أريد شيئًا.',
          tr: 'Bir şeyi istemediğimde "hayır" derim.',
          pl: 'Mówię „nie”, kiedy czegoś nie chcę.',
        },
      ],
      [
        'oneens',
        {
          nl: 'Ik zeg het als ik het ergens niet mee eens ben.',
          en: 'I say so when I disagree with something.',
          ar: 'أقول ذلك عندما لا أوافق على شيء.',
          tr: 'Bir şeye katılmadığımda bunu söylerim.',
          pl: 'Mówię o tym, kiedy się z czymś nie zgadzam.',
        },
      ],
      [
        'hulp-vragen',
        {
          nl: 'Ik vraag om hulp als ik die nodig heb.',
          en: 'I ask for help when I need it.',
          ar: 'أطلب المساعدة عندما أحتاجها.',
          tr: 'İhtiyacım olduğunda yardım isterim.',
          pl: 'Proszę o pomoc, kiedy jej potrzebuję.',
        },
      ],
      [
        'storen',
        {
          nl: 'Ik zeg het als iemand iets doet wat mij stoort.',
          en: 'I say so when someone does something that bothers me.',
          ar: 'أقول ذلك عندما يفعل شخص شيئًا يزعجني.',
          tr: 'Biri beni rahatsız eden bir şey yaptığında bunu söylerim.',
          pl: 'Mówię o tym, kiedy ktoś robi coś, co mi przeszkadza.',
        },
      ],
      [
        'compliment',
        {
          nl: 'Ik neem een compliment aan, zonder het weg te wuiven.',
          en: 'I accept a compliment without brushing it off.',
          ar: 'أقبل المديح، ولا أقلل من قيمته.',
          tr: 'Bir iltifatı geçiştirmeden kabul ederim.',
          pl: 'Przyjmuję komplement i go nie zbywam.',
        },
      ],
      [
        'mening',
        {
          nl: 'Ik geef mijn mening, ook in een groep.',
          en: 'I give my opinion, also in a group.',
          ar: 'أقول رأيي، حتى عندما أكون في مجموعة.',
          tr: 'Fikrimi söylerim, bir grubun içinde de.',
          pl: 'Mówię, co myślę, także w grupie.',
        },
      ],
      [
        'rustig',
        {
          nl: 'Ik kom voor mezelf op zonder boos te worden.',
          en: 'I stand up for myself without getting angry.',
          ar: 'أدافع عن نفسي بدون أن أغضب.',
          tr: 'Sinirlenmeden kendimi savunurum.',
          pl: 'Walczę o siebie, ale się przy tym nie złoszczę.',
        },
      ],
      [
        'terugbrengen',
        {
          nl: 'Ik breng iets terug naar de winkel als het kapot is.',
          en: 'I take something back to the shop when it is broken.',
          ar: 'أرجع الشيء إلى المحل إذا كان مكسورًا.',
          tr: 'Bozuk çıkan bir şeyi mağazaya geri götürürüm.',
          pl: 'Oddaję rzecz do sklepu, kiedy jest zepsuta.',
        },
      ],
    ]),
    bands: [
      {
        key: 'low',
        min: 0,
        max: 7,
        title: {
          nl: 'Je komt goed voor jezelf op',
          en: 'You stand up for yourself well',
          ar: 'أنت تدافع عن نفسك بشكل جيد',
          tr: 'Kendini iyi savunuyorsun',
          pl: 'Dobrze walczysz o siebie',
        },
        text: {
          nl: 'Het lukt je meestal goed om te zeggen wat je wilt en wat je vindt. Knap! Soms is het in een ruzie toch lastig. Lees dan hoe je rustig blijft en samen een oplossing zoekt.',
          en: 'You usually manage to say what you want and what you think. Well done! Sometimes it is still hard in an argument. Then read how to stay calm and find a solution together.',
          ar: 'في أغلب الأحيان تنجح في أن تقول ما تريده وما تفكر فيه. أحسنت! لكن في الخلاف يكون ذلك صعبًا أحيانًا. اقرأ إذن كيف تبقى هادئًا وتبحث مع الآخر عن حل.',
          tr: 'Ne istediğini ve ne düşündüğünü söylemeyi çoğu zaman iyi başarıyorsun. Aferin! Bir kavgada bu bazen yine de zor olabilir. O zaman nasıl sakin kalacağını ve birlikte nasıl çözüm bulacağınızı oku.',
          pl: 'Zwykle dobrze ci idzie mówienie, czego chcesz i co myślisz. Brawo! Czasem w kłótni jest to jednak trudne. Przeczytaj wtedy, jak zachować spokój i razem szukać rozwiązania.',
        },
        steps: [{ kind: 'article', slug: 'veel-ruzie-in-je-relatie' }],
      },
      {
        key: 'medium',
        min: 8,
        max: 15,
        title: {
          nl: 'Soms vind je het lastig',
          en: 'Sometimes you find it hard',
          ar: 'أحيانًا تجد ذلك صعبًا',
          tr: 'Bazen zorlanıyorsun',
          pl: 'Czasem jest ci trudno',
        },
        text: {
          nl: 'Soms lukt het je om voor jezelf op te komen, soms niet. Dat is heel normaal. Voor jezelf opkomen kun je leren, net als fietsen. Begin met kleine dingen, bijvoorbeeld "nee" zeggen tegen iets kleins.',
          en: 'Sometimes you manage to stand up for yourself, sometimes not. That is very normal. Standing up for yourself can be learned, just like cycling. Start with small things, for example saying "no" to something small.',
          ar: 'أحيانًا تنجح في الدفاع عن نفسك، وأحيانًا لا. هذا طبيعي جدًا. الدفاع عن النفس شيء يمكنك أن تتعلمه، مثل ركوب الدراجة. ابدأ بأشياء صغيرة، مثلًا أن تقول «لا» لطلب صغير.',
          tr: 'Bazen kendini savunmayı başarıyorsun, bazen başaramıyorsun. Bu çok normal. Kendini savunmayı bisiklete binmek gibi öğrenebilirsin. Küçük şeylerle başla, örneğin küçük bir şeye "hayır" diyerek.',
          pl: 'Czasem udaje ci się walczyć o siebie, a czasem nie. To zupełnie normalne. Walczenia o siebie można się nauczyć, tak jak jazdy na rowerze. Zacznij od małych rzeczy, na przykład powiedz „nie” w jakiejś drobnej sprawie.',
        },
        steps: [{ kind: 'article', slug: 'problemen-op-je-werk' }, ASSERTIVENESS_TRAINING, { kind: 'chat' }],
      },
      {
        key: 'high',
        min: 16,
        max: 24,
        title: {
          nl: 'Voor jezelf opkomen is moeilijk voor je',
          en: 'Standing up for yourself is hard for you',
          ar: 'الدفاع عن نفسك صعب عليك',
          tr: 'Kendini savunmak senin için zor',
          pl: 'Walczenie o siebie jest dla ciebie trudne',
        },
        text: {
          nl: 'Het lukt je vaak niet om te zeggen wat je wilt of vindt. Dat kost veel energie, en anderen lopen soms over je heen. Dat hoeft niet zo te blijven. Met oefenen en een beetje hulp wordt het makkelijker.',
          en: 'You often do not manage to say what you want or think. That takes a lot of energy, and others sometimes walk all over you. It does not have to stay that way. With practice and a little help it gets easier.',
          ar: 'في كثير من الأحيان لا تنجح في أن تقول ما تريده أو ما تفكر فيه. هذا يأخذ منك طاقة كثيرة، وأحيانًا لا يحترم الآخرون رأيك. لا يجب أن يبقى الأمر هكذا. مع التمرين وقليل من المساعدة يصبح الأمر أسهل.',
          tr: 'Ne istediğini ya da ne düşündüğünü çoğu zaman söyleyemiyorsun. Bu çok enerjini alıyor ve başkaları bazen seni hiçe sayıyor. Böyle kalmak zorunda değil. Alıştırma yaparak ve biraz yardımla daha kolay olur.',
          pl: 'Często nie udaje ci się powiedzieć, czego chcesz albo co myślisz. To zabiera dużo energii, a inni czasem cię nie szanują. Nie musi tak zostać. Dzięki ćwiczeniom i odrobinie pomocy będzie łatwiej.',
        },
        steps: [ASSERTIVENESS_TRAINING, { kind: 'chat' }, { kind: 'register' }],
      },
    ],
  },
};

/** Nabij's own self-tests, written for this project in B1 Dutch with English, Arabic, Turkish and Polish versions (issue 17). */
export const LIBRARY_SELF_TESTS: SelfTestDefinition[] = [STRESS_TEST, MONEY_QUICKSCAN, ASSERTIVENESS_TEST];
