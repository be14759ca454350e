import type { LocalText, SelfTestDefinition, SelfTestOptionDefinition } from '@nabij/library/contracts';

/** How often something happened; more points is more stress. */
const HOW_OFTEN: SelfTestOptionDefinition[] = [
  { points: 0, label: { nl: 'Nooit', en: 'Never' } },
  { points: 1, label: { nl: 'Soms', en: 'Sometimes' } },
  { points: 2, label: { nl: 'Vaak', en: 'Often' } },
  { points: 3, label: { nl: 'Bijna altijd', en: 'Almost always' } },
];

/** Whether something is true now; more points is more worry. */
const IS_IT_TRUE: SelfTestOptionDefinition[] = [
  { points: 0, label: { nl: 'Nee', en: 'No' } },
  { points: 1, label: { nl: 'Soms of een beetje', en: 'Sometimes or a little' } },
  { points: 2, label: { nl: 'Ja', en: 'Yes' } },
];

/** How often something works out; the points count how hard it is, so "almost never" weighs most. */
const HOW_OFTEN_IT_WORKS: SelfTestOptionDefinition[] = [
  { points: 3, label: { nl: 'Bijna nooit', en: 'Almost never' } },
  { points: 2, label: { nl: 'Soms', en: 'Sometimes' } },
  { points: 1, label: { nl: 'Vaak', en: 'Often' } },
  { points: 0, label: { nl: 'Bijna altijd', en: 'Almost always' } },
];

function questions(options: SelfTestOptionDefinition[], list: Array<[string, LocalText]>) {
  return list.map(([key, text]) => ({ key, text, options }));
}

const ASSERTIVENESS_TRAINING = {
  kind: 'training' as const,
  name: { nl: 'Online training Assertiviteit: voor jezelf opkomen', en: 'Online training Assertiveness: standing up for yourself' },
  text: {
    nl: 'Acht korte lessen met oefeningen voor thuis. Je oefent in je eigen tempo en een trainer geeft je tips. Je doet de training als je bij ons bent aangemeld.',
    en: 'Eight short lessons with exercises to do at home. You practise at your own pace and a trainer gives you tips. You can take the training once you are registered with us.',
  },
};

export const STRESS_TEST: SelfTestDefinition = {
  slug: 'stresstest',
  theme: 'stress',
  content: {
    title: { nl: 'Stresstest: hoeveel stress heb je?', en: 'Stress test: how much stress do you have?' },
    intro: {
      nl: 'Acht korte vragen over de afgelopen twee weken. Er zijn geen goede of foute antwoorden. Het kost je ongeveer 2 minuten.',
      en: 'Eight short questions about the past two weeks. There are no right or wrong answers. It takes about 2 minutes.',
    },
    questions: questions(HOW_OFTEN, [
      ['slaap', { nl: 'Ik slaap slecht of ik word moe wakker.', en: 'I sleep badly or I wake up tired.' }],
      ['piekeren', { nl: 'Ik pieker veel. Ik kan mijn gedachten niet stilzetten.', en: 'I worry a lot. I cannot stop my thoughts.' }],
      ['prikkelbaar', { nl: 'Ik ben snel geïrriteerd of boos.', en: 'I get irritated or angry quickly.' }],
      [
        'lichaam',
        {
          nl: 'Ik heb last van mijn lijf, zoals hoofdpijn, buikpijn of een stijve nek.',
          en: 'My body bothers me, for example a headache, stomach ache or a stiff neck.',
        },
      ],
      ['concentratie', { nl: 'Ik kan me slecht concentreren.', en: 'I find it hard to concentrate.' }],
      ['te-veel', { nl: 'Ik heb het gevoel dat alles me te veel wordt.', en: 'I feel that everything is getting too much for me.' }],
      ['plezier', { nl: 'Ik heb geen zin in dingen die ik vroeger leuk vond.', en: 'I do not feel like doing things I used to enjoy.' }],
      ['ontspannen', { nl: 'Ik heb geen tijd of energie om te ontspannen.', en: 'I have no time or energy to relax.' }],
    ]),
    bands: [
      {
        key: 'low',
        min: 0,
        max: 7,
        title: { nl: 'Je hebt weinig stress', en: 'You have little stress' },
        text: {
          nl: 'Je hebt nu weinig last van stress. Fijn! Blijf goed voor jezelf zorgen: slaap genoeg, beweeg elke dag en doe dingen die je leuk vindt. Lees hoe je stress op tijd herkent.',
          en: 'You have little trouble with stress right now. Good! Keep taking care of yourself: sleep enough, move every day and do things you enjoy. Read how to recognise stress in time.',
        },
        steps: [{ kind: 'article', slug: 'stress-herkennen-en-verminderen' }],
      },
      {
        key: 'medium',
        min: 8,
        max: 15,
        title: { nl: 'Je hebt best veel stress', en: 'You have quite a lot of stress' },
        text: {
          nl: 'Je merkt dat stress je dagen zwaarder maakt. Dat is een signaal om iets te veranderen. Je kunt zelf al veel doen. Begin klein: kies één ding dat je deze week anders doet. Lukt dat niet? Praat er dan met ons over.',
          en: 'You notice that stress makes your days harder. That is a signal to change something. You can do a lot yourself. Start small: choose one thing to do differently this week. Does that not work? Then talk to us about it.',
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
        title: { nl: 'Je hebt veel stress', en: 'You have a lot of stress' },
        text: {
          nl: 'Je hebt nu veel last van stress. Dat is zwaar, en je hoeft het niet alleen op te lossen. Praat erover met iemand die je vertrouwt, met ons of met je huisarts. Wacht daar niet te lang mee. Merk je dat je niet meer wilt leven? Bel dan meteen 113.',
          en: 'You have a lot of trouble with stress right now. That is hard, and you do not have to solve it alone. Talk about it with someone you trust, with us or with your GP. Do not wait too long. Do you notice that you no longer want to live? Then call 113 right away.',
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
    title: { nl: 'Quickscan geldzorgen', en: 'Quick scan: money worries' },
    intro: {
      nl: 'Acht vragen over hoe het nu met je geld gaat. Je antwoorden blijven op je eigen scherm. Het kost je ongeveer 2 minuten.',
      en: 'Eight questions about how your money is doing now. Your answers stay on your own screen. It takes about 2 minutes.',
    },
    questions: questions(IS_IT_TRUE, [
      ['rekeningen', { nl: 'Ik heb rekeningen die ik niet op tijd kan betalen.', en: 'I have bills that I cannot pay on time.' }],
      [
        'aanmaningen',
        {
          nl: 'Ik krijg aanmaningen of brieven van een incassobureau of deurwaarder.',
          en: 'I get reminders or letters from a debt collector or bailiff.',
        },
      ],
      ['post', { nl: 'Ik laat post dicht liggen, omdat ik er tegenop zie.', en: 'I leave letters unopened because I dread them.' }],
      [
        'eten',
        { nl: 'Aan het eind van de maand heb ik geen geld meer voor eten.', en: 'At the end of the month I have no money left for food.' },
      ],
      ['lenen', { nl: 'Ik leen geld om andere schulden of rekeningen te betalen.', en: 'I borrow money to pay other debts or bills.' }],
      [
        'overzicht',
        {
          nl: 'Ik weet niet precies hoeveel geld er elke maand binnenkomt en uitgaat.',
          en: 'I do not know exactly how much money comes in and goes out each month.',
        },
      ],
      [
        'achterstand',
        {
          nl: 'Ik heb een achterstand bij de huur, de energie of de zorgverzekering.',
          en: 'I am behind on rent, energy or health insurance.',
        },
      ],
      ['wakker', { nl: 'Ik lig wakker van zorgen over geld.', en: 'Money worries keep me awake at night.' }],
    ]),
    bands: [
      {
        key: 'low',
        min: 0,
        max: 3,
        title: { nl: 'Je geldzaken lijken op orde', en: 'Your money matters seem to be in order' },
        text: {
          nl: 'Je hebt nu weinig geldzorgen. Goed bezig! Houd overzicht over je geld, zodat je problemen op tijd ziet. Kijk ook of je recht hebt op toeslagen of regelingen.',
          en: 'You have few money worries right now. Well done! Keep an overview of your money, so you see problems in time. Also check whether you can get allowances or other support.',
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
        title: { nl: 'Er zijn zorgen over geld', en: 'There are money worries' },
        text: {
          nl: 'Je hebt zorgen over geld, en die kunnen groter worden. Het goede nieuws: nu kun je nog veel zelf doen. Maak een overzicht van wat binnenkomt en uitgaat, en open al je post. Kom je er niet uit? Wij denken gratis met je mee.',
          en: 'You have money worries, and they can grow. The good news: right now you can still do a lot yourself. Make an overview of what comes in and goes out, and open all your post. Stuck? We think along with you for free.',
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
        title: { nl: 'Je hebt serieuze geldzorgen', en: 'You have serious money worries' },
        text: {
          nl: 'Je hebt nu veel zorgen over geld. Wacht niet langer: hoe eerder je hulp vraagt, hoe meer er nog kan. Schulden komen veel voor, je hoeft je niet te schamen. Hulp bij schulden via je gemeente is gratis. Wij helpen je op weg.',
          en: 'You have a lot of money worries right now. Do not wait any longer: the sooner you ask for help, the more can still be done. Debts are common, there is no need to feel ashamed. Debt help through your municipality is free. We help you get started.',
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
    title: { nl: 'Test: kom je voor jezelf op?', en: 'Test: do you stand up for yourself?' },
    intro: {
      nl: 'Acht situaties uit het dagelijks leven. Kies hoe vaak het je lukt. Er zijn geen goede of foute antwoorden. Het kost je ongeveer 2 minuten.',
      en: 'Eight everyday situations. Choose how often you manage. There are no right or wrong answers. It takes about 2 minutes.',
    },
    questions: questions(HOW_OFTEN_IT_WORKS, [
      ['nee-zeggen', { nl: 'Ik zeg "nee" als ik iets niet wil.', en: 'I say "no" when I do not want something.' }],
      ['oneens', { nl: 'Ik zeg het als ik het ergens niet mee eens ben.', en: 'I say so when I disagree with something.' }],
      ['hulp-vragen', { nl: 'Ik vraag om hulp als ik die nodig heb.', en: 'I ask for help when I need it.' }],
      ['storen', { nl: 'Ik zeg het als iemand iets doet wat mij stoort.', en: 'I say so when someone does something that bothers me.' }],
      ['compliment', { nl: 'Ik neem een compliment aan, zonder het weg te wuiven.', en: 'I accept a compliment without brushing it off.' }],
      ['mening', { nl: 'Ik geef mijn mening, ook in een groep.', en: 'I give my opinion, also in a group.' }],
      ['rustig', { nl: 'Ik kom voor mezelf op zonder boos te worden.', en: 'I stand up for myself without getting angry.' }],
      [
        'terugbrengen',
        {
          nl: 'Ik breng iets terug naar de winkel als het kapot is.',
          en: 'I take something back to the shop when it is broken.',
        },
      ],
    ]),
    bands: [
      {
        key: 'low',
        min: 0,
        max: 7,
        title: { nl: 'Je komt goed voor jezelf op', en: 'You stand up for yourself well' },
        text: {
          nl: 'Het lukt je meestal goed om te zeggen wat je wilt en wat je vindt. Knap! Soms is het in een ruzie toch lastig. Lees dan hoe je rustig blijft en samen een oplossing zoekt.',
          en: 'You usually manage to say what you want and what you think. Well done! Sometimes it is still hard in an argument. Then read how to stay calm and find a solution together.',
        },
        steps: [{ kind: 'article', slug: 'veel-ruzie-in-je-relatie' }],
      },
      {
        key: 'medium',
        min: 8,
        max: 15,
        title: { nl: 'Soms vind je het lastig', en: 'Sometimes you find it hard' },
        text: {
          nl: 'Soms lukt het je om voor jezelf op te komen, soms niet. Dat is heel normaal. Voor jezelf opkomen kun je leren, net als fietsen. Begin met kleine dingen, bijvoorbeeld "nee" zeggen tegen iets kleins.',
          en: 'Sometimes you manage to stand up for yourself, sometimes not. That is very normal. Standing up for yourself can be learned, just like cycling. Start with small things, for example saying "no" to something small.',
        },
        steps: [{ kind: 'article', slug: 'problemen-op-je-werk' }, ASSERTIVENESS_TRAINING, { kind: 'chat' }],
      },
      {
        key: 'high',
        min: 16,
        max: 24,
        title: { nl: 'Voor jezelf opkomen is moeilijk voor je', en: 'Standing up for yourself is hard for you' },
        text: {
          nl: 'Het lukt je vaak niet om te zeggen wat je wilt of vindt. Dat kost veel energie, en anderen lopen soms over je heen. Dat hoeft niet zo te blijven. Met oefenen en een beetje hulp wordt het makkelijker.',
          en: 'You often do not manage to say what you want or think. That takes a lot of energy, and others sometimes walk all over you. It does not have to stay that way. With practice and a little help it gets easier.',
        },
        steps: [ASSERTIVENESS_TRAINING, { kind: 'chat' }, { kind: 'register' }],
      },
    ],
  },
};

/** Nabij's own self-tests, written for this project in B1 Dutch with an English version. */
export const LIBRARY_SELF_TESTS: SelfTestDefinition[] = [STRESS_TEST, MONEY_QUICKSCAN, ASSERTIVENESS_TEST];
