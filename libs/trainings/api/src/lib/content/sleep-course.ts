import type { CourseDefinition } from './course-definition';
import { choice, scale, selfTest, text, video } from './assertiveness/course-builders';

/**
 * "Beter slapen": a self-help course (no trainer, no homework, no feedback moments) in four short
 * modules of plain Dutch (B1). Every module opens as soon as the one before it is done.
 */
export const SLEEP_COURSE: CourseDefinition = {
  title: 'Beter slapen',
  kind: 'self_help',
  summary:
    'Slaap je slecht door zorgen of stress? In 4 korte modules leer je wat helpt. Je doet het zelf, in je eigen tempo. Je kunt meteen beginnen.',
  goalExamples: ['Sneller in slaap vallen', 'Minder piekeren in bed', 'Uitgerust wakker worden', 'Een vast ritme vinden'],
  modules: [
    {
      title: 'Hoe slaap jij nu?',
      intro: 'Eerst kijken we hoe het nu gaat. Zo weet je waar je kunt beginnen.',
      requiresFeedback: false,
      steps: [
        text('Lezen: slaap en zorgen', [
          '## Slecht slapen komt veel voor',
          'Veel mensen slapen slecht als ze zorgen hebben. Over geld, over werk, over thuis. Je ligt wakker en je hoofd staat niet stil. De volgende dag ben je moe. En als je moe bent, lijken de zorgen nog groter.',
          '',
          '## Het goede nieuws',
          'Je kunt zelf veel doen om beter te slapen. Kleine dingen helpen al. In deze training leer je er een paar. Je hoeft niet alles tegelijk te doen. Kies wat bij je past.',
          '',
          '## Hoe werkt deze training?',
          'Er zijn 4 korte modules. In elke module lees je iets, je kijkt een filmpje of je doet een oefening. Er is geen trainer. Je bepaalt zelf je tempo.',
        ]),
        selfTest(
          'Test: hoe slaap jij?',
          'Denk aan de afgelopen twee weken. Kies wat het beste past.',
          [
            scale('q1', 'Ik lig langer dan een half uur wakker voordat ik in slaap val.'),
            scale('q2', "Ik word 's nachts wakker en lig dan lang te piekeren."),
            scale('q3', 'Ik voel me overdag moe of prikkelbaar.'),
            choice('q4', 'Wat doe je meestal als je niet kunt slapen?', [
              ['Ik blijf liggen en kijk op mijn telefoon.', 2],
              ['Ik blijf liggen en pieker.', 2],
              ['Ik sta op en doe even iets rustigs.', 0],
            ]),
          ],
          [
            [
              'Je slaapt redelijk goed',
              'Je slaapt meestal goed genoeg. Toch handig om te weten wat helpt als het een keer minder gaat. De tips in deze training kun je dan meteen gebruiken.',
            ],
            [
              'Je slaap kan beter',
              'Je slaapt niet altijd goed. Dat merk je overdag. Probeer de tips uit deze training een paar weken. Kleine stappen maken al verschil.',
            ],
            [
              'Je slaapt slecht',
              'Je slaapt al een tijd slecht. Dat is zwaar. Doe deze training, en praat er ook over met je hulpverlener of je huisarts. Slecht slapen kan ook een teken zijn dat de zorgen te groot worden.',
            ],
          ],
        ),
      ],
    },
    {
      title: 'Een vast ritme',
      intro: 'Je lichaam houdt van regelmaat. Met een vast ritme val je makkelijker in slaap.',
      requiresFeedback: false,
      steps: [
        text('Lezen: elke dag ongeveer dezelfde tijd', [
          '## Sta elke dag op dezelfde tijd op',
          'Ook in het weekend. Ook als je slecht hebt geslapen. Zo went je lichaam aan een ritme. Na een paar weken word je vanzelf moe rond dezelfde tijd.',
          '',
          '## Ga pas naar bed als je slaperig bent',
          'Moe is iets anders dan slaperig. Slaperig is: je ogen vallen dicht. Ga pas dan naar bed. Lig je na 20 minuten nog wakker? Sta dan even op.',
          '',
          '## Een uur om tot rust te komen',
          'Doe het laatste uur voor het slapen iets rustigs. Lees iets, luister muziek of neem een douche. Leg je telefoon weg. Het licht van een scherm houdt je wakker.',
        ]),
        video('Filmpje: de avond van Mo', [
          "[Een kleine woonkamer, half elf 's avonds. Mo zit op de bank met zijn telefoon.]",
          'Verteller: Dit is Mo. Hij scrolt nog even door zijn telefoon. Het wordt later en later.',
          '[Mo ligt in bed en kijkt naar het plafond. Het is kwart over één.]',
          'Mo (zacht): Morgen moet ik vroeg op. Ik moet nu echt slapen.',
          'Verteller: Hoe harder Mo het probeert, hoe wakkerder hij wordt.',
          '[Een andere avond. Om tien uur legt Mo zijn telefoon in de keuken en zet thee.]',
          'Verteller: Nu doet Mo het anders. Het laatste uur geen scherm. Hij leest nog een paar bladzijden.',
          '[Mo doet het licht uit en draait zich om.]',
          'Verteller: Het lukt niet elke avond meteen. Maar na twee weken slaapt Mo veel sneller in.',
        ]),
        text('Oefening: jouw avond', [
          '## Probeer dit een week',
          '- Kies een vaste tijd om op te staan. Zet een wekker, ook in het weekend.',
          '- Kies een tijd waarop je je telefoon wegzet. Leg hem buiten de slaapkamer.',
          '- Bedenk één rustig ding voor het laatste uur: lezen, muziek, een warme douche.',
          '',
          'Schrijf je tijden op een briefje en hang het op de koelkast. Kijk na een week: wat ging goed?',
        ]),
      ],
    },
    {
      title: 'Minder piekeren in bed',
      intro: 'Liggen malen houdt je wakker. Je kunt je zorgen een vaste plek geven, buiten je bed.',
      requiresFeedback: false,
      steps: [
        text('Lezen: een vast piekermoment', [
          '## Piekeren kost slaap',
          'In bed komen de zorgen vaak op. Het is stil, en je hebt niets anders te doen. Maar midden in de nacht kun je je zorgen niet oplossen. Je wordt er alleen wakkerder van.',
          '',
          '## Geef je zorgen een eigen tijd',
          "Kies elke dag een kwartier, bijvoorbeeld om zeven uur 's avonds. Dat is je piekerkwartier. Schrijf dan op waar je je zorgen over maakt. En schrijf erbij wat je morgen kunt doen, hoe klein ook.",
          '',
          '## Komt er in bed toch een zorg?',
          'Zeg tegen jezelf: "Daar denk ik morgen om zeven uur over." Leg een briefje naast je bed. Schrijf de zorg op en leg het weg. Dan hoef je het niet te onthouden.',
        ]),
        text('Oefening: rustig ademhalen', [
          '## Zo doe je het',
          '- Ga gemakkelijk liggen. Leg een hand op je buik.',
          '- Adem rustig in door je neus en tel tot vier.',
          '- Adem langzaam uit door je mond en tel tot zes.',
          '- Doe dit tien keer. Voel hoe je buik omhoog en omlaag gaat.',
          '',
          'Dwaal je af met je gedachten? Dat is normaal. Begin gewoon weer met tellen.',
        ]),
      ],
    },
    {
      title: 'Volhouden en hulp vragen',
      intro: 'Beter slapen gaat met ups en downs. Zo houd je vol, en zo weet je wanneer je hulp vraagt.',
      requiresFeedback: false,
      steps: [
        text('Lezen: een slechte nacht is geen ramp', [
          '## Het gaat niet in een rechte lijn',
          'Ook als je alles goed doet, heb je soms een slechte nacht. Dat is normaal. Houd je ritme vast. Sta gewoon op je vaste tijd op. Ga overdag niet lang slapen.',
          '',
          '## Wat heeft jou geholpen?',
          'Kijk terug op de afgelopen weken. Welke tip werkte voor jou? Blijf die doen. Wat werkte niet? Dan mag je dat laten.',
          '',
          '## Wanneer vraag je hulp?',
          'Slaap je na een paar weken nog steeds slecht? Of maken je zorgen je somber of bang? Praat er dan over met je hulpverlener of je huisarts. Je kunt ons ook een bericht sturen of chatten. Je hoeft het niet alleen te doen.',
          '',
          'Denk je aan zelfmoord? Bel dan 113 (gratis: 0800-0113). Daar kun je dag en nacht terecht.',
        ]),
      ],
    },
  ],
};
