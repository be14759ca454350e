import type { ForumDefinition, SeedTopic } from './forum-install.repository';

/** The open forums every organisation starts with: themes clients of social work bring most. */
export const OPEN_FORUMS: ForumDefinition[] = [
  {
    title: 'Geld en rondkomen',
    description: 'Over rekeningen, schulden, sparen en slim besparen. Deel wat jou helpt. Noem geen bedragen van anderen.',
  },
  {
    title: 'Stress en slapen',
    description: 'Over drukte in je hoofd, slecht slapen en wat je helpt om rustiger te worden.',
  },
  {
    title: 'Opvoeden en gezin',
    description: 'Over kinderen, pubers, ruzie thuis en tijd voor jezelf als ouder.',
  },
  {
    title: 'Contact en eenzaamheid',
    description: 'Over je alleen voelen, nieuwe mensen leren kennen en hoe je contact houdt.',
  },
];

/** The nicknames of the demo members who wrote the seed topics. */
export const DEMO_NICKNAMES = ['Zonnestraal', 'Fietser071', 'Tulpje', 'Rustpunt', 'Team Nabij'] as const;

/** Kind, real-sounding first conversations in B1 Dutch, so an open forum is not empty on day one. */
export const OPEN_FORUM_TOPICS: SeedTopic[] = [
  {
    forum: 'Geld en rondkomen',
    author: 'Fietser071',
    title: 'Hoe houden jullie overzicht over de rekeningen?',
    body:
      'Ik krijg elke maand veel post en ik schuif het vaak voor me uit. Daarna schrik ik van de aanmaningen. ' +
      'Hoe houden jullie overzicht? Ik zoek iets simpels.',
    replies: [
      {
        author: 'Tulpje',
        body:
          'Ik heb een map met drie vakken: "nog betalen", "betaald" en "bewaren". Elke zaterdag na het ontbijt kijk ik tien minuten in de map. ' +
          'Meer niet. Dat kleine moment helpt mij echt.',
        helpedBy: ['Fietser071', 'Zonnestraal'],
      },
      {
        author: 'Zonnestraal',
        body: 'Ik zet de vaste lasten op de dag dat mijn loon binnenkomt. Dan is het geld al weg voordat ik het uitgeef 🙂',
        helpedBy: ['Fietser071'],
      },
      {
        author: 'Team Nabij',
        body:
          'Goede tips! Kom je er zelf niet uit, dan kun je gratis hulp krijgen van Geldfit (geldfit.nl) of van het sociaal wijkteam in je gemeente. ' +
          'Je kunt het ook met je maatschappelijk werker bespreken.',
      },
    ],
  },
  {
    forum: 'Stress en slapen',
    author: 'Rustpunt',
    title: 'Piekeren in bed',
    body:
      'Zodra ik in bed lig, gaan mijn gedachten alle kanten op. Werk, geld, de kinderen. ' +
      'Soms lig ik twee uur wakker. Herkent iemand dit?',
    replies: [
      {
        author: 'Zonnestraal',
        body:
          'Ja, heel erg. Wat mij helpt: een half uur voor het slapen schrijf ik alles op wat in mijn hoofd zit. ' +
          'Het staat dan op papier en ik hoef het niet meer te onthouden.',
        helpedBy: ['Rustpunt', 'Tulpje'],
      },
      {
        author: 'Tulpje',
        body: 'Ik zet mijn telefoon in de keuken. Eerst vond ik dat lastig, nu slaap ik sneller in.',
        helpedBy: ['Rustpunt'],
      },
      {
        author: 'Rustpunt',
        body: 'Dank jullie wel. Ik ga vanavond het opschrijven proberen. Fijn om te lezen dat ik niet de enige ben.',
      },
    ],
  },
  {
    forum: 'Opvoeden en gezin',
    author: 'Tulpje',
    title: 'Mijn zoon van 14 praat bijna niet meer met me',
    body: 'Vroeger vertelde hij alles. Nu zit hij op zijn kamer en zegt hij alleen "gaat wel". Is dit normaal voor zijn leeftijd?',
    replies: [
      {
        author: 'Fietser071',
        body:
          'Bij mijn dochter was het hetzelfde. Aan tafel lukte praten niet, maar in de auto wel. ' +
          'Naast elkaar zitten voelt minder spannend dan tegenover elkaar.',
        helpedBy: ['Tulpje'],
      },
      {
        author: 'Team Nabij',
        body:
          'Veel ouders herkennen dit. Het hoort vaak bij de puberteit. Blijf laten merken dat je er bent, ook als hij weinig zegt. ' +
          'Maak je je zorgen, praat er dan met je maatschappelijk werker over.',
      },
    ],
  },
  {
    forum: 'Contact en eenzaamheid',
    author: 'Zonnestraal',
    title: 'Nieuw in de stad en nog niemand leren kennen',
    body: 'Ik woon sinds drie maanden in Leiden. Ik werk thuis en zie bijna niemand. Hoe hebben jullie nieuwe mensen leren kennen?',
    replies: [
      {
        author: 'Rustpunt',
        body: 'Ik ben vrijwilliger geworden bij de voedselbank. Eén ochtend per week. Je doet samen iets, dan komt praten vanzelf.',
        helpedBy: ['Zonnestraal'],
      },
      {
        author: 'Fietser071',
        body: 'In de bibliotheek is elke week een taalcafé. Ook als je Nederlands al goed spreekt, ben je welkom. Het is gezellig!',
        helpedBy: ['Zonnestraal'],
      },
    ],
  },
];

/** The closed forum of a group (training cohort): for its participants and trainers only. */
export function cohortForum(cohortTitle: string): ForumDefinition {
  return {
    title: `Groep: ${cohortTitle}`,
    description: 'Alleen voor de deelnemers en trainers van deze groep. Praat hier over de oefeningen en help elkaar.',
  };
}
