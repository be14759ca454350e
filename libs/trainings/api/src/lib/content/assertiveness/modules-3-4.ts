import type { ModuleDefinition } from '../course-definition';
import { choice, DIARY_HINT, diary, scale, selfTest, text, video } from './course-builders';

export const MODULE_3: ModuleDefinition = {
  title: 'Nee zeggen',
  intro: 'Nee zeggen zonder ruzie en zonder dat je je schuldig voelt. Zo doe je dat.',
  requiresFeedback: true,
  steps: [
    text('Lezen: nee zeggen', [
      '## Nee zeggen is lastig',
      'Veel mensen zeggen ja terwijl ze nee bedoelen. Ze willen de ander niet teleurstellen. Of ze zijn bang voor ruzie. Maar als je steeds ja zegt, raak je moe. En je houdt minder tijd over voor jezelf.',
      '',
      '## Nee tegen de vraag, niet tegen de persoon',
      'Als je nee zegt, zeg je nee tegen de vraag. Niet tegen de persoon. Je kunt veel van je zus houden en toch niet op haar kinderen passen.',
      '',
      '## Zo zeg je nee',
      '- Zeg het kort en duidelijk: "Nee, dat doe ik niet."',
      '- Geef eventueel één reden. Je hoeft je niet te verdedigen.',
      '- Zeg geen "misschien" als je nee bedoelt.',
      '- Bied iets anders aan, als je dat wilt: "Zaterdag niet, zondagmiddag wel."',
      '',
      '## Tijd winnen mag',
      'Je hoeft niet meteen te antwoorden. Je mag zeggen: "Ik denk erover na. Ik laat het je morgen weten." Zo heb je tijd om te voelen wat je wilt.',
      '',
      '## Een voorbeeld',
      'Je baas vraagt of je vanavond wilt overwerken. Je hebt je zoon beloofd dat je naar zijn voetbalwedstrijd komt. Je zegt: "Vanavond kan ik niet. Ik heb iets belangrijks met mijn zoon. Morgen kan ik een uur langer blijven." Je blijft vriendelijk. En je blijft bij je nee.',
      '',
      '## En als de ander boos wordt?',
      'Dat kan gebeuren. Dat is niet jouw schuld. De ander mag het jammer vinden. Jij mag toch nee zeggen.',
    ]),
    video('Filmpje: nee tegen de baas', [
      '[Een supermarkt, aan het eind van de dag. Fatima hangt haar jas aan de kapstok. Haar leidinggevende Peter komt naar haar toe.]',
      'Peter: Fatima, kun jij vanavond tot negen uur blijven? Er is iemand ziek.',
      '[Fatima kijkt op haar telefoon. Er staat een foto van haar zoon in voetbalkleding.]',
      'Verteller: Fatima heeft haar zoon beloofd dat ze komt kijken. Ze voelt dat ze bijna ja zegt.',
      '[Fatima haalt adem.]',
      'Fatima: Vanavond kan ik niet, Peter. Ik heb iets belangrijks met mijn zoon. Morgen kan ik wel een uur langer blijven.',
      'Peter: Hm. Het komt wel heel slecht uit.',
      'Fatima (rustig): Dat snap ik. Vanavond lukt het echt niet. Morgen wel.',
      'Verteller: Fatima blijft vriendelijk. Ze herhaalt haar nee. En ze biedt iets anders aan.',
    ]),
    selfTest(
      'Test: kun jij nee zeggen?',
      'Wat zou jij doen? Kies het antwoord dat het meest op jou lijkt.',
      [
        choice('q1', 'Een vriendin vraagt of je helpt met verhuizen. Je hebt last van je rug.', [
          ['Ik help toch. Anders is ze teleurgesteld.', 0],
          ['Ik zeg: "Misschien, ik zie wel."', 0],
          ['Ik zeg: "Nee, dat kan ik niet met mijn rug. Ik kom wel soep brengen."', 2],
        ]),
        choice('q2', 'Een verkoper aan de deur wil dat je een abonnement neemt. Je wilt het niet.', [
          ['Ik teken maar. Dan ben ik van hem af.', 0],
          ['Ik zeg: "Nee, dank u. Ik heb geen interesse." En ik doe de deur dicht.', 2],
          ['Ik scheld hem uit en gooi de deur dicht.', 0],
        ]),
        scale('q3', 'Ik zeg nee als ik nee bedoel.'),
        scale('q4', 'Na een nee blijf ik lang piekeren.', true),
        choice('q5', 'Je zegt nee, maar de ander blijft aandringen. Wat doe je?', [
          ['Ik geef toch toe.', 0],
          ['Ik herhaal rustig mijn nee.', 2],
          ['Ik word boos en loop weg.', 0],
        ]),
      ],
      [
        [
          'Ja zeggen gaat vanzelf',
          'Nee zeggen is voor jou nog moeilijk. Je bent zeker niet de enige. Begin klein, bijvoorbeeld bij een verkoper. Dat is een goede oefening.',
        ],
        [
          'Nee zeggen lukt soms',
          'Bij sommige mensen lukt nee zeggen al. Bij anderen nog niet. Kijk eens bij wie het moeilijk is. Daar ligt je oefening.',
        ],
        ['Je zegt al goed nee', 'Je zegt vaak duidelijk nee. Knap! Let erop dat je ook vriendelijk blijft als de ander aandringt.'],
      ],
    ),
    diary(
      'Huiswerk: dagboek van een nee',
      `Oefen deze week met nee zeggen. Het mag iets kleins zijn, bijvoorbeeld tegen een verkoper of een collega. Beschrijf één moment in het dagboekformulier. Lukte het niet? Schrijf dat ook op. Daar leer je net zoveel van. ${DIARY_HINT}`,
    ),
  ],
};

export const MODULE_4: ModuleDefinition = {
  title: 'Kritiek geven',
  intro: 'Zeggen wat je dwarszit, zonder de ander aan te vallen.',
  requiresFeedback: false,
  steps: [
    text('Lezen: kritiek geven', [
      '## Kritiek geven mag',
      'Soms doet iemand iets wat jij niet fijn vindt. Dan mag je dat zeggen. Zeg je het niet, dan blijft het aan je knagen. En de ander weet niet wat er mis is.',
      '',
      '## Over gedrag, niet over de persoon',
      'Goede kritiek gaat over wat iemand doet. Niet over wie iemand is. "Je bent een slons" gaat over de persoon. "Je laat je afwas staan" gaat over gedrag. Gedrag kan de ander veranderen.',
      '',
      '## De ik-boodschap',
      'Gebruik deze vier stappen:',
      '- Wat gebeurt er? "Je zet je muziek na elf uur \'s avonds hard."',
      '- Wat doet het met mij? "Ik kan dan niet slapen."',
      '- Wat voel ik? "Daar word ik moe en chagrijnig van."',
      '- Wat wil ik? "Wil je de muziek na elf uur zachter zetten?"',
      '',
      '## Kies een goed moment',
      'Geef geen kritiek als je heel boos bent. Wacht tot je rustig bent. Kies een moment waarop de ander tijd heeft. En praat onder vier ogen, niet waar anderen bij zijn.',
      '',
      '## Een voorbeeld',
      'Je verhuurder belooft al weken dat hij de lekkende kraan komt maken. Je zegt: "U heeft drie keer beloofd dat u de kraan komt maken. Hij lekt nog steeds. Dat vind ik vervelend, want mijn waterrekening loopt op. Wanneer komt u hem maken?" Je noemt feiten. Je blijft rustig. En je vraagt om een duidelijke afspraak.',
    ]),
    video('Filmpje: de buurman en de harde muziek', [
      '[Een trappenhuis, overdag. Anouk klopt bij de buren aan. Buurman Ricardo doet open.]',
      'Anouk: Hoi Ricardo. Heb je even? Ik wil iets met je bespreken.',
      'Ricardo: Tuurlijk. Wat is er?',
      "Anouk: Je zet je muziek na elf uur 's avonds vaak hard. Ik kan dan niet slapen. Daar word ik moe en chagrijnig van. Wil je de muziek na elf uur zachter zetten?",
      '[Ricardo krabt op zijn hoofd.]',
      'Ricardo: Oh. Ik wist niet dat je het zo goed hoorde. Ik zet hem voortaan zachter.',
      'Verteller: Anouk koos een rustig moment. Ze vertelde wat er gebeurt, wat het met haar doet en wat ze wil. Ze noemde Ricardo geen lastige buurman. Ze had het alleen over de muziek.',
    ]),
    selfTest(
      'Test: hoe geef jij kritiek?',
      'Kies het antwoord dat het meest bij je past.',
      [
        choice('q1', 'Welke zin is een ik-boodschap?', [
          ['"Jij bent ook altijd te laat!"', 0],
          ['"Als je te laat komt, moet ik wachten. Dat vind ik vervelend. Wil je op tijd komen?"', 2],
          ['"Iedereen ergert zich aan jou."', 0],
        ]),
        choice('q2', 'Je collega laat steeds zijn spullen op jouw bureau liggen. Wat zeg je?', [
          ['Niets. Ik ruim het zelf wel op.', 0],
          ['"Je spullen liggen op mijn bureau. Dan kan ik niet goed werken. Wil je ze weghalen?"', 2],
          ['"Wat ben jij een sloddervos."', 0],
        ]),
        scale('q3', 'Ik durf te zeggen als iemand iets doet wat ik niet fijn vind.'),
        scale('q4', 'Als ik kritiek geef, word ik snel boos of verdrietig.', true),
      ],
      [
        [
          'Je slikt veel in',
          'Je zegt nog weinig als iets je dwarszit. Of het komt er ineens boos uit. De ik-boodschap helpt je om het rustig te zeggen.',
        ],
        [
          'Je bent op weg',
          'Soms zeg je al wat je dwarszit. Oefen met de vier stappen van de ik-boodschap. Dan gaat het steeds makkelijker.',
        ],
        ['Je geeft al goed kritiek', 'Je zegt rustig wat je dwarszit. Mooi! Let erop dat je het over gedrag hebt, niet over de persoon.'],
      ],
    ),
    diary(
      'Huiswerk: dagboek van een ik-boodschap',
      `Geef deze week één keer kritiek met een ik-boodschap. Begin met iets kleins. Schrijf in het dagboekformulier op hoe het ging. Bij "Wat had ik graag gedaan?" schrijf je wat je de volgende keer anders wilt doen. ${DIARY_HINT}`,
    ),
  ],
};
