import type { ModuleDefinition } from '../course-definition';
import { choice, openQuestions, scale, selfTest, text, video } from './course-builders';

export const MODULE_7: ModuleDefinition = {
  title: 'Complimenten',
  intro: 'Complimenten geven, krijgen, en jezelf er ook eens een geven.',
  requiresFeedback: false,
  steps: [
    text('Lezen: complimenten', [
      '## Complimenten geven',
      'Een compliment geven is ook assertief. Je zegt wat je vindt, en dat is nu iets positiefs. Een goed compliment is gemeend en concreet. "Je bent lief" is fijn. "Wat lief dat je gisteren mijn boodschappen naar boven droeg" is nog fijner. De ander weet dan precies wat je waardeert.',
      '',
      '## Complimenten krijgen',
      'Veel mensen vinden het lastig om een compliment te krijgen. Ze zeggen: "Ach, dat stelt niks voor." Of: "Deze jas was in de uitverkoop." Zo maak je het compliment kleiner. En de ander voelt zich misschien afgewezen.',
      '',
      '## Zeg gewoon dank je wel',
      'Je hoeft een compliment niet weg te wuiven. Zeg "Dank je wel." Of: "Wat fijn dat je dat zegt." Dat is genoeg. Je mag blij zijn met een compliment.',
      '',
      '## Jezelf een compliment geven',
      'Ook voor jezelf mag je aardig zijn. Elke dag doe je dingen die goed gaan. Je stond op, terwijl je moe was. Je hielp je buurvrouw. Je zei nee tegen iets wat je niet wilde. Zie je dat? Dat verdient een compliment.',
      '',
      '## Een voorbeeld',
      'Je leidinggevende zegt: "Wat heb je die klant goed geholpen." Vroeger zei je: "Ach, dat was niks." Nu zeg je: "Dank je. Daar ben ik ook trots op." Het voelt even raar. Maar de volgende keer gaat het al makkelijker.',
    ]),
    video('Filmpje: dank je wel zeggen', [
      '[Een schoolplein. Ouders wachten op hun kinderen. Naima staat naast haar vriendin Joyce.]',
      'Joyce: Wat zie je er mooi uit vandaag. Die kleur staat je goed.',
      'Naima: Ach, dit ouwe ding? Was in de uitverkoop.',
      '[Joyce kijkt een beetje teleurgesteld weg.]',
      'Verteller: Naima maakt het compliment kleiner. Joyce voelt zich een beetje afgewezen. We doen het nog een keer.',
      'Joyce: Wat zie je er mooi uit vandaag. Die kleur staat je goed.',
      'Naima (glimlacht): Dank je wel! Wat fijn dat je dat zegt.',
      'Verteller: Meer hoeft niet. Een compliment aannemen is ook een cadeautje voor de ander.',
    ]),
    selfTest(
      'Test: hoe ga jij om met complimenten?',
      'Kies wat het meest bij je past.',
      [
        choice('q1', 'Een vriendin zegt: "Wat zie je er mooi uit vandaag." Wat zeg je?', [
          ['"Ach, ik heb gewoon iets aangetrokken."', 0],
          ['"Jij ook!"', 1],
          ['"Dank je wel, wat fijn om te horen."', 2],
        ]),
        choice('q2', 'Welk compliment is het meest concreet?', [
          ['"Je bent top."', 0],
          ['"Je bent altijd zo aardig."', 1],
          ['"Fijn dat je me gisteren hielp met verhuizen. Zonder jou was het niet gelukt."', 2],
        ]),
        scale('q3', 'Ik geef anderen complimenten.'),
        scale('q4', 'Als ik een compliment krijg, maak ik het kleiner.', true),
        scale('q5', 'Ik zie wat ik zelf goed doe.'),
      ],
      [
        [
          'Complimenten voelen nog onwennig',
          'Complimenten geven of krijgen voelt nog raar. Dat is heel gewoon. Oefen met één zin: "Dank je wel." Meer hoeft niet.',
        ],
        [
          'Je bent op weg',
          'Soms neem je een compliment al goed aan. Probeer deze week ook concrete complimenten te geven. Je zult zien wat het doet.',
        ],
        [
          'Je bent een complimentenkampioen',
          'Je geeft en krijgt complimenten met gemak. Vergeet niet om jezelf er ook af en toe een te geven!',
        ],
      ],
    ),
    openQuestions(
      'Huiswerk: complimentenweek',
      'Deze week draait alles om complimenten. Schrijf op wat je deed en hoe het voelde. Kleine dingen tellen ook.',
      [
        ['given', 'Geef deze week drie complimenten aan iemand anders. Aan wie gaf je ze, en wat zei je?'],
        ['received', 'Kreeg je zelf een compliment? Wat zei je terug, en hoe voelde dat?'],
        [
          'self',
          'Schrijf drie dingen op die jij deze week goed deed.',
          'Bijvoorbeeld: ik zei nee tegen mijn buurvrouw, en ik bleef rustig.',
        ],
      ],
    ),
  ],
};

export const MODULE_8: ModuleDefinition = {
  title: 'Volhouden en terugvallen',
  intro: 'Wat je geleerd hebt, houd je vast. En als het een keer niet lukt, weet je wat je doet.',
  requiresFeedback: true,
  steps: [
    text('Lezen: volhouden en terugvallen', [
      '## Je hebt al veel geleerd',
      'Je bent bij de laatste module. Je leerde je grenzen voelen. Nee zeggen. Kritiek geven en ontvangen. Om iets vragen. En complimenten geven en krijgen. Dat is veel! Kijk nog eens naar je doelen van het begin. Wat is er veranderd?',
      '',
      '## Terugvallen hoort erbij',
      'Soms val je terug in je oude gewoonte. Je zegt toch weer ja. Of je wordt toch weer boos. Dat is normaal. Oude gewoontes zijn sterk. Een terugval betekent niet dat je niets geleerd hebt.',
      '',
      '## Wanneer is het lastig?',
      'Vaak is het moeilijker als je moe bent of veel stress hebt. Of bij iemand die belangrijk voor je is, zoals je moeder of je partner. Weet wanneer het voor jou lastig is. Dan kun je je erop voorbereiden.',
      '',
      '## Zo houd je het vol',
      '- Kies elke week één situatie om te oefenen.',
      '- Bereid een lastig gesprek voor. Schrijf op wat je wilt zeggen.',
      '- Wees mild voor jezelf als het niet lukt. Vraag je af: wat leer ik hiervan?',
      '- Vertel iemand die je vertrouwt waar je mee bezig bent.',
      '',
      '## Standvastig zonder schuldgevoel',
      'Soms voel je je schuldig als je voor jezelf opkomt. Bedenk dan: jouw wensen tellen ook. Je mag voor jezelf zorgen. Dat maakt je geen slecht mens.',
      '',
      '## Een voorbeeld',
      'Je zus vraagt weer: "Pas jij zaterdag op de kinderen?" Je merkt dat je bijna ja zegt. Je haalt adem. Je zegt: "Deze keer niet. Ik heb zaterdag tijd voor mezelf nodig." Je zus zucht. Jij blijft rustig. Je voelt je even ongemakkelijk. En daarna trots.',
    ]),
    video('Filmpje: toch weer ja gezegd', [
      '[Een bushalte. Sanne kijkt op haar telefoon. Ze zucht.]',
      'Sanne (gedachte): Ik heb tóch weer ja gezegd tegen mijn baas. Ik kan het gewoon niet.',
      'Verteller: Sanne valt terug in haar oude gewoonte. Dat gebeurt iedereen. Wat doe je dan?',
      '[Thuis. Sanne pakt een schrift en schrijft.]',
      'Sanne (gedachte): Wat gebeurde er? Ik was moe en hij vroeg het op het laatste moment. Wat doe ik de volgende keer? Ik zeg: "Ik denk erover na, ik laat het je zo weten."',
      '[Een week later. Haar baas staat bij haar bureau.]',
      'Sanne: Ik denk erover na. Ik laat het je over tien minuten weten.',
      'Verteller: Een terugval is geen mislukking. Het is een les. Sanne keek terug, maakte een plan en probeerde het opnieuw.',
    ]),
    selfTest(
      'Test: hoe assertief ben je nu?',
      'Dit is de laatste test. Vergelijk je uitslag eens met de test uit module 1.',
      [
        scale('q1', 'Ik merk het als iemand over mijn grens gaat.'),
        scale('q2', 'Ik zeg nee als ik nee bedoel.'),
        scale('q3', 'Ik vraag om wat ik nodig heb.'),
        scale('q4', 'Ik voel me schuldig als ik voor mezelf opkom.', true),
        choice('q5', 'Je valt terug in je oude gewoonte. Wat doe je?', [
          ['Ik denk: zie je wel, ik kan het niet.', 0],
          ['Ik stop met oefenen.', 0],
          ['Ik kijk wat er gebeurde en wat ik de volgende keer anders doe.', 2],
        ]),
      ],
      [
        [
          'Je bent begonnen',
          'Voor jezelf opkomen blijft nog moeilijk. Maar je bent begonnen, en dat is de belangrijkste stap. Bespreek met je trainer wat je nu helpt om verder te oefenen.',
        ],
        [
          'Je bent flink gegroeid',
          'Je komt vaker voor jezelf op dan eerst. Houd het vol met één oefening per week. Een terugval hoort erbij.',
        ],
        [
          'Je komt goed voor jezelf op',
          'Je bent assertief geworden. Wat knap! Blijf oefenen, vooral in lastige situaties en bij mensen die dichtbij je staan.',
        ],
      ],
    ),
    openQuestions(
      'Huiswerk: terugkijken en vooruitkijken',
      'Dit is je laatste huiswerk. Kijk terug op de training en maak een plan voor straks. Je trainer leest het en schrijft je nog een keer terug.',
      [
        ['goals', 'Lees je doelen van het begin nog eens. Wat is er veranderd? Geef een voorbeeld.'],
        ['hardest', 'Welke situatie of welke persoon blijft voor jou het lastigst? Wat ga je dan doen?'],
        [
          'plan',
          'Wat doe je als je terugvalt in je oude gewoonte?',
          'Bijvoorbeeld: ik schrijf op wat er gebeurde, en ik kies één ding om opnieuw te proberen.',
        ],
      ],
    ),
  ],
};
