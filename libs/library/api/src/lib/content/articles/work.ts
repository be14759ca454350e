import type { ArticleDefinition } from '../library-content';

export const WORK_ARTICLES: ArticleDefinition[] = [
  {
    slug: 'je-baan-kwijt-eerste-stappen',
    theme: 'work',
    audiences: ['adults'],
    nl: {
      title: 'Je baan kwijt: de eerste stappen',
      summary: 'Ontslagen of je contract stopt? Dat is een schok. Met deze stappen regel je je inkomen en kijk je vooruit.',
      body: `Je baan verliezen is een grote gebeurtenis. Je maakt je zorgen over geld en over wat nu. Regel eerst je inkomen. Daarna heb je meer rust om verder te kijken.

## De eerste stappen

1. **Teken niet meteen.** Krijg je een vaststellingsovereenkomst of ontslagbrief? Laat die eerst checken. Vraag gratis advies bij het Juridisch Loket: 0900 8020, of bij je vakbond als je lid bent.
2. **Vraag een WW-uitkering aan.** Doe dat bij het UWV, binnen een week na je laatste werkdag. Kijk op [uwv.nl](https://www.uwv.nl).
3. **Geef het door.** Aan de Belastingdienst voor je toeslagen, en aan je gemeente als je een regeling hebt.
4. **Pas je uitgaven aan.** Je WW is lager dan je loon. Maak een nieuw overzicht van je geld.

## Geen recht op WW?

Dan kun je misschien bijstand aanvragen bij de gemeente. Lees ons artikel over bijstand.

## Goed voor jezelf zorgen

Houd een ritme vast: op tijd opstaan, bewegen, mensen zien. Vertel het aan mensen om je heen. Via hen vinden veel mensen een nieuwe baan.

## Wanneer vraag je ons om hulp?

Loopt het geld vast, of zit je er erg mee? Stuur ons een bericht.`,
    },
    en: {
      title: 'Lost your job: the first steps',
      summary: 'Dismissed, or is your contract ending? That is a shock. With these steps you arrange your income and look ahead.',
      body: `Losing your job is a big event. You worry about money and about what comes next. Arrange your income first. Then you have more peace to look further.

## The first steps

1. **Do not sign right away.** Did you get a settlement agreement or dismissal letter? Have it checked first. Get free advice from Het Juridisch Loket: 0900 8020, or from your union if you are a member.
2. **Apply for unemployment benefit (WW).** Do this at UWV, within a week after your last working day. See [uwv.nl](https://www.uwv.nl).
3. **Report the change.** To the Tax Administration for your allowances, and to your municipality if you use a scheme.
4. **Adjust your spending.** Your WW is lower than your wages. Make a new overview of your money.

## Not entitled to WW?

Then you may be able to apply for social assistance (bijstand) from the municipality. Read our article about bijstand.

## Taking care of yourself

Keep a rhythm: get up on time, move, see people. Tell the people around you. Many people find a new job through them.

## When should you ask us for help?

Is your money getting stuck, or is it weighing on you? Send us a message.`,
    },
  },
  {
    slug: 'bijstand-aanvragen',
    theme: 'work',
    audiences: ['adults'],
    nl: {
      title: 'Bijstand aanvragen',
      summary: 'Heb je geen werk en te weinig geld om van te leven? Dan kun je bij je gemeente bijstand aanvragen.',
      body: `Bijstand is een uitkering van de gemeente voor mensen die niet genoeg geld hebben om van te leven. Bijvoorbeeld als je geen werk hebt en geen WW krijgt, of als je WW stopt.

## Wie kan bijstand krijgen?

- Je bent 18 jaar of ouder en woont in Nederland.
- Je inkomen is te laag en je hebt weinig spaargeld of bezit.
- Je bent jonger dan 27? Dan moet je eerst vier weken zelf zoeken naar werk of een opleiding.

## Hoe vraag je het aan?

1. **Meld je bij je gemeente.** Vaak kan dat online met DigiD, op de website van je gemeente of via [werk.nl](https://www.werk.nl).
2. **Verzamel papieren.** Je identiteitsbewijs, bankafschriften van de laatste maanden, je huurcontract en brieven over inkomen.
3. **Het gesprek.** Iemand van de gemeente praat met je over je situatie en over werk.

## Goed om te weten

Met bijstand heb je regels. Je moet veranderingen doorgeven, zoals iemand die bij je komt wonen of extra inkomen. Doe je dat niet, dan moet je later geld terugbetalen. Twijfel je? Vraag het eerst.

Heb je onverwachte kosten, zoals een kapotte koelkast? Vraag dan naar bijzondere bijstand.

## Wanneer vraag je ons om hulp?

Vind je de aanvraag ingewikkeld of spannend? Stuur ons een bericht. We helpen je met de papieren.`,
    },
    en: {
      title: 'Applying for social assistance (bijstand)',
      summary: 'No work and too little money to live on? Then you can apply to your municipality for social assistance.',
      body: `Bijstand is a benefit from the municipality for people who do not have enough money to live on. For example if you have no work and get no unemployment benefit (WW), or when your WW ends.

## Who can get bijstand?

- You are 18 or older and live in the Netherlands.
- Your income is too low and you have little savings or property.
- Younger than 27? Then you first have to look for work or a course yourself for four weeks.

## How do you apply?

1. **Register with your municipality.** Often this can be done online with DigiD, on your municipality's website or via [werk.nl](https://www.werk.nl).
2. **Collect your papers.** Your ID, bank statements of the last months, your rental contract and letters about income.
3. **The interview.** Someone from the municipality talks with you about your situation and about work.

## Good to know

Bijstand comes with rules. You must report changes, such as someone moving in with you or extra income. If you do not, you may have to pay money back later. In doubt? Ask first.

Do you have unexpected costs, such as a broken fridge? Then ask for special assistance (bijzondere bijstand).

## When should you ask us for help?

Do you find the application complicated or scary? Send us a message. We help you with the papers.`,
    },
  },
  {
    slug: 'problemen-op-je-werk',
    theme: 'work',
    audiences: ['adults', 'young-people'],
    nl: {
      title: 'Problemen op je werk',
      summary: 'Een conflict met je leidinggevende, te veel werk of pesten door collega’s? Je hoeft het niet te accepteren.',
      body: `Je werk kan veel energie geven, maar ook veel stress. Bijvoorbeeld door een conflict met je baas, te veel werk, onduidelijke afspraken, of collega's die je pesten of uitsluiten.

## Wat kun je zelf doen?

- **Schrijf op wat er gebeurt.** Met datum en wie erbij was. Dat helpt in een gesprek en als het erger wordt.
- **Vraag een gesprek aan.** Met je leidinggevende, of met diens leidinggevende als het over je baas gaat. Zeg wat je ziet en wat je nodig hebt.
- **Zoek steun.** Veel bedrijven hebben een vertrouwenspersoon. Die luistert en denkt met je mee, zonder dat het meteen officieel wordt.
- **Zorg voor rust buiten je werk.** Slaap, beweeg en zie mensen die je energie geven.

## Je rechten

Je werkgever moet zorgen voor veilig werk, ook als het gaat om werkdruk en pesten. Word je ziek van je werk? Praat dan met de bedrijfsarts. Voor vragen over je contract of ontslag: het Juridisch Loket, 0900 8020, of je vakbond.

## Wanneer vraag je ons om hulp?

Slaap je slecht, zie je op tegen elke werkdag, of heb je het gevoel dat je er alleen voor staat? Een maatschappelijk werker helpt je het gesprek voor te bereiden en je weer sterker te voelen.`,
    },
    en: {
      title: 'Problems at work',
      summary: 'A conflict with your manager, too much work, or bullying by colleagues? You do not have to accept it.',
      body: `Work can give a lot of energy, but also a lot of stress. For example through a conflict with your boss, too much work, unclear agreements, or colleagues who bully or exclude you.

## What can you do yourself?

- **Write down what happens.** With dates and who was there. That helps in a conversation and if it gets worse.
- **Ask for a meeting.** With your manager, or with their manager if it is about your boss. Say what you see and what you need.
- **Find support.** Many companies have a confidential adviser (vertrouwenspersoon). They listen and think with you, without it becoming official straight away.
- **Find rest outside work.** Sleep, move and see people who give you energy.

## Your rights

Your employer must provide safe work, including when it comes to workload and bullying. Are you getting ill from your work? Then talk to the company doctor. For questions about your contract or dismissal: Het Juridisch Loket, 0900 8020, or your union.

## When should you ask us for help?

Do you sleep badly, dread every working day, or feel that you stand alone? A social worker helps you prepare the conversation and feel stronger again.`,
    },
  },
];
