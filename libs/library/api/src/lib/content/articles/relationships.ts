import type { ArticleDefinition } from '../library-content';

export const RELATIONSHIP_ARTICLES: ArticleDefinition[] = [
  {
    slug: 'veel-ruzie-in-je-relatie',
    theme: 'relationships',
    audiences: ['adults'],
    nl: {
      title: 'Veel ruzie in je relatie',
      summary: 'Iedereen heeft weleens ruzie. Maar gaat het steeds over hetzelfde, of wordt het heftig? Dan kun je iets doen.',
      body: `Ruzie hoort bij een relatie. Het wordt een probleem als jullie steeds dezelfde ruzie hebben, als je bang bent voor de ander, of als de kinderen er last van hebben.

## Wat kun je zelf doen?

- **Kies een rustig moment.** Praat niet als jullie boos of moe zijn. Spreek een tijd af.
- **Praat over jezelf.** Zeg "ik voel me alleen als jij..." in plaats van "jij doet altijd...".
- **Luister eerst.** Vat samen wat de ander zegt, voordat je antwoord geeft.
- **Neem een pauze.** Loopt het op? Zeg dat je even weggaat en later terugkomt. En kom ook echt terug.
- **Eén onderwerp tegelijk.** Oude ruzies erbij halen maakt het groter.

## Let op

Duwt, slaat of bedreigt je partner je? Of jij je partner? Dat is geen ruzie meer, dat is geweld. Bel Veilig Thuis: 0800 2000 (gratis, dag en nacht). Bij direct gevaar: bel 112.

## Wanneer vraag je ons om hulp?

Komen jullie er samen niet uit? Een maatschappelijk werker kan met jullie allebei praten, of eerst met jou alleen. We helpen je ook als je twijfelt of je samen wilt blijven.`,
    },
    en: {
      title: 'A lot of arguing in your relationship',
      summary: 'Everyone argues sometimes. But if it is always about the same thing, or it gets heated, you can do something about it.',
      body: `Arguments are part of a relationship. It becomes a problem when you keep having the same argument, when you are afraid of the other person, or when the children suffer from it.

## What can you do yourself?

- **Pick a calm moment.** Do not talk when you are both angry or tired. Agree on a time.
- **Talk about yourself.** Say "I feel alone when you..." instead of "you always...".
- **Listen first.** Sum up what the other person says before you answer.
- **Take a break.** Is it escalating? Say you are leaving for a moment and will come back. And really do come back.
- **One subject at a time.** Bringing up old fights makes it bigger.

## Watch out

Does your partner push, hit or threaten you? Or do you do this to your partner? That is no longer arguing, that is violence. Call Veilig Thuis: 0800 2000 (free, day and night). In immediate danger: call 112.

## When should you ask us for help?

Can you not work it out together? A social worker can talk with both of you, or first with you alone. We also help if you are unsure whether you want to stay together.`,
    },
  },
  {
    slug: 'uit-elkaar-gaan-wat-moet-je-regelen',
    theme: 'relationships',
    audiences: ['adults', 'parents'],
    nl: {
      title: 'Uit elkaar gaan: wat moet je regelen?',
      summary: 'Een scheiding is zwaar en er komt veel op je af. Dit zijn de belangrijkste dingen om te regelen, stap voor stap.',
      body: `Uit elkaar gaan doet pijn, ook als je het zelf wilt. Er moet ook veel geregeld worden. Neem het stap voor stap.

## Dit moet je regelen

- **Wonen.** Wie blijft in het huis? Staat het huurcontract op jullie allebei? Vraag het de verhuurder.
- **Geld.** Maak een lijst van jullie bezit en schulden. Zet je inkomen op je eigen rekening.
- **Toeslagen.** Geef de verandering door op [toeslagen.nl](https://www.toeslagen.nl). Misschien krijg je nu meer toeslag.
- **Kinderen.** Getrouwd of geregistreerd partner met kinderen? Dan maken jullie een ouderschapsplan: wie zorgt wanneer, en wie betaalt wat.
- **Juridisch.** Bij getrouwd of geregistreerd partnerschap heb je een advocaat nodig. Met weinig geld betaalt de overheid een deel. Het Juridisch Loket geeft gratis advies: 0900 8020 of [juridischloket.nl](https://www.juridischloket.nl).

## Goed voor jezelf zorgen

Praat met mensen die je vertrouwt. Slaap, eet en beweeg, ook als je er geen zin in hebt. Verdriet en boosheid horen erbij.

## Wanneer vraag je ons om hulp?

Lukt het praten met je ex niet? Of maak je je zorgen over de kinderen? Een maatschappelijk werker helpt je met de afspraken en met je eigen verdriet.`,
    },
    en: {
      title: 'Separating: what do you need to arrange?',
      summary: 'A separation is hard and a lot comes at you. These are the most important things to arrange, step by step.',
      body: `Separating hurts, even when you want it yourself. There is also a lot to arrange. Take it step by step.

## What you need to arrange

- **Housing.** Who stays in the home? Is the rental contract in both your names? Ask the landlord.
- **Money.** Make a list of what you own and owe together. Have your income paid into your own account.
- **Allowances.** Report the change at [toeslagen.nl](https://www.toeslagen.nl). You may now get a higher allowance.
- **Children.** Married or in a registered partnership with children? Then you make a parenting plan (ouderschapsplan): who cares when, and who pays what.
- **Legal.** For a marriage or registered partnership you need a lawyer. On a low income the government pays part of it. Het Juridisch Loket gives free advice: 0900 8020 or [juridischloket.nl](https://www.juridischloket.nl).

## Taking care of yourself

Talk to people you trust. Sleep, eat and move, even when you do not feel like it. Sadness and anger are part of it.

## When should you ask us for help?

Is talking with your ex not working? Or are you worried about the children? A social worker helps you with the agreements and with your own grief.`,
    },
  },
  {
    slug: 'je-ouders-gaan-scheiden',
    theme: 'relationships',
    audiences: ['young-people', 'pupils'],
    nl: {
      title: 'Je ouders gaan scheiden',
      summary: 'Gaan je ouders uit elkaar? Dat is niet jouw schuld. Hier lees je wat je kunt doen als je het moeilijk vindt.',
      body: `Als je ouders gaan scheiden, verandert er veel. Misschien ga je verhuizen of woon je voortaan in twee huizen. Je kunt je verdrietig, boos of opgelucht voelen. Alles mag.

## Goed om te weten

- **Het is niet jouw schuld.** Ouders scheiden om dingen tussen hen, nooit om een kind.
- **Je hoeft niet te kiezen.** Je mag van allebei je ouders houden.
- **Je mag je mening geven.** Vanaf 12 jaar vraagt de rechter vaak wat jij wilt. Je mag ook zeggen dat je niet wilt kiezen.

## Wat kun je doen?

- Praat met iemand die je vertrouwt: een vriend, opa of oma, je mentor.
- Schrijf op wat je voelt, of wat je tegen je ouders wilt zeggen.
- Bel of chat gratis en anoniem met De Kindertelefoon: 0800 0432 of [kindertelefoon.nl](https://www.kindertelefoon.nl).

## Wanneer vraag je ons om hulp?

Maken je ouders veel ruzie waar jij bij bent? Of gaat het op school niet meer? Praat dan met de schoolmaatschappelijk werker, of stuur ons een bericht.`,
    },
    en: {
      title: 'Your parents are getting divorced',
      summary: 'Are your parents splitting up? It is not your fault. Read here what you can do if it is hard for you.',
      body: `When your parents divorce, a lot changes. Maybe you will move, or live in two homes from now on. You may feel sad, angry or relieved. All of that is okay.

## Good to know

- **It is not your fault.** Parents divorce because of things between them, never because of a child.
- **You do not have to choose.** You may love both your parents.
- **You may give your opinion.** From age 12 a judge often asks what you want. You may also say that you do not want to choose.

## What can you do?

- Talk to someone you trust: a friend, a grandparent, your mentor at school.
- Write down what you feel, or what you want to say to your parents.
- Call or chat for free and anonymously with De Kindertelefoon: 0800 0432 or [kindertelefoon.nl](https://www.kindertelefoon.nl).

## When should you ask us for help?

Do your parents fight a lot while you are there? Or is school not going well anymore? Talk to the school social worker, or send us a message.`,
    },
  },
];
