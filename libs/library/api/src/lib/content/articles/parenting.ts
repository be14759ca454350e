import type { ArticleDefinition } from '../library-content';

export const PARENTING_ARTICLES: ArticleDefinition[] = [
  {
    slug: 'opvoeden-als-het-zwaar-is',
    theme: 'parenting',
    audiences: ['parents'],
    nl: {
      title: 'Opvoeden als het even niet gaat',
      summary: 'Elke ouder loopt weleens vast. Zoveel ruzie, huilen of niet luisteren dat je het niet meer weet? Deze tips kunnen helpen.',
      body: `Kinderen opvoeden is mooi en zwaar tegelijk. Soms lukt het even niet. Je bent moe, je kind luistert niet, en je hoort jezelf schreeuwen. Dat overkomt veel ouders.

## Wat kun je zelf doen?

- **Geef aandacht aan goed gedrag.** Zeg het als je kind iets goed doet: "Fijn dat je meteen kwam."
- **Maak weinig regels, maar houd je eraan.** Kinderen weten dan waar ze aan toe zijn.
- **Vaste tijden helpen.** Eten, slapen en schermtijd op vaste momenten geven rust.
- **Tel tot tien.** Word je heel boos? Loop even weg als je kind veilig is, en praat later.
- **Zorg ook voor jezelf.** Vraag familie of buren om een keer op te passen.

Op [opvoeden.nl](https://www.opvoeden.nl) vind je betrouwbare informatie per leeftijd.

## Waar kun je terecht?

Het Centrum voor Jeugd en Gezin (CJG) of het jeugdteam van je gemeente helpt ouders gratis. Ook je huisarts kan meedenken.

## Wanneer vraag je ons om hulp?

Heb je het gevoel dat je het alleen niet meer redt? Of zijn er thuis ook andere zorgen, zoals geld of ruzie? Stuur ons een bericht. We kijken samen wat jou en je kind helpt.`,
    },
    en: {
      title: 'Parenting when things are hard',
      summary: 'Every parent gets stuck sometimes. So much fighting, crying or not listening that you are at a loss? These tips may help.',
      body: `Raising children is wonderful and hard at the same time. Sometimes it just does not work. You are tired, your child does not listen, and you hear yourself shouting. That happens to many parents.

## What can you do yourself?

- **Pay attention to good behaviour.** Say it when your child does something well: "Nice that you came right away."
- **Have few rules, but stick to them.** Children then know where they stand.
- **Fixed times help.** Eating, sleeping and screen time at set moments bring calm.
- **Count to ten.** Getting very angry? Step away for a moment if your child is safe, and talk later.
- **Look after yourself too.** Ask family or neighbours to babysit now and then.

At [opvoeden.nl](https://www.opvoeden.nl) you find reliable information per age (in Dutch).

## Where can you go?

The Centre for Youth and Family (CJG) or your municipality's youth team helps parents for free. Your GP can also think along.

## When should you ask us for help?

Do you feel you cannot manage alone anymore? Or are there other worries at home, such as money or arguments? Send us a message. Together we look at what helps you and your child.`,
    },
  },
  {
    slug: 'een-puber-in-huis',
    theme: 'parenting',
    audiences: ['parents'],
    nl: {
      title: 'Een puber in huis',
      summary: 'Je kind wordt ouder en zoekt zijn eigen weg. Dat geeft soms botsingen. Zo blijf je in contact met je tiener.',
      body: `In de puberteit verandert je kind snel. Vrienden worden belangrijker, je kind wil meer zelf beslissen en praat soms minder met jou. Dat is normaal. Je kind heeft jou nog steeds nodig.

## Tips voor het contact

- **Blijf belangstelling tonen.** Vraag naar vrienden, muziek of games, zonder te oordelen.
- **Praat naast elkaar.** In de auto of tijdens het koken praat een tiener vaak makkelijker dan aan tafel.
- **Onderhandel.** Geef meer vrijheid als afspraken goed gaan. Zo leert je kind verantwoordelijkheid.
- **Kies je strijd.** Een rommelige kamer is minder belangrijk dan veiligheid en school.
- **Zeg wat je ziet.** "Je lijkt de laatste tijd stil. Gaat het?" opent vaak een gesprek.

## Wanneer maak je je zorgen?

Trekt je kind zich helemaal terug, slaapt of eet het slecht, gaat het niet meer naar school, of gebruikt het drugs of veel alcohol? Dan is het tijd om hulp te zoeken. Praat met de mentor of de schoolmaatschappelijk werker.

## Wanneer vraag je ons om hulp?

Lopen de ruzies thuis hoog op, of weet je niet meer hoe je je kind kunt bereiken? Stuur ons een bericht. We praten met jou, met je kind, of met jullie samen.`,
    },
    en: {
      title: 'A teenager at home',
      summary:
        'Your child is growing up and finding their own way. That sometimes causes clashes. This is how you stay in touch with your teenager.',
      body: `During puberty your child changes fast. Friends become more important, your child wants to decide more and sometimes talks less with you. That is normal. Your child still needs you.

## Tips for staying in touch

- **Keep showing interest.** Ask about friends, music or games, without judging.
- **Talk side by side.** In the car or while cooking, a teenager often talks more easily than at the table.
- **Negotiate.** Give more freedom when agreements go well. That way your child learns responsibility.
- **Pick your battles.** A messy room matters less than safety and school.
- **Say what you see.** "You seem quiet lately. Are you okay?" often starts a conversation.

## When should you worry?

Does your child withdraw completely, sleep or eat badly, stop going to school, or use drugs or a lot of alcohol? Then it is time to look for help. Talk to the mentor or the school social worker.

## When should you ask us for help?

Are arguments at home getting out of hand, or do you no longer know how to reach your child? Send us a message. We talk with you, with your child, or with you together.`,
    },
  },
  {
    slug: 'afspraken-over-schermtijd',
    theme: 'parenting',
    audiences: ['parents', 'pupils'],
    nl: {
      title: 'Afspraken over telefoon en gamen',
      summary: 'Ruzie over schermtijd komt in veel gezinnen voor. Met duidelijke afspraken wordt het rustiger, voor ouders en kinderen.',
      body: `Telefoon, tablet en games horen bij het leven van kinderen. Ze zijn leuk en nuttig. Maar te veel schermtijd kan zorgen voor slecht slapen, ruzie en minder zin in school.

## Voor ouders

- **Maak samen afspraken.** Vraag je kind wat het eerlijk vindt. Afspraken die je samen maakt, werken beter.
- **Geen scherm in bed.** Laat telefoons 's nachts buiten de slaapkamer opladen.
- **Schermvrije momenten.** Bijvoorbeeld tijdens het eten.
- **Doe zelf mee.** Kinderen kijken naar wat jij doet met je telefoon.
- **Weet wat je kind doet.** Speel eens een game mee of vraag wat ze online zien.

## Voor kinderen en jongeren

- Merk je dat je slecht slaapt of je huiswerk niet afkrijgt? Zet je telefoon op een vaste tijd weg.
- Word je online gepest of krijg je rare berichten? Vertel het aan iemand die je vertrouwt. Je kunt ook chatten met De Kindertelefoon: [kindertelefoon.nl](https://www.kindertelefoon.nl).

## Wanneer vraag je ons om hulp?

Lukt het niet om afspraken te maken, of gaat het gamen ten koste van school en vrienden? Dan denken we met je mee.`,
    },
    en: {
      title: 'Agreements about phones and gaming',
      summary: 'Arguing about screen time happens in many families. Clear agreements make it calmer, for parents and children.',
      body: `Phones, tablets and games are part of children's lives. They are fun and useful. But too much screen time can cause poor sleep, arguments and less interest in school.

## For parents

- **Make agreements together.** Ask your child what they think is fair. Agreements you make together work better.
- **No screens in bed.** Let phones charge outside the bedroom at night.
- **Screen-free moments.** For example during meals.
- **Set an example.** Children watch what you do with your phone.
- **Know what your child does.** Play a game together or ask what they see online.

## For children and young people

- Do you sleep badly or not finish your homework? Put your phone away at a fixed time.
- Are you bullied online or do you get strange messages? Tell someone you trust. You can also chat with De Kindertelefoon: [kindertelefoon.nl](https://www.kindertelefoon.nl).

## When should you ask us for help?

Is it impossible to make agreements, or is gaming harming school and friendships? Then we think along with you.`,
    },
  },
];
