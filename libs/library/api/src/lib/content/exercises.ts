import type { LibraryTheme, TranslationLang } from '@nabij/library/contracts';
import { EXERCISE_TRANSLATIONS } from './exercise-translations';

export interface ExerciseText {
  title: string;
  summary: string;
  /** Markdown; its tables print as a form to fill in with a pen. */
  body: string;
}

export interface ExerciseDefinition {
  slug: string;
  theme: LibraryTheme;
  nl: ExerciseText;
  en: ExerciseText;
  /** Arabic, Turkish and Polish (issue 17): what a client of that language reads; without one, the Dutch text. */
  translations?: Partial<Record<TranslationLang, ExerciseText>>;
}

/**
 * Printable exercises a worker can put in a client's "Mijn bibliotheek". Written for this project in
 * B1 Dutch, with an English version. Markdown tables print as a form to fill in with a pen.
 */
const EXERCISES: ExerciseDefinition[] = [
  {
    slug: 'energiemeter',
    theme: 'stress',
    nl: {
      title: 'Energiemeter: wat geeft je energie en wat kost het?',
      summary: 'Schrijf een week lang op wat je deed en hoe je je daarna voelde. Zo zie je wat je helpt.',
      body: `## Waarom deze oefening?

Als je moe bent of veel stress hebt, lijkt alles evenveel energie te kosten. Dat is meestal niet zo.
Sommige dingen kosten veel energie. Andere dingen geven je juist energie terug. Met deze meter zie je
het verschil. Daarna kun je kiezen: wat wil je vaker doen, en wat minder?

## Zo doe je het

1. Print dit blad of neem een schrift.
2. Schrijf elke dag 's avonds op wat je deed. Drie of vier dingen is genoeg.
3. Geef elk ding een cijfer van **-5** (kostte heel veel energie) tot **+5** (gaf heel veel energie).
4. Schrijf bij hoe je je voelde. Eén woord is genoeg: moe, blij, gespannen, rustig.
5. Kijk na een week samen met je hulpverlener naar je lijst.

## Mijn week

| Dag | Wat deed ik? | Cijfer (-5 tot +5) | Hoe voelde ik me? |
| --- | --- | --- | --- |
| Maandag | | | |
| Dinsdag | | | |
| Woensdag | | | |
| Donderdag | | | |
| Vrijdag | | | |
| Zaterdag | | | |
| Zondag | | | |

## Na een week

- Wat gaf mij de meeste energie? ____________________
- Wat kostte mij de meeste energie? ____________________
- Wat wil ik volgende week één keer extra doen? ____________________
- Wat kan ik volgende week minder doen, of aan iemand vragen? ____________________

**Tip:** kleine dingen tellen ook. Een kop thee in de zon, even bellen met een vriendin of een
wandeling van tien minuten kan je meer energie geven dan je denkt.`,
    },
    en: {
      title: 'Energy meter: what gives you energy and what costs it?',
      summary: 'For one week, write down what you did and how you felt afterwards. That shows you what helps.',
      body: `## Why this exercise?

When you are tired or stressed, everything seems to cost the same amount of energy. Usually that is
not true. Some things cost a lot of energy. Other things give energy back. This meter shows you the
difference. Then you can choose: what do you want to do more often, and what less?

## How to do it

1. Print this sheet or use a notebook.
2. Every evening, write down what you did. Three or four things are enough.
3. Give each thing a score from **-5** (cost a lot of energy) to **+5** (gave a lot of energy).
4. Write down how you felt. One word is enough: tired, happy, tense, calm.
5. After a week, look at your list together with your social worker.

## My week

| Day | What did I do? | Score (-5 to +5) | How did I feel? |
| --- | --- | --- | --- |
| Monday | | | |
| Tuesday | | | |
| Wednesday | | | |
| Thursday | | | |
| Friday | | | |
| Saturday | | | |
| Sunday | | | |

## After one week

- What gave me the most energy? ____________________
- What cost me the most energy? ____________________
- What do I want to do one extra time next week? ____________________
- What can I do less next week, or ask someone else to do? ____________________

**Tip:** small things count too. A cup of tea in the sun, a short call with a friend or a ten-minute
walk can give you more energy than you think.`,
    },
  },
  {
    slug: 'turflijst-uitgaven',
    theme: 'money',
    nl: {
      title: 'Turflijst uitgaven: waar gaat je geld naartoe?',
      summary: 'Zet een week lang een streepje voor elke keer dat je iets betaalt. Zo zie je waar je geld blijft.',
      body: `## Waarom deze oefening?

Veel mensen weten wel hoeveel geld er binnenkomt. Maar waar het geld precies naartoe gaat, is vaak
lastig te zien. Vooral kleine bedragen vallen niet op: een broodje, een drankje, een pakje shag.
Met deze turflijst zie je het na een week zwart op wit. Je hoeft niets te veranderen. Alleen kijken.

## Zo doe je het

1. Print dit blad en leg het op een vaste plek, bijvoorbeeld op de koelkast.
2. Betaal je iets? Zet dan een streepje in de goede rij. Schrijf het bedrag erachter.
3. Bewaar je bonnetjes in een envelop. Dan kun je 's avonds aanvullen wat je vergat.
4. Tel aan het eind van de week alles op.
5. Neem de lijst mee naar je gesprek. Samen kijken we waar je kunt besparen.

## Mijn uitgaven deze week

| Waaraan? | Streepjes | Bedragen | Totaal |
| --- | --- | --- | --- |
| Boodschappen (eten, drinken) | | | € |
| Onderweg (broodje, koffie, snack) | | | € |
| Roken of alcohol | | | € |
| Vervoer (bus, benzine, parkeren) | | | € |
| Telefoon en abonnementen | | | € |
| Kleding en schoenen | | | € |
| Kinderen (school, sport, uitjes) | | | € |
| Iets anders: ____________ | | | € |
| **Alles samen** | | | **€** |

## Na een week

- Waar ging het meeste geld naartoe? ____________________
- Waar schrok ik van? ____________________
- Op welke uitgave wil ik volgende week letten? ____________________

**Let op:** heb je rekeningen die je niet kunt betalen? Wacht dan niet. Bel of chat met ons. Hoe eerder
we samen kijken, hoe meer we kunnen doen.`,
    },
    en: {
      title: 'Spending tally sheet: where does your money go?',
      summary: 'For one week, make a mark each time you pay for something. That shows you where your money goes.',
      body: `## Why this exercise?

Many people know how much money comes in. But where exactly it goes is often hard to see. Small
amounts especially go unnoticed: a sandwich, a drink, a pack of tobacco. After one week this tally
sheet shows it in black and white. You do not have to change anything. Just look.

## How to do it

1. Print this sheet and keep it in a fixed place, for example on the fridge.
2. Pay for something? Make a mark in the right row. Write the amount next to it.
3. Keep your receipts in an envelope. Then in the evening you can add what you forgot.
4. At the end of the week, add everything up.
5. Bring the list to your appointment. Together we look at where you can save.

## My spending this week

| On what? | Marks | Amounts | Total |
| --- | --- | --- | --- |
| Groceries (food, drinks) | | | € |
| On the go (sandwich, coffee, snack) | | | € |
| Smoking or alcohol | | | € |
| Transport (bus, petrol, parking) | | | € |
| Phone and subscriptions | | | € |
| Clothes and shoes | | | € |
| Children (school, sports, outings) | | | € |
| Something else: ____________ | | | € |
| **Everything together** | | | **€** |

## After one week

- Where did most of the money go? ____________________
- What surprised me? ____________________
- Which spending do I want to watch next week? ____________________

**Note:** do you have bills you cannot pay? Do not wait. Call or chat with us. The sooner we look at
it together, the more we can do.`,
    },
  },
];

export const LIBRARY_EXERCISES: ExerciseDefinition[] = EXERCISES.map((exercise) =>
  EXERCISE_TRANSLATIONS[exercise.slug] ? { ...exercise, translations: EXERCISE_TRANSLATIONS[exercise.slug] } : exercise,
);
