import type { ArticleDefinition } from '../library-content';

export const VIOLENCE_ARTICLES: ArticleDefinition[] = [
  {
    slug: 'geweld-in-huis',
    theme: 'violence',
    audiences: ['adults', 'parents'],
    nl: {
      title: 'Geweld in huis: je staat er niet alleen voor',
      summary:
        'Word je thuis geslagen, bedreigd, vernederd of gecontroleerd? Dat is huiselijk geweld. Het is nooit jouw schuld, en er is hulp.',
      body: `Huiselijk geweld is geweld door iemand uit je eigen omgeving: je partner, ex, ouder, kind of ander familielid. Het is meer dan slaan. Ook schreeuwen en dreigen, je geld afpakken, je telefoon controleren, je opsluiten of seks afdwingen is geweld.

## Is er direct gevaar?

**Bel 112.** Ook als je niet hardop kunt praten: de meldkamer luistert mee.

## Veilig Thuis

Bel gratis **Veilig Thuis: 0800 2000**, dag en nacht. Je kunt anoniem bellen. Zij luisteren, geven advies en kunnen hulp inschakelen. Ook als je twijfelt of het "erg genoeg" is. Chatten kan via [veiligthuis.nl](https://www.veiligthuis.nl).

## Wat kun je zelf doen?

- **Praat met iemand die je vertrouwt.** Geheimhouden maakt het zwaarder.
- **Maak een veiligheidsplan.** Waar kun je heen als het misgaat? Leg een tas klaar met je identiteitsbewijs, medicijnen, geld, oplader en reservesleutels, bijvoorbeeld bij een buur.
- **Bewaar bewijs.** Foto's van letsel, berichten, een lijstje met data. Bewaar het op een plek die de ander niet kan zien.
- **Denk aan je kinderen.** Ook als ze het geweld alleen horen of zien, raakt het hen.

Na seksueel geweld kun je bellen met het Centrum Seksueel Geweld: 0800 0188.

## Wanneer vraag je ons om hulp?

Een maatschappelijk werker helpt je veilig te worden en te blijven, en werkt samen met Veilig Thuis. Stuur ons een bericht als dat veilig kan. Gebruik je een gedeelde telefoon of computer? Log na afloop uit.`,
    },
    en: {
      title: 'Violence at home: you are not alone',
      summary:
        'Are you hit, threatened, humiliated or controlled at home? That is domestic violence. It is never your fault, and there is help.',
      body: `Domestic violence is violence by someone close to you: your partner, ex, parent, child or another family member. It is more than hitting. Shouting and threatening, taking your money, checking your phone, locking you up or forcing sex are violence too.

## Is there immediate danger?

**Call 112.** Even if you cannot speak out loud: the emergency room listens.

## Veilig Thuis

Call **Veilig Thuis for free: 0800 2000**, day and night. You can call anonymously. They listen, give advice and can arrange help. Also if you doubt whether it is "bad enough". You can chat via [veiligthuis.nl](https://www.veiligthuis.nl).

## What can you do yourself?

- **Talk to someone you trust.** Keeping it secret makes it heavier.
- **Make a safety plan.** Where can you go if things go wrong? Prepare a bag with your ID, medicines, money, charger and spare keys, for example at a neighbour's.
- **Keep evidence.** Photos of injuries, messages, a list with dates. Keep it where the other person cannot see it.
- **Think of your children.** Even if they only hear or see the violence, it affects them.

After sexual violence you can call the Centre for Sexual Violence (Centrum Seksueel Geweld): 0800 0188.

## When should you ask us for help?

A social worker helps you become and stay safe, and works together with Veilig Thuis. Send us a message if it is safe to do so. Using a shared phone or computer? Log out afterwards.`,
    },
  },
  {
    slug: 'is-het-thuis-niet-veilig',
    theme: 'violence',
    audiences: ['young-people', 'pupils'],
    nl: {
      title: 'Is het thuis niet veilig?',
      summary: 'Wordt er thuis geslagen, veel geschreeuwd of word jij bang gemaakt? Het is niet jouw schuld. Praat erover, er is hulp.',
      body: `Thuis moet je je veilig voelen. Maar bij sommige kinderen en jongeren is dat niet zo. Misschien word je geslagen of uitgescholden. Misschien zie je dat je ouders elkaar pijn doen. Of krijg je niet genoeg eten of zorg. Dat is niet goed, en het is nooit jouw schuld.

## In direct gevaar?

**Bel 112.**

## Met wie kun je praten?

- **De Kindertelefoon:** gratis en anoniem, bellen of chatten. 0800 0432 of [kindertelefoon.nl](https://www.kindertelefoon.nl).
- **Veilig Thuis:** gratis, dag en nacht. 0800 2000. Ook voor kinderen en jongeren. Zij kunnen zorgen dat er hulp komt.
- **Iemand op school:** je mentor, de vertrouwenspersoon of de schoolmaatschappelijk werker.
- **Een volwassene die je vertrouwt:** een oom, tante, oma, de ouder van een vriend.

## Goed om te weten

- Je verraadt niemand als je erover praat. Je zorgt voor jezelf.
- Je mag het ook stap voor stap vertellen. Begin met een klein stukje.
- Wil je er niet meer zijn? Bel of chat dan met 113: 0800 0113 of [113.nl](https://www.113.nl).

## Wanneer vraag je ons om hulp?

Je kunt ons een bericht sturen of met ons chatten. We luisteren en zoeken samen met jou wat er nodig is om veilig te zijn.`,
    },
    en: {
      title: 'Is it not safe at home?',
      summary:
        'Is there hitting or a lot of shouting at home, or are you being scared? It is not your fault. Talk about it, there is help.',
      body: `You should feel safe at home. But for some children and young people that is not the case. Maybe you are hit or called names. Maybe you see your parents hurting each other. Or you do not get enough food or care. That is not okay, and it is never your fault.

## In immediate danger?

**Call 112.**

## Who can you talk to?

- **De Kindertelefoon:** free and anonymous, call or chat. 0800 0432 or [kindertelefoon.nl](https://www.kindertelefoon.nl).
- **Veilig Thuis:** free, day and night. 0800 2000. Also for children and young people. They can make sure help comes.
- **Someone at school:** your mentor, the confidential adviser or the school social worker.
- **An adult you trust:** an uncle, aunt, grandparent, a friend's parent.

## Good to know

- You are not betraying anyone by talking about it. You are taking care of yourself.
- You may tell it step by step. Start with a small part.
- Do you not want to live anymore? Call or chat with 113: 0800 0113 or [113.nl](https://www.113.nl).

## When should you ask us for help?

You can send us a message or chat with us. We listen and look together with you at what is needed to be safe.`,
    },
  },
  {
    slug: 'zorgen-om-iemand-anders',
    theme: 'violence',
    audiences: ['adults', 'parents'],
    nl: {
      title: 'Maak je je zorgen om iemand anders?',
      summary:
        'Hoor je geschreeuw bij de buren, of vertelt een vriendin iets wat je niet lekker zit? Zo kun je helpen, zonder het alleen te hoeven doen.',
      body: `Misschien hoor je vaak harde ruzie bij de buren. Of zie je blauwe plekken bij een collega. Of vertelt een kind iets waar je van schrikt. Het is lastig om te weten wat je moet doen. Je wilt helpen, maar niet te snel oordelen.

## Bij direct gevaar

**Bel 112.** Bijvoorbeeld als je hoort dat iemand nu geslagen wordt.

## Advies vragen

Bel **Veilig Thuis: 0800 2000**, gratis en dag en nacht. Je kunt eerst alleen advies vragen, zonder namen te noemen. Samen bepaal je of een melding nodig is. Een melding kan ook anoniem voor de betrokkenen.

## Zo kun je helpen

- **Zeg wat je ziet.** "Ik zag dat je geschrokken was. Gaat het goed met je?"
- **Luister en geloof de ander.** Geef geen oordeel of snelle oplossing.
- **Dring niet aan.** Iemand die geweld meemaakt, heeft vaak tijd nodig. Blijf in de buurt.
- **Vertel waar hulp is.** Noem Veilig Thuis, of bied aan om samen te bellen.
- **Beloof geen geheimhouding** als een kind in gevaar is. Zeg eerlijk dat je hulp gaat vragen.

## Wanneer vraag je ons om hulp?

Zit de situatie je dwars, of weet je niet hoe je het gesprek moet beginnen? Een maatschappelijk werker denkt met je mee.`,
    },
    en: {
      title: 'Worried about someone else?',
      summary:
        'Do you hear shouting at the neighbours, or does a friend tell you something that worries you? This is how you can help, without doing it alone.',
      body: `Maybe you often hear loud fights at your neighbours. Or you see bruises on a colleague. Or a child tells you something that shocks you. It is hard to know what to do. You want to help, but not judge too fast.

## In immediate danger

**Call 112.** For example if you hear someone being hit right now.

## Asking for advice

Call **Veilig Thuis: 0800 2000**, free and day and night. You can ask for advice first, without giving names. Together you decide whether a report is needed. A report can also be anonymous towards the people involved.

## How you can help

- **Say what you see.** "I saw you were upset. Are you all right?"
- **Listen and believe the other person.** Do not judge or offer quick solutions.
- **Do not push.** Someone who experiences violence often needs time. Stay close.
- **Say where help is.** Mention Veilig Thuis, or offer to call together.
- **Do not promise secrecy** if a child is in danger. Say honestly that you will ask for help.

## When should you ask us for help?

Is the situation bothering you, or do you not know how to start the conversation? A social worker thinks along with you.`,
    },
  },
];
