import type { ModuleDefinition } from '../course-definition';
import { choice, DIARY_HINT, diary, scale, selfTest, text, video } from './course-builders';

export const MODULE_1: ModuleDefinition = {
  title: 'Wat is assertief?',
  intro: 'Wat betekent voor jezelf opkomen? En waarom is het soms zo moeilijk?',
  requiresFeedback: true,
  steps: [
    text('Lezen: wat is assertief?', [
      '## Wat is assertief?',
      'Assertief zijn betekent: je zegt wat je vindt, wat je voelt en wat je wilt. Je doet dat rustig en duidelijk. En je houdt ook rekening met de ander. Je bent niet bazig. Maar je laat ook niet alles over je heen komen.',
      '',
      '## Drie manieren om te reageren',
      'Stel: je buurman zet zijn vuilniszakken steeds voor jouw deur. Je kunt op drie manieren reageren.',
      '- Je zegt niets en zet de zakken zelf weg. Je baalt, maar je houdt je mond. Dat heet onzeker reageren.',
      '- Je belt aan en roept: "Ben je nou helemaal gek geworden?" Dat heet agressief reageren.',
      '- Je belt aan en zegt: "Je vuilniszakken staan voor mijn deur. Dat vind ik vervelend. Wil je ze voortaan bij je eigen deur zetten?" Dat is assertief.',
      '',
      '## Waarom is het soms moeilijk?',
      'Misschien heb je vroeger geleerd dat je altijd lief en aardig moet zijn. Of je bent bang dat de ander boos wordt. Of dat mensen je dan niet meer aardig vinden. Dat is heel normaal. Veel mensen kennen dat gevoel.',
      '',
      '## Wat levert het op?',
      'Als je assertief bent, weten mensen waar ze met je aan toe zijn. Je hoeft minder te piekeren. En je voelt je vaak sterker en rustiger. Je hoeft het niet meteen te kunnen. In deze training oefen je stap voor stap.',
      '',
      '## Hoe werkt deze training?',
      'In elke module lees je een kort stuk. Je kijkt een filmpje. Je doet een kleine test. En je maakt huiswerk. Je trainer leest je huiswerk en schrijft je terug. Je werkt in je eigen tempo.',
    ]),
    video('Filmpje: drie keer de buurman', [
      '[Een galerijflat. Sanne doet haar voordeur open. Er staan twee vuilniszakken voor de deur.]',
      'Verteller: Dit is Sanne. Voor de derde keer deze week staan de vuilniszakken van de buurman voor haar deur.',
      '[Sanne zucht en zet de zakken zelf bij de container.]',
      'Verteller: Sanne zegt niets. Ze baalt de hele dag. Dat is onzeker reageren.',
      '[We zien het moment opnieuw. Sanne bonkt op de deur van de buurman.]',
      'Sanne (boos): Ben je nou helemaal gek geworden? Ruim je eigen troep op!',
      'Verteller: Nu is Sanne agressief. De buurman wordt ook boos. Er komt ruzie.',
      '[We zien het moment nog één keer. Sanne belt rustig aan.]',
      'Sanne: Hoi. Je vuilniszakken staan voor mijn deur. Dat vind ik vervelend. Wil je ze voortaan bij je eigen deur zetten?',
      'Buurman: Oh, sorry. Dat had ik niet door. Ik let erop.',
      'Verteller: Dat is assertief. Sanne zegt duidelijk wat ze wil. En ze blijft vriendelijk.',
    ]),
    selfTest(
      'Test: hoe reageer jij?',
      'Kies steeds wat je echt zou doen, niet wat je zou moeten doen. Er is geen goed of fout.',
      [
        choice('q1', 'Je zus vraagt of je zaterdag op haar kinderen past. Je had al andere plannen. Wat doe je?', [
          ['Ik zeg ja. Mijn eigen plannen schuif ik wel op.', 0],
          ['Ik zeg boos: "Altijd moet ik alles doen!"', 0],
          ['Ik zeg: "Deze zaterdag kan ik niet. Volgende week misschien wel."', 2],
        ]),
        choice('q2', 'In de winkel krijg je te weinig wisselgeld terug. Wat doe je?', [
          ['Ik zeg niets. Het is maar een euro.', 0],
          ['Ik zeg: "Volgens mij krijg ik nog een euro terug."', 2],
          ['Ik roep dat ze me proberen op te lichten.', 0],
        ]),
        scale('q3', 'Ik zeg wat ik vind, ook als een ander iets anders vindt.'),
        scale('q4', 'Ik voel me schuldig als ik voor mezelf opkom.', true),
      ],
      [
        [
          'Je denkt vaak eerst aan een ander',
          'Je laat anderen vaak voorgaan. Dat is lief, maar het kost je veel. Goed dat je deze training doet. Je gaat stap voor stap oefenen.',
        ],
        [
          'Soms lukt het al',
          'Je komt soms al voor jezelf op. In andere situaties vind je het nog lastig. In deze training ontdek je waar dat zit.',
        ],
        [
          'Je bent al aardig assertief',
          'Je zegt vaak al wat je vindt. Mooi! In deze training maak je dat nog sterker, ook in moeilijke situaties.',
        ],
      ],
    ),
    diary(
      'Huiswerk: jouw dagboek van deze week',
      `Let deze week op momenten waarop je anders deed dan je eigenlijk wilde. Misschien zei je ja, maar bedoelde je nee. Of je zei niets, terwijl je wel iets wilde zeggen. Kies één moment en vul daarover het dagboekformulier in. ${DIARY_HINT}`,
    ),
  ],
};

export const MODULE_2: ModuleDefinition = {
  title: 'Grenzen voelen',
  intro: 'Je lichaam weet vaak eerder dan je hoofd dat iets niet goed voelt. Je leert dat te merken.',
  requiresFeedback: false,
  steps: [
    text('Lezen: grenzen voelen', [
      '## Wat is een grens?',
      'Een grens is het punt waarop iets niet meer goed voelt voor jou. Iedereen heeft grenzen. Bijvoorbeeld over je tijd, je geld, je lichaam of je spullen. Jouw grenzen zijn niet hetzelfde als die van een ander. Dat mag.',
      '',
      '## Je lichaam weet het vaak eerst',
      'Vaak voel je een grens eerder dan dat je hem denkt. Je buik trekt samen. Je schouders worden stijf. Je hart gaat sneller. Of je wordt ineens moe of chagrijnig. Dat zijn signalen. Ze zeggen: hier gebeurt iets wat ik niet fijn vind.',
      '',
      '## Een voorbeeld',
      'Je collega leent al voor de derde keer geld van je. Je zegt ja, maar je voelt een knoop in je maag. Thuis blijf je eraan denken. Die knoop is je grens. Je lichaam zegt: dit wil ik eigenlijk niet.',
      '',
      '## Waarom merk je het soms niet?',
      'Ben je gewend om je grens weg te duwen? Dan voel je hem minder goed. Of je merkt het pas later, als je al ja hebt gezegd. Dat is niet erg. Je kunt leren om beter naar jezelf te luisteren.',
      '',
      '## Zo oefen je',
      '- Stop even als iets niet goed voelt. Adem rustig in en uit.',
      '- Vraag jezelf: wat voel ik nu? En waar in mijn lijf?',
      '- Vraag jezelf: wat wil ik eigenlijk?',
      'Je hoeft nog niets tegen de ander te zeggen. Deze week ga je alleen voelen en opschrijven.',
    ]),
    video('Filmpje: een knoop in je maag', [
      '[Een kantine op het werk. Kevin eet een boterham. Zijn collega Mo komt naast hem zitten.]',
      'Mo: Kevin, kun je me weer twintig euro lenen? Ik geef het vrijdag terug.',
      '[Kevin legt zijn boterham neer. Hij wrijft over zijn buik.]',
      'Verteller: Kevin voelt een knoop in zijn maag. Mo heeft het geld van vorige keer nog niet terugbetaald.',
      'Kevin: Eh… ja, goed.',
      '[Die avond op de bank. Kevin kijkt tv, maar hij hoort niets.]',
      'Verteller: Kevin blijft eraan denken. Zijn lichaam wist het al in de kantine: dit wil ik niet.',
      'Verteller: Let deze week op je eigen signalen. Een knoop in je maag, stijve schouders, een snelle hartslag. Wat vertellen ze jou?',
    ]),
    selfTest(
      'Test: hoe goed voel jij je grenzen?',
      'Kies wat het meest bij je past.',
      [
        scale('q1', 'Ik merk het snel als iets niet goed voelt.'),
        scale('q2', 'Ik merk pas achteraf dat ik iets eigenlijk niet wilde.', true),
        choice('q3', 'Een vriendin belt elke avond een uur. Je bent moe, maar je neemt toch op. Wat merk je?', [
          ['Niets. Pas later merk ik dat ik uitgeput ben.', 0],
          ['Ik word een beetje kribbig, maar ik weet niet waarom.', 1],
          ['Ik voel onrust in mijn lijf en weet: ik wil eigenlijk rust.', 2],
        ]),
        scale('q4', 'Als iemand mij iets vraagt, weet ik wat ik zelf wil.'),
      ],
      [
        [
          'Je grenzen zijn nog stil',
          'Je merkt je grenzen nog niet zo goed op. Dat komt vaak omdat je ze lang hebt weggeduwd. Het goede nieuws: je kunt het leren. Het dagboek helpt je daarbij.',
        ],
        [
          'Je voelt ze soms',
          'Soms voel je je grens op tijd, soms pas achteraf. Let deze week extra op je lijf. Daar zit vaak het eerste signaal.',
        ],
        [
          'Je voelt je grenzen goed',
          'Je weet vaak goed wat je wel en niet wilt. Dat is een sterke basis. De volgende stap is het ook zeggen.',
        ],
      ],
    ),
    diary(
      'Huiswerk: dagboek van je grenzen',
      `Let deze week op je grenzen. Kies één moment waarop iets niet goed voelde. Vul daarover het dagboekformulier in. ${DIARY_HINT}`,
    ),
  ],
};
