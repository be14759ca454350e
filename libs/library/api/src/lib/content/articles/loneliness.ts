import type { ArticleDefinition } from '../library-content';

export const LONELINESS_ARTICLES: ArticleDefinition[] = [
  {
    slug: 'je-eenzaam-voelen',
    theme: 'loneliness',
    audiences: ['adults'],
    nl: {
      title: 'Je eenzaam voelen',
      summary: 'Je kunt je eenzaam voelen, ook als er mensen om je heen zijn. Veel mensen hebben dit. Kleine stappen kunnen helpen.',
      body: `Eenzaamheid is het gevoel dat je contact mist met anderen. Je kunt alleen wonen en je niet eenzaam voelen. En je kunt in een druk gezin wonen en je toch eenzaam voelen. Bijna de helft van de volwassenen in Nederland voelt zich weleens eenzaam.

## Wat kun je zelf doen?

- **Begin klein.** Groet de buren, maak een praatje bij de bakker. Kleine contacten doen ertoe.
- **Zoek oude contacten op.** Stuur een berichtje naar iemand die je lang niet hebt gesproken.
- **Doe iets met anderen.** Een wandelgroep, een koor, vrijwilligerswerk of een buurthuis.
- **Wees mild voor jezelf.** Eenzaamheid zegt niets over wat je waard bent.

## Even praten?

Bij De Luisterlijn luistert iemand naar je, dag en nacht, anoniem: 088 0767 000 of chat via [deluisterlijn.nl](https://www.deluisterlijn.nl).

## Wanneer vraag je ons om hulp?

Voel je je al lang eenzaam, of durf je de eerste stap niet te zetten? Een maatschappelijk werker kijkt met je wat er in jouw buurt is en gaat eventueel de eerste keer mee.`,
    },
    en: {
      title: 'Feeling lonely',
      summary: 'You can feel lonely even when there are people around you. Many people experience this. Small steps can help.',
      body: `Loneliness is the feeling that you miss contact with others. You can live alone and not feel lonely. And you can live in a busy family and still feel lonely. Almost half of adults in the Netherlands feel lonely sometimes.

## What can you do yourself?

- **Start small.** Greet your neighbours, have a chat at the bakery. Small contacts matter.
- **Look up old contacts.** Send a message to someone you have not spoken to for a long time.
- **Do something with others.** A walking group, a choir, volunteer work or a community centre.
- **Be kind to yourself.** Loneliness says nothing about your worth.

## Want to talk?

At De Luisterlijn someone listens to you, day and night, anonymously: 088 0767 000 or chat via [deluisterlijn.nl](https://www.deluisterlijn.nl).

## When should you ask us for help?

Have you felt lonely for a long time, or do you not dare to take the first step? A social worker looks with you at what is available in your neighbourhood and can come along the first time.`,
    },
  },
  {
    slug: 'nieuwe-mensen-leren-kennen',
    theme: 'loneliness',
    audiences: ['adults', 'young-people'],
    nl: {
      title: 'Nieuwe mensen leren kennen',
      summary: 'Verhuisd, gescheiden of met pensioen? Dan is je kring soms klein. Zo vind je nieuwe contacten bij jou in de buurt.',
      body: `Na een verhuizing, een scheiding, het verlies van je baan of je pensioen kan je wereld ineens klein worden. Nieuwe mensen leren kennen is dan spannend. Het gaat makkelijker als je samen iets doet.

## Ideeën

- **Vrijwilligerswerk.** Je helpt een ander en ontmoet mensen. Kijk bij het vrijwilligerspunt van je gemeente.
- **Buurthuis of wijkcentrum.** Vaak zijn er koffieochtenden, maaltijden en cursussen voor weinig geld.
- **Sport of bewegen.** Een wandelclub of zwemmen op vaste tijden. Je ziet steeds dezelfde mensen.
- **Bibliotheek.** Veel bibliotheken hebben leesclubs, taalcafés en digitale hulp.
- **Een cursus.** Koken, schilderen, een taal: je leert iets en praat met anderen.

## Tips als het spannend is

- Ga een paar keer. Bij de derde keer ken je al gezichten.
- Stel vragen. Mensen praten graag over wat ze leuk vinden.
- Neem iemand mee de eerste keer, als dat kan.

## Wanneer vraag je ons om hulp?

Weet je niet waar je moet beginnen? Of houdt angst of somberheid je tegen? Stuur ons een bericht. We zoeken samen iets dat bij je past.`,
    },
    en: {
      title: 'Meeting new people',
      summary: 'Moved, divorced or retired? Then your circle can be small. This is how you find new contacts near you.',
      body: `After a move, a divorce, losing your job or retiring, your world can suddenly become small. Meeting new people then feels exciting or scary. It is easier when you do something together.

## Ideas

- **Volunteer work.** You help someone else and meet people. Check the volunteer centre of your municipality.
- **Community centre.** There are often coffee mornings, meals and courses for little money.
- **Sports or exercise.** A walking club or swimming at fixed times. You keep seeing the same people.
- **Library.** Many libraries have reading clubs, language cafés and digital help.
- **A course.** Cooking, painting, a language: you learn something and talk to others.

## Tips when it feels scary

- Go a few times. By the third time you already know some faces.
- Ask questions. People like to talk about what they enjoy.
- Bring someone along the first time, if you can.

## When should you ask us for help?

Do you not know where to start? Or do fear or low mood hold you back? Send us a message. Together we find something that suits you.`,
    },
  },
  {
    slug: 'eenzaam-als-jongere',
    theme: 'loneliness',
    audiences: ['young-people', 'pupils'],
    nl: {
      title: 'Eenzaam als jongere',
      summary: 'Iedereen lijkt vrienden te hebben, behalve jij? Dat voelt zo, maar veel jongeren voelen zich eenzaam. Je bent niet raar.',
      body: `Op social media lijkt het alsof iedereen altijd leuke dingen doet met vrienden. In het echt voelen veel jongeren zich eenzaam. Misschien heb je geen vrienden in de klas, ben je net verhuisd, of heb je het gevoel dat niemand je echt snapt.

## Wat kun je doen?

- **Zoek mensen met dezelfde hobby.** Een sportclub, een gameclub, muziek of toneel. Samen iets doen maakt praten makkelijker.
- **Zeg eens hoi.** Veel anderen wachten ook tot iemand iets zegt.
- **Wees kritisch op social media.** Mensen laten vooral hun leuke momenten zien.
- **Praat erover.** Met je ouders, een mentor of een coach. Je hoeft het niet alleen op te lossen.

## Anoniem praten

Bij De Kindertelefoon kun je gratis en anoniem bellen of chatten, tot je 18 bent: 0800 0432 of [kindertelefoon.nl](https://www.kindertelefoon.nl). Ben je ouder? Dan kun je terecht bij De Luisterlijn: 088 0767 000.

## Wanneer vraag je ons om hulp?

Voel je je al lang alleen, word je gepest, of denk je dat het nooit beter wordt? Stuur ons een bericht. Denk je aan zelfdoding? Bel of chat met 113: 0800 0113 of [113.nl](https://www.113.nl).`,
    },
    en: {
      title: 'Lonely as a young person',
      summary: 'Everyone seems to have friends, except you? It feels that way, but many young people feel lonely. You are not weird.',
      body: `On social media it looks as if everyone is always doing fun things with friends. In real life many young people feel lonely. Maybe you have no friends in your class, you just moved, or you feel that nobody really understands you.

## What can you do?

- **Find people with the same hobby.** A sports club, a gaming club, music or drama. Doing something together makes talking easier.
- **Say hi.** Many others are also waiting for someone to say something.
- **Be critical of social media.** People mostly show their nice moments.
- **Talk about it.** With your parents, a mentor or a coach. You do not have to solve it alone.

## Talk anonymously

At De Kindertelefoon you can call or chat for free and anonymously until you are 18: 0800 0432 or [kindertelefoon.nl](https://www.kindertelefoon.nl). Older? Then you can go to De Luisterlijn: 088 0767 000.

## When should you ask us for help?

Have you felt alone for a long time, are you being bullied, or do you think it will never get better? Send us a message. Are you thinking about suicide? Call or chat with 113: 0800 0113 or [113.nl](https://www.113.nl).`,
    },
  },
];
