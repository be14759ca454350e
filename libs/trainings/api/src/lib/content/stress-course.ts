import type { CourseDefinition } from './course-definition';
import { choice, DIARY_HINT, diary, openQuestions, scale, selfTest, text } from './assertiveness/course-builders';

/**
 * "Omgaan met stress": a guided group course in six modules of plain Dutch (B1), written for
 * Nabij. Participants learn to notice stress early, calm their body, look at their thoughts and
 * ask for support. Modules 2 and 4 are feedback moments.
 */
export const STRESS_COURSE: CourseDefinition = {
  title: 'Omgaan met stress',
  summary:
    'Voel je je vaak gejaagd, gespannen of moe? In 6 modules leer je samen met anderen wat stress met je doet, hoe je het eerder merkt en wat je kunt doen om rustiger te worden. Je trainer helpt je op weg.',
  goalExamples: ['Eerder merken dat ik gespannen ben', 'Rustiger worden als het druk is', 'Minder piekeren', 'Vaker nee zeggen'],
  modules: [
    {
      title: 'Wat is stress?',
      intro: 'Stress is niet altijd slecht. Maar te lang te veel stress maakt je moe en ziek. Hoe zit dat?',
      requiresFeedback: false,
      steps: [
        text('Lezen: je lichaam in de alarmstand', [
          '## Stress is een alarm',
          'Als er gevaar is, maakt je lichaam zich klaar om te vechten of te vluchten. Je hart klopt sneller, je spieren spannen zich aan, je ademt sneller. Dat is handig als je snel moet reageren.',
          '',
          '## Als het alarm blijft aanstaan',
          'Bij zorgen over geld, werk, je kinderen of je gezondheid gaat het alarm vaak niet meer uit. Dan krijg je last van hoofdpijn, slecht slapen, snel boos worden of je slecht kunnen concentreren.',
          '',
          '## Wat leer je in deze training?',
          'Je leert je eigen signalen herkennen, je lichaam tot rust brengen, anders kijken naar je gedachten en hulp vragen. Bij elke module hoort een groepsbijeenkomst. Je deelt alleen wat je zelf wilt.',
        ]),
        selfTest(
          'Test: hoeveel stress heb jij?',
          'Denk aan de afgelopen twee weken. Kies wat het beste past.',
          [
            scale('q1', 'Ik voel me gejaagd of opgejaagd.'),
            scale('q2', 'Ik slaap slecht omdat mijn hoofd vol zit.'),
            scale('q3', 'Ik word snel boos of ik moet snel huilen.'),
            scale('q4', 'Ik heb last van hoofdpijn, buikpijn of gespannen schouders.'),
            choice('q5', 'Heb je tijd voor dingen die je leuk vindt?', [
              ['Ja, genoeg.', 0],
              ['Soms.', 1],
              ['Bijna nooit.', 2],
            ]),
          ],
          [
            [
              'Weinig stress',
              'Je hebt nu niet veel last van stress. Deze training helpt je om dat zo te houden, ook als het later drukker wordt.',
            ],
            [
              'Best veel stress',
              'Je merkt dat de stress je dwarszit. Goed dat je er iets aan doet. In de volgende modules leer je hoe je eerder merkt dat het te veel wordt.',
            ],
            [
              'Heel veel stress',
              'Je hebt nu veel last van stress. Dat is zwaar. Vertel het je trainer of hulpverlener, ook als de training nog loopt. Houdt het lang aan, praat er dan ook over met je huisarts.',
            ],
          ],
        ),
      ],
    },
    {
      title: 'Jouw stresssignalen',
      intro: 'Hoe eerder je stress merkt, hoe makkelijker je er iets aan doet. Welke signalen geeft jouw lichaam?',
      requiresFeedback: true,
      steps: [
        text('Lezen: groen, oranje, rood', [
          '## Drie kleuren',
          'Groen: je voelt je rustig en je kunt veel aan. Oranje: je merkt spanning, je slaapt minder goed, je bent sneller geïrriteerd. Rood: je kunt niet meer helder denken, je bent op of je ontploft.',
          '',
          '## Iedereen heeft eigen signalen',
          'De een krijgt hoofdpijn, de ander gaat meer eten of juist minder. Weer een ander trekt zich terug of gaat harder werken. Als je je eigen signalen kent, kun je al in oranje iets doen.',
        ]),
        openQuestions('Huiswerk: mijn signalen', 'Denk aan een drukke week van de laatste tijd.', [
          ['oranje', 'Wat merk je aan jezelf als je in oranje zit?', 'Bijvoorbeeld: ik slaap slecht, ik snauw tegen de kinderen'],
          ['rood', 'Wat gebeurt er als je in rood zit?'],
          ['helpt', 'Wat helpt jou om weer naar groen te gaan?'],
        ]),
      ],
    },
    {
      title: 'Je lichaam tot rust brengen',
      intro: 'Met je ademhaling en ontspanning kun je het alarm in je lichaam zachter zetten.',
      requiresFeedback: false,
      steps: [
        text('Oefening: rustig ademen', [
          '## De 4-6 ademhaling',
          '- Ga zitten met je voeten op de grond.',
          '- Adem in door je neus en tel tot vier.',
          '- Adem uit door je mond en tel tot zes. Langzaam, alsof je een kaarsje laat flakkeren.',
          '- Doe dit vijf minuten. Je hartslag wordt rustiger.',
          '',
          'Oefen het elke dag, ook als je rustig bent. Dan kun je het gebruiken als het spannend wordt.',
        ]),
        text('Lezen: bewegen en pauzes', [
          '## Bewegen helpt',
          'Een half uur wandelen of fietsen haalt de spanning uit je lichaam. Het hoeft niet snel of ver. Naar buiten gaan helpt ook je hoofd.',
          '',
          '## Kleine pauzes',
          'Neem op een drukke dag elke paar uur vijf minuten pauze. Drink water, kijk naar buiten, rek je uit. Kleine pauzes voorkomen dat je in rood komt.',
        ]),
      ],
    },
    {
      title: 'Piekeren en gedachten',
      intro: 'Je gedachten kunnen stress groter maken. Je kunt leren er anders naar te kijken.',
      requiresFeedback: true,
      steps: [
        text('Lezen: gedachten zijn geen feiten', [
          '## Wat je denkt, bepaalt wat je voelt',
          'Je krijgt een brief van de woningcorporatie. Je denkt: "Nu word ik uit mijn huis gezet." Je voelt paniek. Maar in de brief staat alleen dat de huur verandert. Je gedachte was erger dan wat er echt gebeurde.',
          '',
          '## Vraag jezelf drie dingen',
          '- Wat is het bewijs dat dit waar is?',
          '- Wat zou ik tegen een vriend zeggen die dit denkt?',
          '- Wat kan ik nu doen, hoe klein ook?',
          '',
          '## Een vast piekermoment',
          'Kies elke dag een kwartier om te piekeren. Schrijf je zorgen dan op. Komt er op een ander moment een zorg? Zeg dan: "Daar denk ik straks over."',
        ]),
        diary(
          'Huiswerk: mijn stress-dagboek',
          `Schrijf een week lang elke dag op: wat gebeurde er, wat dacht je, wat voelde je en wat deed je? ${DIARY_HINT}`,
        ),
      ],
    },
    {
      title: 'Grenzen en steun',
      intro: 'Soms komt stress doordat je te veel op je neemt. En samen sta je sterker dan alleen.',
      requiresFeedback: false,
      steps: [
        text('Lezen: nee zeggen en hulp vragen', [
          '## Je hoeft niet alles',
          'Veel mensen met stress zeggen vaak ja: tegen familie, buren, school of werk. Vraag jezelf af: wil ik dit en kan ik dit nu? Nee zeggen mag. "Deze week lukt het niet, volgende week wel" is ook een antwoord.',
          '',
          '## Wie kan jou helpen?',
          'Denk aan mensen om je heen: familie, een vriend, een buurvrouw, iemand van de moskee, kerk of sportclub. Wat kunnen zij doen? Een keer oppassen, samen boodschappen doen, of gewoon luisteren.',
          '',
          '## Praten in de groep',
          'In de groepsbijeenkomsten merk je dat anderen hetzelfde meemaken. Dat lucht op. Je kunt ook tips van elkaar krijgen.',
        ]),
        openQuestions('Opdracht: mijn steun', 'Maak een kleine kaart van de mensen om je heen.', [
          ['wie', 'Noem twee of drie mensen bij wie je terecht kunt.'],
          ['vraag', 'Wat ga je deze week aan één van hen vragen?'],
        ]),
      ],
    },
    {
      title: 'Jouw plan voor de toekomst',
      intro: 'Je maakt een eigen plan: wat doe je bij groen, bij oranje en bij rood?',
      requiresFeedback: false,
      steps: [
        text('Lezen: een stoplichtplan', [
          '## Groen: zo houd je het vol',
          'Wat doe je elke week om je goed te voelen? Denk aan bewegen, slapen, iemand bellen, iets leuks doen.',
          '',
          '## Oranje: zo rem je af',
          'Wat doe je als je je oranje signalen merkt? Bijvoorbeeld: elke dag ademoefening, minder afspraken, iemand om hulp vragen.',
          '',
          '## Rood: zo vraag je hulp',
          'Wie bel je als het niet meer gaat? Schrijf de namen en nummers op. Je hulpverlener van Nabij, je huisarts, iemand die dicht bij je staat. Denk je aan zelfmoord? Bel 113 (gratis: 0800-0113), dag en nacht.',
        ]),
        selfTest(
          'Test: hoe gaat het nu?',
          'Kijk terug op de weken van de training. Kies wat nu het beste past.',
          [
            scale('q1', 'Ik merk op tijd dat ik gespannen raak.', true),
            scale('q2', 'Ik weet wat ik kan doen om rustiger te worden.', true),
            scale('q3', 'Ik durf hulp te vragen als het te veel wordt.', true),
          ],
          [
            [
              'Je hebt goede handvatten',
              'Je kent je signalen en weet wat helpt. Hang je stoplichtplan op een plek waar je het ziet. Goed gedaan!',
            ],
            ['Je bent op weg', 'Je hebt veel geleerd. Blijf oefenen met wat werkt, vooral op de dagen dat het goed gaat.'],
            [
              'Het is nog moeilijk',
              'Het lukt nog niet goed om met stress om te gaan. Blijf er niet alleen mee. Bespreek met je hulpverlener wat je nodig hebt.',
            ],
          ],
        ),
      ],
    },
  ],
};
