import type { ModuleDefinition } from '../course-definition';
import { choice, DIARY_HINT, diary, scale, selfTest, text, video } from './course-builders';

export const MODULE_5: ModuleDefinition = {
  title: 'Kritiek ontvangen',
  intro: 'Luisteren, doorvragen en dan zelf bepalen: klopt het?',
  requiresFeedback: true,
  steps: [
    text('Lezen: kritiek ontvangen', [
      '## Kritiek krijgen doet vaak pijn',
      'Als iemand kritiek op je heeft, schrik je misschien. Je voelt je aangevallen. Je wilt je verdedigen, of je trekt je juist terug. Dat is een normale reactie.',
      '',
      '## Eerst luisteren',
      'Probeer eerst goed te luisteren. Wat zegt de ander precies? Je hoeft nog niet te reageren. Adem rustig. Tel eventueel in je hoofd tot vijf.',
      '',
      '## Vraag door',
      'Is de kritiek niet duidelijk? Vraag dan door. "Wat bedoel je precies?" of "Kun je een voorbeeld geven?" Zo weet je waar het echt over gaat.',
      '',
      '## Klopt het?',
      'Daarna bepaal jij of de kritiek klopt.',
      '- Klopt het? Zeg dat dan. "Je hebt gelijk, ik was te laat. Sorry."',
      '- Klopt een deel? Geef dat deel toe. "Ik was te laat, dat klopt. Maar ik ben niet altijd te laat."',
      '- Klopt het niet? Zeg dat rustig. "Dat zie ik anders."',
      '',
      '## Kritiek is niet wie je bent',
      'Kritiek gaat over iets wat je deed. Het zegt niet dat je een slecht mens bent. Ook als je een fout maakt, ben je de moeite waard.',
      '',
      '## Een voorbeeld',
      'Je schoonmoeder zegt: "Jouw kinderen hebben geen manieren." Je schrikt. Je vraagt: "Wat bedoelt u precies?" Ze zegt dat de kinderen haar geen gedag zeiden. Je antwoordt: "Dat klopt, daar ga ik op letten. Maar het zijn wel lieve kinderen."',
    ]),
    video('Filmpje: kritiek van de schoonmoeder', [
      '[Een woonkamer. Verjaardag. Lisa zet koffie op tafel. Haar schoonmoeder Ria zit op de bank.]',
      'Ria: Jouw kinderen hebben echt geen manieren, hoor.',
      '[Lisa bevriest even. We horen haar gedachte.]',
      'Lisa (gedachte): Daar gaan we weer. Ik doe ook nooit iets goed.',
      'Verteller: Lisa voelt zich aangevallen. Ze haalt adem en telt tot vijf.',
      'Lisa: Wat bedoelt u precies?',
      'Ria: Ze zeiden me geen gedag toen ik binnenkwam.',
      'Lisa: Dat klopt. Daar ga ik op letten. Maar het zijn wel lieve kinderen.',
      'Ria: Ja… dat zijn ze ook.',
      'Verteller: Lisa luisterde, vroeg door en gaf toe wat klopte. Wat niet klopte, zei ze ook. Rustig en duidelijk.',
    ]),
    selfTest(
      'Test: hoe ga jij om met kritiek?',
      'Wat zou jij doen? Er is geen goed of fout.',
      [
        choice('q1', 'Je baas zegt dat je verslag slordig is. Wat doe je eerst?', [
          ['Ik zeg meteen dat het niet mijn schuld is.', 0],
          ['Ik vraag wat er precies slordig aan is.', 2],
          ['Ik zeg niets en voel me de hele dag rot.', 0],
        ]),
        choice('q2', 'Je zus zegt: "Jij belt mij nooit." Dat klopt voor een deel. Wat zeg je?', [
          ['"Dat is helemaal niet waar!"', 0],
          ['"Ik bel inderdaad niet vaak. Maar nooit klopt niet. Zullen we een vaste belavond afspreken?"', 2],
          ['"Sorry, je hebt gelijk. Ik ben een slechte zus."', 0],
        ]),
        scale('q3', 'Ik kan rustig luisteren als iemand kritiek op me heeft.'),
        scale('q4', 'Na kritiek voel ik me dagenlang waardeloos.', true),
      ],
      [
        [
          'Kritiek komt hard binnen',
          'Kritiek raakt je diep. Dat is pijnlijk. Oefen met de drie stappen: luisteren, doorvragen, en dan pas bepalen of het klopt.',
        ],
        [
          'Het lukt je steeds beter',
          'Soms blijf je rustig bij kritiek, soms nog niet. Let op wat er in je lijf gebeurt. Dan weet je wanneer je even moet ademhalen.',
        ],
        [
          'Je gaat goed om met kritiek',
          'Je luistert en je bepaalt zelf of kritiek klopt. Sterk! Vergeet niet dat je ook mag zeggen: "Dat zie ik anders."',
        ],
      ],
    ),
    diary(
      'Huiswerk: dagboek van kritiek',
      `Let deze week op een moment waarop iemand kritiek op je had. Thuis, op je werk of in de winkel. Vul het dagboekformulier in. Schrijf bij "Wat had ik graag gedaan?" hoe je luisteren, doorvragen en "klopt het?" had kunnen gebruiken. ${DIARY_HINT}`,
    ),
  ],
};

export const MODULE_6: ModuleDefinition = {
  title: 'Om iets vragen',
  intro: 'Hulp vragen is niet zwak. Je leert duidelijk vragen wat je nodig hebt.',
  requiresFeedback: false,
  steps: [
    text('Lezen: om iets vragen', [
      '## Vragen is niet zwak',
      'Veel mensen vinden het moeilijk om iets te vragen. Ze willen niemand lastigvallen. Of ze denken dat ze het zelf moeten kunnen. Maar iedereen heeft soms hulp nodig. Iets vragen is niet zwak. Het is slim.',
      '',
      '## Zeg duidelijk wat je wilt',
      'De ander kan niet in je hoofd kijken. Hints werken vaak niet. "Het is hier wel druk" is geen vraag. "Wil jij vanavond de boodschappen doen?" is wel een vraag.',
      '',
      '## Zo vraag je iets',
      '- Zeg wat je nodig hebt. Zo precies mogelijk.',
      '- Zeg wanneer je het nodig hebt.',
      '- Vraag het rechtstreeks: "Wil je…?" of "Kun je…?"',
      '- Bedank de ander, ook als het antwoord nee is.',
      '',
      '## De ander mag nee zeggen',
      'Als je iets vraagt, mag de ander nee zeggen. Net zoals jij nee mag zeggen. Een nee betekent niet dat je het niet had mogen vragen.',
      '',
      '## Een voorbeeld',
      'Je krijgt een brief van de gemeente. Je begrijpt hem niet. Je buurvrouw werkt op een kantoor. Je zegt: "Ik heb een brief gekregen die ik niet goed snap. Wil je er zaterdag even naar kijken? Het duurt ongeveer een kwartier." Je buurvrouw zegt: "Zaterdag niet, maar zondag wel." Fijn, je hebt hulp.',
      '',
      '## Ook bij de huisarts of de gemeente',
      'Bij de huisarts, de woningcorporatie of de gemeente mag je ook vragen stellen. Vraag door tot je het snapt. "Kunt u dat nog een keer uitleggen?" is een goede zin.',
    ]),
    video('Filmpje: een brief die je niet snapt', [
      '[Een keukentafel. Ahmed kijkt fronsend naar een brief van de gemeente. Hij legt hem weg, pakt hem weer op.]',
      'Verteller: Ahmed snapt de brief niet. Hij wil niemand lastigvallen. Dus de brief ligt er al een week.',
      '[Ahmed staat bij de deur van zijn buurvrouw Els.]',
      'Ahmed: Hoi Els. Ik heb een brief van de gemeente die ik niet goed snap. Wil jij er zaterdag even naar kijken? Het duurt ongeveer een kwartier.',
      'Els: Zaterdag ben ik weg. Maar zondagmiddag kan ik wel.',
      'Ahmed: Top, dank je wel.',
      'Verteller: Ahmed zei precies wat hij nodig had, en wanneer. Els kon eerlijk antwoorden. Zo werkt een goede vraag.',
    ]),
    selfTest(
      'Test: vraag jij om wat je nodig hebt?',
      'Kies het antwoord dat het meest op jou lijkt.',
      [
        choice('q1', 'Je wilt dat je partner vaker kookt. Wat zeg je?', [
          ['"Ik ben ook altijd degene die kookt, hè."', 0],
          ['"Wil jij op dinsdag en donderdag koken?"', 2],
          ['Niets. Ik hoop dat hij of zij het zelf ziet.', 0],
        ]),
        choice('q2', 'Je snapt de uitleg van de huisarts niet. Wat doe je?', [
          ['Ik knik en zoek het thuis wel op.', 0],
          ['Ik vraag: "Kunt u dat nog een keer uitleggen?"', 2],
          ['Ik zeg dat de dokter onduidelijk praat.', 0],
        ]),
        scale('q3', 'Ik vraag om hulp als ik iets niet alleen kan.'),
        scale('q4', 'Ik vind dat ik anderen lastigval als ik iets vraag.', true),
      ],
      [
        [
          'Je doet het liever alleen',
          'Je vraagt niet snel om hulp. Misschien wil je niemand tot last zijn. Bedenk: de meeste mensen helpen graag. Begin met een kleine vraag.',
        ],
        ['Vragen lukt soms', 'Soms vraag je al wat je nodig hebt. Let op hints. Maak er een echte vraag van, met "Wil je…?"'],
        ['Je vraagt al goed', 'Je zegt duidelijk wat je nodig hebt. Mooi! Dat maakt het ook voor de ander makkelijker.'],
      ],
    ),
    diary(
      'Huiswerk: dagboek van een vraag',
      `Vraag deze week één keer om iets wat je nodig hebt. Klein mag: een collega om hulp, of de buurman om een ladder. Beschrijf het in het dagboekformulier. ${DIARY_HINT}`,
    ),
  ],
};
