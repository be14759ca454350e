import type { ArticleDefinition } from '../library-content';

export const HOUSING_ARTICLES: ArticleDefinition[] = [
  {
    slug: 'huurachterstand-wat-nu',
    theme: 'housing',
    audiences: ['adults', 'parents'],
    nl: {
      title: 'Huurachterstand: wat nu?',
      summary: 'Kun je de huur niet betalen? Wacht niet. Een verhuurder mag je niet zomaar uit huis zetten, en er is hulp.',
      body: `Als je de huur een keer niet kunt betalen, heb je een huurachterstand. Dat is een schuld die snel groeit. Na een paar maanden kan de verhuurder naar de rechter gaan. Maar er is veel hulp, zeker als je er vroeg bij bent.

## Wat kun je zelf doen?

- **Neem meteen contact op met je verhuurder.** Leg uit wat er aan de hand is en vraag om een betalingsregeling.
- **Betaal de huur van deze maand als dat kan.** Zo wordt de achterstand niet groter.
- **Check je huurtoeslag.** Misschien krijg je te weinig of helemaal geen huurtoeslag. Kijk op [toeslagen.nl](https://www.toeslagen.nl).
- **Houd brieven bij.** Leg alles op een rij: brieven van de verhuurder, een deurwaarder of de rechter.

## Goed om te weten

Woningcorporaties geven een huurachterstand vaak door aan de gemeente. Dan neemt iemand van de gemeente contact met je op om te helpen. Zeg ja tegen die hulp.

Een ontruiming kan alleen als de rechter dat heeft beslist. Krijg je een brief van de rechter? Ga naar de zitting, ook als je bang bent. Het Juridisch Loket geeft gratis advies: 0900 8020.

## Wanneer vraag je ons om hulp?

Heb je ook andere schulden, of weet je niet hoe je het gesprek met je verhuurder moet voeren? Stuur ons een bericht. We helpen je snel, want bij huur telt elke week.`,
    },
    en: {
      title: 'Rent arrears: what now?',
      summary: 'Can you not pay the rent? Do not wait. A landlord cannot simply evict you, and there is help.',
      body: `If you cannot pay the rent once, you have rent arrears. That is a debt that grows fast. After a few months the landlord can go to court. But there is a lot of help, especially if you act early.

## What can you do yourself?

- **Contact your landlord straight away.** Explain what is going on and ask for a payment plan.
- **Pay this month's rent if you can.** That way the arrears do not grow.
- **Check your rent allowance.** Maybe you get too little or no rent allowance at all. Check [toeslagen.nl](https://www.toeslagen.nl).
- **Keep your letters.** Put everything in order: letters from the landlord, a bailiff or the court.

## Good to know

Housing associations often report rent arrears to the municipality. Then someone from the municipality contacts you to help. Say yes to that help.

An eviction is only possible when a judge has decided so. Did you get a letter from the court? Go to the hearing, even if you are afraid. Het Juridisch Loket gives free advice: 0900 8020.

## When should you ask us for help?

Do you also have other debts, or do you not know how to talk to your landlord? Send us a message. We help quickly, because with rent every week counts.`,
    },
  },
  {
    slug: 'problemen-met-je-huisbaas-of-woning',
    theme: 'housing',
    audiences: ['adults'],
    nl: {
      title: 'Problemen met je huisbaas of je woning',
      summary: 'Schimmel, een kapotte verwarming of een huisbaas die zomaar binnenkomt? Als huurder heb je rechten.',
      body: `Als huurder heb je recht op een goed en veilig huis. De verhuurder moet grote gebreken repareren. En je huis is van jou zolang je het huurt: de verhuurder mag niet zonder toestemming binnenkomen.

## Een gebrek in je huis

- **Meld het schriftelijk.** Stuur een mail of brief aan je verhuurder. Schrijf op wat er mis is, sinds wanneer, en maak foto's.
- **Geef een redelijke termijn.** Bijvoorbeeld twee weken.
- **Gebeurt er niets?** Dan kun je naar de Huurcommissie. Die kan bepalen dat je minder huur betaalt tot het gerepareerd is. Zie [huurcommissie.nl](https://www.huurcommissie.nl).

## Te hoge huur of servicekosten

Twijfel je of je huur te hoog is? Op de website van de Huurcommissie staat een huurprijscheck. In veel steden is ook een huurteam of huurdersvereniging die gratis helpt.

## Een huisbaas die intimideert

Komt je huisbaas zonder afspraak binnen, dreigt hij, of zet hij water of stroom af? Dat mag niet. Schrijf op wat er gebeurt, met datum. Vraag gratis advies bij het Juridisch Loket: 0900 8020. Bij direct gevaar: bel 112.

## Wanneer vraag je ons om hulp?

Vind je het lastig om voor jezelf op te komen bij je huisbaas? We helpen je met de brief en gaan mee als dat nodig is.`,
    },
    en: {
      title: 'Problems with your landlord or your home',
      summary: 'Mould, broken heating, or a landlord who just walks in? As a tenant you have rights.',
      body: `As a tenant you have a right to a good and safe home. The landlord must repair major defects. And your home is yours while you rent it: the landlord may not enter without your permission.

## A defect in your home

- **Report it in writing.** Send an e-mail or letter to your landlord. Write what is wrong, since when, and take photos.
- **Give a reasonable deadline.** For example two weeks.
- **Nothing happens?** Then you can go to the Rent Tribunal (Huurcommissie). It can decide that you pay less rent until it is repaired. See [huurcommissie.nl](https://www.huurcommissie.nl).

## Rent or service costs too high

Not sure if your rent is too high? The Rent Tribunal's website has a rent check. Many cities also have a tenants' team or tenants' association that helps for free.

## A landlord who intimidates

Does your landlord enter without an appointment, make threats, or cut off water or power? That is not allowed. Write down what happens, with dates. Get free advice from Het Juridisch Loket: 0900 8020. In immediate danger: call 112.

## When should you ask us for help?

Do you find it hard to stand up for yourself with your landlord? We help you with the letter and come along if needed.`,
    },
  },
  {
    slug: 'geen-vaste-woonplek',
    theme: 'housing',
    audiences: ['adults', 'young-people'],
    nl: {
      title: 'Geen vaste woonplek',
      summary: 'Slaap je bij vrienden, in de auto of op straat? Je hebt nog steeds recht op hulp, ook zonder vast adres.',
      body: `Veel mensen hebben geen vaste woonplek. Ze slapen bij familie of vrienden, steeds ergens anders. Dat heet ook dakloosheid, ook als je niet op straat slaapt. Het is zwaar en onzeker. Maar er is hulp, en je hebt er recht op.

## Een briefadres

Zonder adres in de gemeente krijg je geen uitkering, toeslag of zorgverzekering. Daarom kun je bij de gemeente een briefadres aanvragen. Je post komt dan op een adres van iemand die je vertrouwt, of van een hulporganisatie.

## Waar kun je terecht?

- **Centrale toegang of daklozenloket van je gemeente.** Zij helpen met een slaapplek, een briefadres en een plan.
- **Nachtopvang.** Voor als je vannacht geen plek hebt. Vraag de gemeente waar de nachtopvang is en hoe laat je er terecht kunt.
- **Jongeren tot 27 jaar** kunnen vaak terecht bij een jongerenloket of jongerenopvang in de regio.

## Wat kun je zelf doen?

Bewaar je identiteitsbewijs en belangrijke papieren op een veilige plek, of maak er foto's van. Houd je telefoon opgeladen, bijvoorbeeld in de bibliotheek.

## Wanneer vraag je ons om hulp?

Ook zonder vast adres kun je bij ons terecht. Een maatschappelijk werker kan je zonder e-mailadres inschrijven en helpt je met een briefadres, geld en een plek om te wonen.`,
    },
    en: {
      title: 'No fixed place to live',
      summary:
        'Do you sleep at friends’ places, in the car or on the street? You still have a right to help, even without a fixed address.',
      body: `Many people have no fixed place to live. They sleep at family or friends, somewhere else each time. That is also homelessness, even if you do not sleep on the street. It is hard and uncertain. But there is help, and you are entitled to it.

## A postal address

Without an address in the municipality you get no benefits, allowance or health insurance. That is why you can apply for a postal address (briefadres) at the municipality. Your post then goes to the address of someone you trust, or of an aid organisation.

## Where can you go?

- **Your municipality's central access point for homeless people.** They help with a place to sleep, a postal address and a plan.
- **Night shelter.** For when you have no place tonight. Ask the municipality where the night shelter is and what time you can go there.
- **Young people up to 27** can often go to a youth desk or youth shelter in the region.

## What can you do yourself?

Keep your ID and important papers in a safe place, or take photos of them. Keep your phone charged, for example at the library.

## When should you ask us for help?

You can come to us even without a fixed address. A social worker can register you without an e-mail address and helps you with a postal address, money and a place to live.`,
    },
  },
];
