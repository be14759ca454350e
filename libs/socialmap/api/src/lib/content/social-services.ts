import type { SocialServiceInput } from '../socialmap.repository';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const LEIDEN = range(2311, 2334);
const GOUDA = range(2801, 2809);
const ALPHEN = [...range(2401, 2409), 2771];
const LEIDERDORP = range(2351, 2353);
const OEGSTGEEST = range(2341, 2343);

/**
 * The social map of the demo region, written for this project in plain Dutch (B1).
 *
 * The four national lines are real, with their real, long-standing numbers and websites. Every local
 * service is an example of a kind of help that exists in most municipalities, marked `demo`: it has
 * no phone number or street address, so nobody calls or visits a made-up place; only the website of
 * the municipality itself is given where it is real.
 */
export const SOCIAL_SERVICES: SocialServiceInput[] = [
  {
    providerName: 'Juridisch Loket',
    name: 'Gratis juridisch advies',
    description:
      'Heb je een vraag over je huur, je werk, een boete, schulden of een scheiding? Het Juridisch Loket legt uit wat je rechten zijn en wat je kunt doen. Het advies is gratis.',
    categories: ['legal', 'money', 'relationships'],
    audience: 'Iedereen met een laag of middeninkomen',
    municipality: 'Landelijk',
    openingHours: 'Maandag tot en met vrijdag, 9:00 tot 17:00',
    phone: '0900-8020',
    website: 'https://www.juridischloket.nl',
    referral: 'self',
    servedAreas: [],
  },
  {
    providerName: 'Veilig Thuis',
    name: 'Advies en hulp bij geweld in huis',
    description:
      'Word je thuis geslagen, bedreigd of vernederd? Of maak je je zorgen over iemand anders, bijvoorbeeld een kind? Bel Veilig Thuis. Je mag anoniem bellen. Bij direct gevaar bel je 112.',
    categories: ['safety'],
    audience: 'Iedereen die geweld meemaakt of zich zorgen maakt over een ander',
    municipality: 'Landelijk',
    openingHours: 'Dag en nacht, ook in het weekend',
    phone: '0800-2000',
    website: 'https://veiligthuis.nl',
    referral: 'self',
    servedAreas: [],
  },
  {
    providerName: '113 Zelfmoordpreventie',
    name: 'Praten als je aan zelfdoding denkt',
    description: 'Denk je aan zelfdoding, of maak je je zorgen om iemand? Praat anoniem met iemand van 113. Bellen en chatten is gratis.',
    categories: ['health'],
    audience: 'Iedereen die aan zelfdoding denkt, en hun naasten',
    municipality: 'Landelijk',
    openingHours: 'Dag en nacht',
    phone: '0800-0113',
    website: 'https://www.113.nl',
    referral: 'self',
    servedAreas: [],
  },
  {
    providerName: 'Geldfit',
    name: 'Hulp bij geldzorgen en schulden',
    description:
      'Kun je je rekeningen niet meer betalen of heb je schulden? Doe de korte test op de website of bel. Geldfit zoekt met je uit welke hulp er in jouw gemeente is.',
    categories: ['money'],
    audience: 'Iedereen met geldzorgen',
    municipality: 'Landelijk',
    openingHours: 'Maandag tot en met vrijdag, overdag',
    phone: '0800-8115',
    website: 'https://www.geldfit.nl',
    referral: 'self',
    servedAreas: [],
  },
  {
    providerName: 'Gemeente Leiden',
    name: 'Schuldhulpverlening',
    description:
      'Een schuldhulpverlener van de gemeente kijkt met je naar je schulden, je inkomen en je vaste lasten. Samen maak je een plan. Soms regelt de gemeente een regeling met de mensen aan wie je geld moet betalen.',
    categories: ['money'],
    audience: 'Inwoners van Leiden met schulden',
    municipality: 'Leiden',
    openingHours: 'Aanmelden kan op werkdagen',
    website: 'https://www.leiden.nl',
    referral: 'self',
    servedAreas: LEIDEN,
    locationPc4: 2311,
    demo: true,
  },
  {
    providerName: 'Thuisadministratie Leiden',
    name: 'Een vrijwilliger helpt met je post en rekeningen',
    description:
      'Een getrainde vrijwilliger komt bij je thuis. Samen maak je je post open, zet je je papieren op orde en maak je een overzicht van je geld. Zo voorkom je nieuwe schulden.',
    categories: ['money', 'daytime'],
    audience: 'Volwassenen die moeite hebben met hun administratie',
    municipality: 'Leiden',
    openingHours: 'Op afspraak',
    referral: 'worker',
    servedAreas: [...LEIDEN, ...LEIDERDORP, ...OEGSTGEEST],
    locationPc4: 2316,
    demo: true,
  },
  {
    providerName: 'Gemeente Gouda',
    name: 'Schuldhulpverlening',
    description:
      'Heb je schulden of kun je je vaste lasten niet meer betalen? De gemeente helpt je met een plan en zoekt met je naar een oplossing.',
    categories: ['money'],
    audience: 'Inwoners van Gouda met schulden',
    municipality: 'Gouda',
    openingHours: 'Aanmelden kan op werkdagen',
    website: 'https://www.gouda.nl',
    referral: 'self',
    servedAreas: GOUDA,
    locationPc4: 2801,
    demo: true,
  },
  {
    providerName: 'Voedselbank regio Leiden',
    name: 'Voedselpakket',
    description:
      'Heb je na je vaste lasten te weinig geld over voor eten? Dan krijg je misschien een tijd elke week een pakket met eten. Je hulpverlener meldt je aan en kijkt samen met je of je er recht op hebt.',
    categories: ['food-goods', 'money'],
    audience: 'Gezinnen en alleenstaanden met heel weinig geld',
    municipality: 'Leiden',
    openingHours: 'Uitdelen op één vaste dag per week',
    referral: 'worker',
    servedAreas: [...LEIDEN, ...LEIDERDORP, ...OEGSTGEEST],
    locationPc4: 2321,
    demo: true,
  },
  {
    providerName: 'Weggeefwinkel Leiderdorp',
    name: 'Gratis kleding en spullen',
    description: 'Haal gratis kleding, speelgoed en spullen voor in huis. Heb je zelf iets over? Breng het langs. Iedereen is welkom.',
    categories: ['food-goods'],
    audience: 'Iedereen',
    municipality: 'Leiderdorp',
    openingHours: 'Twee middagen per week',
    referral: 'self',
    servedAreas: [],
    locationPc4: 2351,
    demo: true,
  },
  {
    providerName: 'Huurdersspreekuur Leiden',
    name: 'Hulp bij huurachterstand en problemen met je huis',
    description:
      'Loop je achter met de huur, krijg je een brief over uitzetting, of doet je verhuurder niets aan schimmel of lekkage? Kom naar het spreekuur. We bellen of schrijven samen met je naar de verhuurder.',
    categories: ['housing', 'money'],
    audience: 'Huurders in Leiden',
    municipality: 'Leiden',
    openingHours: 'Elke week een inloopspreekuur',
    referral: 'self',
    servedAreas: LEIDEN,
    locationPc4: 2313,
    demo: true,
  },
  {
    providerName: 'Centrum voor Jeugd en Gezin Leiden',
    name: 'Vragen over opvoeden en opgroeien',
    description:
      'Huilt je baby veel, heeft je kind driftbuien, of maak je je zorgen over je puber? Praat met een jeugdverpleegkundige of pedagoog. Je kunt ook naar een oudercursus.',
    categories: ['parenting'],
    audience: 'Ouders en verzorgers van kinderen van 0 tot 23 jaar',
    municipality: 'Leiden',
    openingHours: 'Werkdagen, ook op afspraak',
    website: 'https://www.leiden.nl',
    referral: 'self',
    servedAreas: LEIDEN,
    locationPc4: 2315,
    demo: true,
  },
  {
    providerName: 'Maatjesproject Leiden en Oegstgeest',
    name: 'Een maatje tegen eenzaamheid',
    description:
      'Voel je je alleen? Een vrijwilliger komt elke week of om de week langs. Jullie praten, wandelen of drinken samen koffie. Je kiest zelf wat je wilt doen.',
    categories: ['loneliness', 'daytime'],
    audience: 'Volwassenen en ouderen die zich eenzaam voelen',
    municipality: 'Leiden',
    openingHours: 'Op afspraak',
    referral: 'self',
    servedAreas: [...LEIDEN, ...OEGSTGEEST],
    locationPc4: 2322,
    demo: true,
  },
  {
    providerName: 'Vrijwilligerscentrale Leiden',
    name: 'Vrijwilligerswerk dat bij je past',
    description:
      'Wil je iets doen voor een ander, mensen ontmoeten of weer een ritme hebben? Een medewerker zoekt met je naar vrijwilligerswerk dat bij je past.',
    categories: ['daytime', 'loneliness', 'work-income'],
    audience: 'Iedereen vanaf 16 jaar',
    municipality: 'Leiden',
    openingHours: 'Werkdagen',
    referral: 'self',
    servedAreas: [],
    locationPc4: 2312,
    demo: true,
  },
  {
    providerName: 'Scheidingsspreekuur Alphen aan den Rijn',
    name: 'Advies als je uit elkaar gaat',
    description:
      'Ga je scheiden of uit elkaar? Een mediator en een maatschappelijk werker vertellen wat je moet regelen: de kinderen, het huis, geld en afspraken. De eerste keer is gratis.',
    categories: ['relationships', 'legal', 'parenting'],
    audience: 'Ouders en stellen die uit elkaar gaan',
    municipality: 'Alphen aan den Rijn',
    openingHours: 'Eén avond per maand',
    referral: 'self',
    servedAreas: ALPHEN,
    locationPc4: 2403,
    demo: true,
  },
  {
    providerName: 'Werkplein Alphen aan den Rijn',
    name: 'Hulp bij werk en een uitkering',
    description:
      'Heb je geen werk of te weinig inkomen? Je vraagt hier een bijstandsuitkering aan en krijgt hulp bij het vinden van werk, een opleiding of een stage.',
    categories: ['work-income', 'money'],
    audience: 'Inwoners van Alphen aan den Rijn zonder (genoeg) inkomen',
    municipality: 'Alphen aan den Rijn',
    openingHours: 'Werkdagen',
    website: 'https://www.alphenaandenrijn.nl',
    referral: 'self',
    servedAreas: ALPHEN,
    locationPc4: 2405,
    demo: true,
  },
  {
    providerName: 'Herstelcafé Gouda',
    name: 'Inloop voor mensen met psychische klachten',
    description:
      'Heb je last van somberheid, angst of andere psychische klachten? Kom binnen voor koffie en een gesprek met mensen die dit zelf ook hebben meegemaakt. Aanmelden hoeft niet.',
    categories: ['health', 'loneliness'],
    audience: 'Volwassenen met psychische klachten en hun naasten',
    municipality: 'Gouda',
    openingHours: 'Drie ochtenden per week',
    referral: 'self',
    servedAreas: GOUDA,
    locationPc4: 2803,
    demo: true,
  },
];
