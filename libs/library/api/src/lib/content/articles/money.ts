import type { ArticleDefinition } from '../library-content';

export const MONEY_ARTICLES: ArticleDefinition[] = [
  {
    slug: 'schulden-wat-kun-je-zelf-doen',
    theme: 'money',
    audiences: ['adults', 'young-people'],
    nl: {
      title: 'Schulden: wat kun je zelf doen?',
      summary:
        'Heb je een schuld of kun je je rekeningen niet meer betalen? Je bent niet de enige. Hoe eerder je iets doet, hoe makkelijker het wordt.',
      body: `Veel mensen in Nederland hebben een schuld. Je schaamt je misschien. Dat is niet nodig. Wel is het belangrijk dat je snel iets doet. Een schuld wordt vaak groter als je wacht, door rente en extra kosten.

## Wat kun je zelf doen?

- **Open je post.** Ook als je er bang voor bent. Leg alle brieven op één stapel.
- **Maak een lijst.** Schrijf op aan wie je geld moet, hoeveel en sinds wanneer.
- **Bel of mail de schuldeiser.** Vraag om een betalingsregeling: elke maand een klein bedrag. Veel bedrijven zeggen ja.
- **Betaal eerst de vaste lasten.** Huur, energie, water en je zorgverzekering gaan voor. Zo houd je een huis en zorg.
- **Ga niet lenen om een schuld te betalen.** Dan heb je straks twee schulden.

## Waar kun je terecht?

- Op [geldfit.nl](https://www.geldfit.nl) doe je een korte test. Je ziet dan waar je hulp krijgt bij jou in de buurt.
- Je gemeente helpt gratis met schulden. Vraag naar schuldhulpverlening.
- Krijg je een brief van een deurwaarder? Wacht dan niet. Bel de deurwaarder en vraag om uitleg.

## Wanneer vraag je ons om hulp?

Lukt het niet alleen, of word je er heel onrustig van? Stuur ons een bericht. Een maatschappelijk werker kijkt samen met je naar je post en je geld. We gaan mee naar de schuldhulp als je dat wilt.`,
    },
    en: {
      title: 'Debts: what can you do yourself?',
      summary: 'Do you have a debt, or can you no longer pay your bills? You are not the only one. The sooner you act, the easier it gets.',
      body: `Many people in the Netherlands have a debt. You may feel ashamed. There is no need. But it is important to act quickly. A debt often grows while you wait, because of interest and extra costs.

## What can you do yourself?

- **Open your post.** Even if it scares you. Put all letters on one pile.
- **Make a list.** Write down who you owe money to, how much, and since when.
- **Call or e-mail the creditor.** Ask for a payment plan: a small amount every month. Many companies agree.
- **Pay your fixed costs first.** Rent, energy, water and your health insurance come first. That way you keep a home and care.
- **Do not borrow to pay off a debt.** You would end up with two debts.

## Where can you go?

- At [geldfit.nl](https://www.geldfit.nl) you take a short test. It shows where you can get help near you.
- Your municipality helps with debts for free. Ask for debt assistance (schuldhulpverlening).
- Did you get a letter from a bailiff (deurwaarder)? Do not wait. Call the bailiff and ask what it means.

## When should you ask us for help?

Is it too much to do alone, or does it make you very anxious? Send us a message. A social worker looks at your post and your money with you. We can come along to the debt service if you want.`,
    },
  },
  {
    slug: 'je-geldzaken-op-een-rij',
    theme: 'money',
    audiences: ['adults', 'young-people', 'parents'],
    nl: {
      title: 'Je geldzaken op een rij',
      summary: 'Weet je niet goed wat er binnenkomt en wat eruit gaat? Met een simpel overzicht houd je grip op je geld.',
      body: `Wie weet wat er elke maand binnenkomt en uitgaat, schrikt minder van rekeningen. Een overzicht maken kost een uur. Het scheelt je daarna veel zorgen.

## Zo maak je een overzicht

1. **Inkomsten.** Schrijf op wat er elke maand binnenkomt: loon, uitkering, toeslagen, kinderbijslag.
2. **Vaste lasten.** Schrijf op wat er elke maand vast af gaat: huur, energie, water, zorgverzekering, telefoon, abonnementen.
3. **Leefgeld.** Wat blijft er over? Dat is je geld voor boodschappen, kleding en vervoer. Deel het door het aantal weken.
4. **Sparen voor later.** Zet als het kan elke maand een klein bedrag apart voor onverwachte kosten, zoals een kapotte wasmachine.

## Handige tips

- Kijk welke abonnementen je niet gebruikt en zeg ze op.
- Zet vaste lasten in een automatische betaling op de dag na je loon of uitkering.
- Bewaar brieven over geld in één map, op datum.
- Het Nibud heeft gratis rekenhulpen en voorbeeldbudgetten op [nibud.nl](https://www.nibud.nl).

## Wanneer vraag je ons om hulp?

Blijft er elke maand te weinig over, ook als je alles op een rij hebt? Dan kan een maatschappelijk werker met je kijken naar toeslagen, regelingen en kosten die omlaag kunnen.`,
    },
    en: {
      title: 'Getting your finances in order',
      summary: 'Not sure what comes in and what goes out? A simple overview helps you stay in control of your money.',
      body: `If you know what comes in and goes out each month, bills are less of a shock. Making an overview takes an hour. It saves you a lot of worry afterwards.

## How to make an overview

1. **Income.** Write down what comes in each month: wages, benefits, allowances, child benefit.
2. **Fixed costs.** Write down what goes out every month: rent, energy, water, health insurance, phone, subscriptions.
3. **Living money.** What is left? That is your money for groceries, clothes and travel. Divide it by the number of weeks.
4. **Saving for later.** If you can, put a small amount aside each month for unexpected costs, such as a broken washing machine.

## Useful tips

- Check which subscriptions you do not use and cancel them.
- Set up automatic payments for fixed costs on the day after your wages or benefits arrive.
- Keep letters about money in one folder, by date.
- Nibud has free calculators and example budgets at [nibud.nl](https://www.nibud.nl).

## When should you ask us for help?

Is there too little left every month, even when everything is in order? A social worker can look with you at allowances, schemes and costs that can go down.`,
    },
  },
  {
    slug: 'toeslagen-en-regelingen',
    theme: 'money',
    audiences: ['adults', 'parents'],
    nl: {
      title: 'Toeslagen en regelingen: krijg je waar je recht op hebt?',
      summary:
        'Veel mensen met een laag inkomen missen geld waar ze recht op hebben. Check het, het kan honderden euro’s per jaar schelen.',
      body: `De overheid en je gemeente helpen mensen met een laag inkomen. Maar je moet het vaak zelf aanvragen. Veel mensen weten dat niet.

## Toeslagen van de Belastingdienst

- **Huurtoeslag:** hulp bij het betalen van je huur.
- **Zorgtoeslag:** hulp bij het betalen van je zorgverzekering.
- **Kindgebonden budget:** extra geld als je kinderen hebt.
- **Kinderopvangtoeslag:** als je kinderen naar de opvang gaan terwijl je werkt.

Op [toeslagen.nl](https://www.toeslagen.nl) kun je een proefberekening maken. Vragen? Bel gratis de BelastingTelefoon: 0800 0543.

Geef veranderingen op tijd door, zoals ander werk of iemand die bij je komt wonen. Anders moet je later geld terugbetalen.

## Regelingen van je gemeente

Veel gemeenten hebben een regeling voor mensen met weinig geld. Bijvoorbeeld korting op sport voor kinderen, een collectieve zorgverzekering of bijzondere bijstand voor onverwachte kosten. Kijk op de website van je gemeente of vraag het aan het sociaal team.

## Wanneer vraag je ons om hulp?

Vind je de formulieren lastig? Of kreeg je een brief dat je toeslag moet terugbetalen? Stuur ons een bericht. We helpen je met aanvragen en bezwaar maken.`,
    },
    en: {
      title: 'Allowances and schemes: do you get what you are entitled to?',
      summary: 'Many people on a low income miss money they are entitled to. Check it: it can make hundreds of euros a year of difference.',
      body: `The government and your municipality help people on a low income. But you often have to apply yourself. Many people do not know that.

## Allowances from the Tax Administration

- **Rent allowance (huurtoeslag):** help paying your rent.
- **Healthcare allowance (zorgtoeslag):** help paying your health insurance.
- **Child budget (kindgebonden budget):** extra money if you have children.
- **Childcare allowance (kinderopvangtoeslag):** if your children go to childcare while you work.

At [toeslagen.nl](https://www.toeslagen.nl) you can make a trial calculation. Questions? Call the free BelastingTelefoon: 0800 0543.

Report changes in time, such as a different job or someone moving in with you. Otherwise you may have to pay money back later.

## Schemes of your municipality

Many municipalities have a scheme for people with little money. For example a discount on sports for children, a group health insurance, or special assistance (bijzondere bijstand) for unexpected costs. Check your municipality's website or ask the social team.

## When should you ask us for help?

Are the forms hard? Or did you get a letter saying you must pay an allowance back? Send us a message. We help you apply and object.`,
    },
  },
];
