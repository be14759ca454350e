import type { CourseDefinition } from './course-definition';
import { MONEY_MODULE_1_TRANSLATIONS } from './money-course-translations';
import { choice, DIARY_HINT, diary, openQuestions, scale, selfTest, text } from './assertiveness/course-builders';

/**
 * "Grip op geld": a guided group course in six modules of plain Dutch (B1), written for Nabij. The
 * group meets once per module; between meetings participants read, do a self-test and keep a
 * money diary. Modules 2 and 4 are feedback moments: the trainer reads the homework first.
 */
export const MONEY_COURSE: CourseDefinition = {
  title: 'Grip op geld',
  summary:
    'Heb je vaak aan het eind van de maand geen geld meer? Of stapelen de rekeningen zich op? In 6 modules leer je samen met anderen hoe je overzicht krijgt, wat je kunt doen aan schulden en waar je hulp vindt. Je trainer helpt je op weg.',
  goalExamples: ['Overzicht over mijn geld', 'Rekeningen op tijd betalen', 'Een klein potje sparen', 'Hulp vragen bij schulden'],
  modules: [
    {
      title: 'Hoe gaat het nu met je geld?',
      intro: 'We beginnen bij jou. Hoe gaat het met je geld, en hoe voel je je daarbij?',
      requiresFeedback: false,
      translations: MONEY_MODULE_1_TRANSLATIONS,
      steps: [
        text('Lezen: geldzorgen zijn heel gewoon', [
          '## Je bent niet de enige',
          'Veel mensen in Nederland hebben moeite om rond te komen. Soms door een laag inkomen. Soms door een scheiding, ziekte of het verlies van werk. Geldzorgen zeggen niets over hoe slim of sterk je bent.',
          '',
          '## Geldzorgen kosten energie',
          'Als je steeds aan geld denkt, blijft er weinig ruimte over voor andere dingen. Je slaapt slechter en je maakt sneller ruzie. Daarom is het goed om stap voor stap weer grip te krijgen.',
          '',
          '## Hoe werkt deze training?',
          'Er zijn 6 modules. Bij elke module hoort een groepsbijeenkomst. Thuis lees je iets en doe je een opdracht. In de groep vertel je alleen wat je zelf wilt. Wat in de groep gezegd wordt, blijft in de groep.',
        ]),
        selfTest(
          'Test: hoe sta jij ervoor?',
          'Denk aan de afgelopen drie maanden. Kies wat het beste past.',
          [
            scale('q1', 'Aan het eind van de maand is mijn geld op.'),
            scale('q2', 'Ik maak brieven over geld niet open.'),
            scale('q3', 'Ik lig wakker van geldzorgen.'),
            choice('q4', 'Weet je hoeveel geld er elke maand binnenkomt?', [
              ['Ja, precies.', 0],
              ['Ongeveer.', 1],
              ['Nee, eigenlijk niet.', 2],
            ]),
          ],
          [
            [
              'Je hebt al redelijk grip',
              'Je houdt je geld al aardig bij. In deze training leer je nog handige trucs, en je kunt anderen in de groep helpen met wat jij al weet.',
            ],
            [
              'Het kan beter',
              'Je hebt soms moeite om rond te komen. Dat is vervelend, maar je kunt er veel aan doen. In deze training maak je eerst een overzicht. Daarna kijk je waar je kunt besparen.',
            ],
            [
              'Je hebt veel geldzorgen',
              'Je geld geeft je nu veel stress. Goed dat je deze training doet. Wacht niet tot de training klaar is: vertel je trainer of hulpverlener nu al hoe het gaat. Bij schulden kun je ook gratis hulp krijgen van je gemeente.',
            ],
          ],
        ),
      ],
    },
    {
      title: 'Overzicht: wat komt er binnen, wat gaat eruit?',
      intro: 'Overzicht is de eerste stap. Je zet op een rij wat je elke maand krijgt en wat je moet betalen.',
      requiresFeedback: true,
      steps: [
        text('Lezen: je maandoverzicht', [
          '## Wat komt er binnen?',
          'Schrijf al je inkomsten op. Denk aan loon of uitkering, toeslagen (zorgtoeslag, huurtoeslag, kinderopvangtoeslag), kinderbijslag en het kindgebonden budget. Kijk op je bankafschriften om het bedrag precies te weten.',
          '',
          '## Wat gaat eruit?',
          'Eerst de vaste lasten: huur, energie, water, zorgverzekering, telefoon en internet, verzekeringen, abonnementen. Daarna wat je elke week uitgeeft: boodschappen, vervoer, kleding.',
          '',
          '## Tip: pak je bankafschriften van de laatste drie maanden',
          'Zet een streep onder elke vaste betaling. Veel mensen schrikken van abonnementen die ze vergeten waren.',
        ]),
        openQuestions(
          'Huiswerk: mijn maandoverzicht',
          'Maak je overzicht met je bankafschriften erbij. Schrijf de bedragen per maand op.',
          [
            ['inkomen', 'Wat komt er elke maand binnen? Noem alles, ook toeslagen.', 'Bijvoorbeeld: uitkering € 1.250, zorgtoeslag € 123'],
            ['vast', 'Wat zijn je vaste lasten per maand?', 'Huur, energie, verzekeringen, telefoon, abonnementen'],
            ['verrast', 'Wat viel je op toen je het overzicht maakte?'],
          ],
        ),
      ],
    },
    {
      title: 'Slim besparen',
      intro: 'Met je overzicht zie je waar je geld heen gaat. Nu zoek je waar het minder kan.',
      requiresFeedback: false,
      steps: [
        text('Lezen: besparen zonder dat het pijn doet', [
          '## Begin bij de vaste lasten',
          'Eén keer bellen of overstappen scheelt elke maand geld. Kijk naar je energiecontract, je telefoonabonnement en je verzekeringen. Heb je dubbele verzekeringen? Een dure zorgverzekering met een aanvullend pakket dat je niet gebruikt?',
          '',
          '## Krijg je alles waar je recht op hebt?',
          'Veel mensen laten geld liggen. Check op de website van de Belastingdienst of je recht hebt op toeslagen. Vraag bij je gemeente naar bijzondere bijstand, de kwijtschelding van gemeentebelasting en het minimabeleid (bijvoorbeeld een pas voor sport of het zwembad voor je kinderen).',
          '',
          '## Boodschappen',
          'Maak een lijstje en ga niet met honger naar de winkel. Kies het huismerk. Neem contant geld mee voor de week: als het op is, is het op.',
        ]),
        text('Oefening: drie dingen deze week', [
          '## Kies er drie',
          '- Zeg één abonnement op dat je bijna niet gebruikt.',
          '- Zoek uit of je recht hebt op een toeslag of regeling die je nog niet krijgt.',
          '- Maak voor één week een boodschappenlijst en houd je eraan.',
          '',
          'Vertel in de volgende groepsbijeenkomst wat je hebt gedaan en hoeveel het scheelde.',
        ]),
      ],
    },
    {
      title: 'Rekeningen, aanmaningen en schulden',
      intro: 'Wat doe je als je een rekening niet kunt betalen? Hoe eerder je iets doet, hoe kleiner het probleem.',
      requiresFeedback: true,
      steps: [
        text('Lezen: niet wegstoppen, wel bellen', [
          '## Eerst de belangrijkste rekeningen',
          'Betaal eerst huur, energie, water en je zorgverzekering. Als je die niet betaalt, kun je je huis, je stroom of je verzekering kwijtraken. Andere rekeningen komen daarna.',
          '',
          '## Bel of mail de schuldeiser',
          'Kun je niet op tijd betalen? Neem zelf contact op, voordat de aanmaning komt. Vraag om een betalingsregeling: elke maand een klein bedrag. Schrijf op met wie je sprak en wat jullie afspraken.',
          '',
          '## Brieven openmaken',
          'Een dichte envelop maakt het probleem niet kleiner. Maak één keer per week een vast moment om je post open te maken, eventueel samen met iemand die je vertrouwt. Sorteer: betalen, bellen, bewaren.',
          '',
          '## Hulp bij schulden',
          'Heb je meerdere schulden? Je gemeente helpt gratis met schuldhulpverlening. Op geldfit.nl kun je een korte test doen en vind je hulp bij jou in de buurt. Je hulpverlener kan ook met je meegaan.',
        ]),
        diary(
          'Huiswerk: mijn geld-dagboek',
          `Houd een week bij wat je uitgeeft. Schrijf elke dag op wat je kocht, wat je voelde en wat je ervan leerde. ${DIARY_HINT}`,
        ),
      ],
    },
    {
      title: 'Een potje voor tegenvallers',
      intro: 'Een kapotte wasmachine of een hoge eindafrekening: met een klein potje schrik je minder.',
      requiresFeedback: false,
      steps: [
        text('Lezen: sparen met een klein bedrag', [
          '## Klein beginnen is ook beginnen',
          'Het Nibud raadt aan om een buffer te hebben voor onverwachte kosten. Dat hoeft niet in één keer. Begin met € 5 of € 10 per maand. Na een jaar heb je al € 60 tot € 120.',
          '',
          '## Zet het meteen apart',
          'Zet het bedrag op de dag dat je geld binnenkomt op een aparte spaarrekening. Wat je niet ziet, geef je niet uit. De meeste banken hebben gratis een automatische overboeking.',
          '',
          '## Reserveer voor vaste momenten',
          'Sommige kosten komen elk jaar terug: verjaardagen, Sinterklaas, schoolspullen, het eigen risico van je zorgverzekering. Deel die bedragen door 12 en zet ze elke maand opzij.',
        ]),
        openQuestions('Opdracht: mijn spaarplan', 'Maak een klein plan dat bij jou past.', [
          ['bedrag', 'Hoeveel ga je elke maand opzij zetten, en op welke dag?'],
          ['waarvoor', 'Voor welke tegenvaller of welk jaarlijks moment spaar je?'],
        ]),
      ],
    },
    {
      title: 'Volhouden en verder',
      intro: 'Je hebt veel gedaan. Hoe houd je het vol, en waar kun je terecht als het weer lastig wordt?',
      requiresFeedback: false,
      steps: [
        text('Lezen: je geld-routine', [
          '## Eén vast moment per week',
          'Kies een vaste dag voor je geld: post openmaken, saldo checken, je overzicht bijwerken. Een kwartier is genoeg. Zo blijft het klein.',
          '',
          '## Terugval is normaal',
          'Soms gaat het toch mis. Een onverwachte rekening of een maand met veel uitgaven. Dat is geen reden om op te geven. Pak je overzicht erbij en begin opnieuw.',
          '',
          '## Waar kun je terecht?',
          'Bij je hulpverlener van Nabij, bij de schuldhulpverlening van je gemeente, bij het Juridisch Loket (gratis advies over bijvoorbeeld een deurwaarder) en op geldfit.nl. Loop je vast en word je er somber van? Praat erover, met je hulpverlener of je huisarts.',
        ]),
        selfTest(
          'Test: hoe sta je er nu voor?',
          'Kijk terug op de weken van de training. Kies wat nu het beste past.',
          [
            scale('q1', 'Ik weet hoeveel geld er elke maand binnenkomt en uitgaat.', true),
            scale('q2', 'Ik maak mijn post over geld op tijd open.', true),
            scale('q3', 'Ik weet waar ik hulp kan vragen als het niet lukt.', true),
          ],
          [
            ['Je hebt goed grip', 'Je hebt goed overzicht en je weet wat je moet doen. Houd je vaste geldmoment vast. Goed gedaan!'],
            [
              'Je bent op weg',
              'Je hebt al veel geleerd. Sommige dingen gaan nog niet vanzelf. Kies één ding om de komende maand op te letten.',
            ],
            [
              'Het is nog lastig',
              'Het lukt nog niet goed om grip te houden. Dat is niet erg, maar blijf er niet mee alleen. Maak een afspraak met je hulpverlener om samen verder te kijken.',
            ],
          ],
        ),
      ],
    },
  ],
};
