import type { FaqDefinition } from './library-content';

/** Short answers to what people ask most; plain text, no Markdown. */
export const FAQ: FaqDefinition[] = [
  {
    theme: 'money',
    nl: {
      question: 'Kost de hulp van Nabij geld?',
      answer: 'Nee. De hulp is gratis. Je gemeente betaalt ervoor. Je hebt ook geen verwijzing van de huisarts nodig.',
    },
    en: {
      question: 'Does help from Nabij cost money?',
      answer: 'No. The help is free. Your municipality pays for it. You do not need a referral from your GP either.',
    },
  },
  {
    theme: 'money',
    nl: {
      question: 'Ik durf mijn post niet meer open te maken. Wat nu?',
      answer:
        'Dat overkomt veel mensen met schulden. Leg alle brieven ongeopend in een doos of tas. Neem die mee naar een gesprek met ons. We openen ze samen en maken een lijst van wat er moet gebeuren.',
    },
    en: {
      question: 'I no longer dare to open my post. What now?',
      answer:
        'That happens to many people with debts. Put all letters unopened in a box or bag. Bring it to a meeting with us. We open them together and make a list of what needs to happen.',
    },
  },
  {
    theme: 'money',
    nl: {
      question: 'Wat is een betalingsregeling?',
      answer:
        'Een afspraak met een bedrijf of instantie dat je een schuld in kleine delen terugbetaalt, bijvoorbeeld elke maand een vast bedrag. Vraag erom zodra je merkt dat je niet in één keer kunt betalen.',
    },
    en: {
      question: 'What is a payment plan?',
      answer:
        'An agreement with a company or agency that you pay back a debt in small parts, for example a fixed amount every month. Ask for one as soon as you notice you cannot pay all at once.',
    },
  },
  {
    theme: 'money',
    nl: {
      question: 'Wat doet een deurwaarder?',
      answer:
        'Een deurwaarder int geld voor een schuldeiser. Hij mag soms beslag leggen op je loon, uitkering of spullen. Er blijft altijd een deel van je inkomen over om van te leven: de beslagvrije voet. Bel de deurwaarder en vraag om uitleg en een regeling.',
    },
    en: {
      question: 'What does a bailiff do?',
      answer:
        'A bailiff (deurwaarder) collects money for a creditor. Sometimes they may seize part of your wages, benefits or belongings. Part of your income always remains for you to live on: the protected amount (beslagvrije voet). Call the bailiff and ask for an explanation and a plan.',
    },
  },
  {
    theme: 'money',
    nl: {
      question: 'Waar vind ik gratis hulp bij schulden?',
      answer:
        'Bij je gemeente: vraag naar schuldhulpverlening. Op geldfit.nl vind je hulp bij jou in de buurt. En je kunt bij ons terecht; wij gaan mee naar de schuldhulp als je dat wilt.',
    },
    en: {
      question: 'Where can I find free help with debts?',
      answer:
        'At your municipality: ask for debt assistance (schuldhulpverlening). At geldfit.nl you find help near you. And you can come to us; we will come along to the debt service if you want.',
    },
  },
  {
    theme: 'money',
    nl: {
      question: 'Heb ik recht op toeslagen?',
      answer:
        'Dat hangt af van je inkomen, je huur en je gezin. Maak een proefberekening op toeslagen.nl of bel gratis de BelastingTelefoon: 0800 0543. Wij helpen je ook met de aanvraag.',
    },
    en: {
      question: 'Am I entitled to allowances?',
      answer:
        'That depends on your income, your rent and your family. Make a trial calculation at toeslagen.nl or call the free BelastingTelefoon: 0800 0543. We can also help you apply.',
    },
  },
  {
    theme: 'relationships',
    nl: {
      question: 'Kunnen mijn partner en ik samen bij jullie komen?',
      answer:
        'Ja. Een maatschappelijk werker kan met jullie allebei praten. Soms is het beter om eerst apart te praten. Dat bespreken we samen.',
    },
    en: {
      question: 'Can my partner and I come to you together?',
      answer: 'Yes. A social worker can talk with both of you. Sometimes it is better to talk separately first. We decide that together.',
    },
  },
  {
    theme: 'relationships',
    nl: {
      question: 'Wat is een ouderschapsplan?',
      answer:
        'Een plan met afspraken over de kinderen na een scheiding: waar ze wonen, wie wanneer zorgt, hoe je informatie deelt en wie wat betaalt. Getrouwde en geregistreerde ouders moeten het maken. Voor andere ouders is het ook verstandig.',
    },
    en: {
      question: 'What is a parenting plan?',
      answer:
        'A plan with agreements about the children after a separation: where they live, who cares when, how you share information and who pays what. Married and registered parents must make one. For other parents it is wise too.',
    },
  },
  {
    theme: 'relationships',
    nl: {
      question: 'Waar krijg ik juridisch advies bij een scheiding?',
      answer:
        'Het Juridisch Loket geeft gratis advies: bel 0900 8020 of kijk op juridischloket.nl. Heb je een laag inkomen, dan betaalt de overheid een deel van de kosten van een advocaat of mediator.',
    },
    en: {
      question: 'Where do I get legal advice about a divorce?',
      answer:
        'Het Juridisch Loket gives free advice: call 0900 8020 or see juridischloket.nl. If you have a low income, the government pays part of the costs of a lawyer or mediator.',
    },
  },
  {
    theme: 'parenting',
    nl: {
      question: 'Ik ben een ouder en loop vast. Mag ik dan ook bij jullie komen?',
      answer:
        'Ja. Veel ouders vragen ons om hulp, bijvoorbeeld bij ruzie thuis, een kind dat niet luistert of zorgen over school. We kijken ook naar wat jij als ouder nodig hebt.',
    },
    en: {
      question: 'I am a parent and I am stuck. Can I come to you too?',
      answer:
        'Yes. Many parents ask us for help, for example with arguments at home, a child who does not listen, or worries about school. We also look at what you need as a parent.',
    },
  },
  {
    theme: 'parenting',
    nl: {
      question: 'Wat doet een schoolmaatschappelijk werker?',
      answer:
        'Een schoolmaatschappelijk werker helpt leerlingen en ouders als het thuis of op school niet lekker gaat. Je kunt praten over pesten, stress, thuissituatie of iets anders. Vraag je mentor hoe je een afspraak maakt.',
    },
    en: {
      question: 'What does a school social worker do?',
      answer:
        'A school social worker helps pupils and parents when things are not going well at home or at school. You can talk about bullying, stress, your home situation or anything else. Ask your mentor how to make an appointment.',
    },
  },
  {
    theme: 'parenting',
    nl: {
      question: 'Hoeveel schermtijd is normaal voor een kind?',
      answer:
        'Daar is geen vast getal voor. Let vooral op of je kind genoeg slaapt, beweegt, vrienden ziet en naar school gaat. Maak samen afspraken en houd telefoons ’s nachts buiten de slaapkamer.',
    },
    en: {
      question: 'How much screen time is normal for a child?',
      answer:
        'There is no fixed number. Mainly check whether your child sleeps enough, moves, sees friends and goes to school. Make agreements together and keep phones out of the bedroom at night.',
    },
  },
  {
    theme: 'stress',
    nl: {
      question: 'Hoe weet ik of ik te veel stress heb?',
      answer:
        'Signalen zijn slecht slapen, hoofdpijn of buikpijn, snel boos of verdrietig zijn, vergeetachtig zijn en nergens zin in hebben. Heb je dit al weken? Neem het serieus en praat erover.',
    },
    en: {
      question: 'How do I know if I have too much stress?',
      answer:
        'Signs are sleeping badly, headaches or stomach aches, getting angry or sad quickly, being forgetful and not feeling like doing anything. Have you had this for weeks? Take it seriously and talk about it.',
    },
  },
  {
    theme: 'stress',
    nl: {
      question: 'Is een burn-out hetzelfde als overspannen zijn?',
      answer:
        'Ze lijken op elkaar. Overspannen ben je vaak na een korte, heftige periode; je herstelt meestal binnen een paar maanden. Bij een burn-out is je energie langer en dieper op en duurt herstel vaak langer. Je huisarts kan je helpen het verschil te zien.',
    },
    en: {
      question: 'Is a burn-out the same as being overstrained?',
      answer:
        'They are alike. Being overstrained often follows a short, intense period; you usually recover within a few months. With a burn-out your energy is gone longer and deeper, and recovery often takes longer. Your GP can help you tell the difference.',
    },
  },
  {
    theme: 'stress',
    nl: {
      question: 'Ik denk aan zelfdoding. Met wie kan ik praten?',
      answer:
        'Bel gratis 113 Zelfmoordpreventie: 0800 0113, dag en nacht, of chat op 113.nl. Is er direct gevaar? Bel 112. Je hoeft dit niet alleen te dragen.',
    },
    en: {
      question: 'I am thinking about suicide. Who can I talk to?',
      answer:
        'Call 113 Suicide Prevention for free: 0800 0113, day and night, or chat at 113.nl. In immediate danger? Call 112. You do not have to carry this alone.',
    },
  },
  {
    theme: 'loneliness',
    nl: {
      question: 'Ik voel me eenzaam. Is dat een reden om hulp te vragen?',
      answer:
        'Ja. Eenzaamheid is een echte zorg en kan je somber en moe maken. We kijken samen wat er in je buurt is, en gaan als je wilt de eerste keer mee.',
    },
    en: {
      question: 'I feel lonely. Is that a reason to ask for help?',
      answer:
        'Yes. Loneliness is a real worry and can make you low and tired. We look together at what is available in your neighbourhood, and can come along the first time if you want.',
    },
  },
  {
    theme: 'loneliness',
    nl: {
      question: 'Waar kan ik ’s nachts met iemand praten?',
      answer:
        'Bij De Luisterlijn luistert iemand naar je, dag en nacht en anoniem: 088 0767 000 of chat via deluisterlijn.nl. Ben je jonger dan 18? Bel De Kindertelefoon: 0800 0432.',
    },
    en: {
      question: 'Where can I talk to someone at night?',
      answer:
        'At De Luisterlijn someone listens to you, day and night and anonymously: 088 0767 000 or chat via deluisterlijn.nl. Younger than 18? Call De Kindertelefoon: 0800 0432.',
    },
  },
  {
    theme: 'housing',
    nl: {
      question: 'Mijn verhuurder dreigt mij uit huis te zetten. Mag dat?',
      answer:
        'Een verhuurder mag je alleen uit huis laten zetten als de rechter dat heeft beslist. Krijg je een brief van de rechter, ga dan naar de zitting. Vraag gratis advies bij het Juridisch Loket: 0900 8020, en neem contact met ons op.',
    },
    en: {
      question: 'My landlord threatens to evict me. Is that allowed?',
      answer:
        'A landlord may only have you evicted when a judge has decided so. If you get a letter from the court, go to the hearing. Get free advice from Het Juridisch Loket: 0900 8020, and contact us.',
    },
  },
  {
    theme: 'housing',
    nl: {
      question: 'Er zit schimmel in mijn huis. Wat kan ik doen?',
      answer:
        'Meld het schriftelijk bij je verhuurder, met foto’s, en geef een termijn om het te maken. Gebeurt er niets, dan kun je naar de Huurcommissie. Lucht ondertussen elke dag en zet de verwarming niet helemaal uit.',
    },
    en: {
      question: 'There is mould in my home. What can I do?',
      answer:
        'Report it to your landlord in writing, with photos, and give a deadline for repair. If nothing happens, you can go to the Rent Tribunal (Huurcommissie). Meanwhile, air your home every day and do not turn the heating off completely.',
    },
  },
  {
    theme: 'housing',
    nl: {
      question: 'Ik heb geen vast adres. Kan ik toch hulp krijgen?',
      answer:
        'Ja. Een maatschappelijk werker kan je ook zonder vast adres of e-mailadres inschrijven. Je krijgt dan een brief met een code om in te loggen. We helpen je ook met een briefadres bij de gemeente.',
    },
    en: {
      question: 'I have no fixed address. Can I still get help?',
      answer:
        'Yes. A social worker can register you without a fixed address or e-mail address. You then get a letter with a code to log in. We also help you get a postal address at the municipality.',
    },
  },
  {
    theme: 'work',
    nl: {
      question: 'Wanneer moet ik een WW-uitkering aanvragen?',
      answer:
        'Binnen een week na je laatste werkdag, bij het UWV via uwv.nl. Te laat aanvragen kan betekenen dat je minder krijgt. Twijfel je of je recht hebt? Vraag het toch aan.',
    },
    en: {
      question: 'When should I apply for unemployment benefit?',
      answer:
        'Within a week after your last working day, at UWV via uwv.nl. Applying late can mean you get less. Not sure if you are entitled? Apply anyway.',
    },
  },
  {
    theme: 'work',
    nl: {
      question: 'Moet ik een vaststellingsovereenkomst meteen tekenen?',
      answer:
        'Nee. Neem er de tijd voor en laat hem eerst checken, bijvoorbeeld door het Juridisch Loket (0900 8020) of je vakbond. Na tekenen heb je wel twee weken om van gedachten te veranderen.',
    },
    en: {
      question: 'Must I sign a settlement agreement right away?',
      answer:
        'No. Take your time and have it checked first, for example by Het Juridisch Loket (0900 8020) or your union. After signing you do have two weeks to change your mind.',
    },
  },
  {
    theme: 'work',
    nl: {
      question: 'Wat is bijzondere bijstand?',
      answer:
        'Geld van de gemeente voor noodzakelijke kosten die je zelf niet kunt betalen, zoals een kapotte koelkast of kosten van een bewind. Ook met werk of een andere uitkering kun je het soms krijgen. Vraag het aan bij je gemeente.',
    },
    en: {
      question: 'What is special assistance (bijzondere bijstand)?',
      answer:
        'Money from the municipality for necessary costs you cannot pay yourself, such as a broken fridge or the costs of financial guardianship. You can sometimes get it even with a job or another benefit. Apply at your municipality.',
    },
  },
  {
    theme: 'violence',
    nl: {
      question: 'Wat is Veilig Thuis?',
      answer:
        'Veilig Thuis is het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Bel gratis 0800 2000, dag en nacht. Je kunt anoniem advies vragen, voor jezelf of voor iemand anders. Bij direct gevaar bel je 112.',
    },
    en: {
      question: 'What is Veilig Thuis?',
      answer:
        'Veilig Thuis is the advice and reporting centre for domestic violence and child abuse. Call 0800 2000 for free, day and night. You can ask for advice anonymously, for yourself or for someone else. In immediate danger, call 112.',
    },
  },
  {
    theme: 'violence',
    nl: {
      question: 'Is het ook geweld als ik niet geslagen word?',
      answer:
        'Ja. Ook dreigen, vernederen, je geld of telefoon afpakken, je controleren, je opsluiten of seks afdwingen is geweld. Twijfel je? Bel Veilig Thuis: 0800 2000.',
    },
    en: {
      question: 'Is it violence if I am not being hit?',
      answer:
        'Yes. Threatening, humiliating, taking your money or phone, controlling you, locking you up or forcing sex are violence too. In doubt? Call Veilig Thuis: 0800 2000.',
    },
  },
  {
    theme: 'violence',
    nl: {
      question: 'Ziet iemand anders wat ik hier lees of zoek?',
      answer:
        'Wij bewaren niet wat je in de bibliotheek leest of zoekt bij je naam. Je browser kan wel onthouden welke pagina’s je bezocht. Gebruik je een gedeeld apparaat? Gebruik een privévenster of wis daarna je geschiedenis.',
    },
    en: {
      question: 'Can someone else see what I read or search here?',
      answer:
        'We do not keep what you read or search in the library under your name. Your browser may remember which pages you visited. Using a shared device? Use a private window or clear your history afterwards.',
    },
  },
  {
    theme: 'stress',
    nl: {
      question: 'Hoe snel krijg ik antwoord op een bericht?',
      answer:
        'Binnen 48 uur krijg je antwoord van een maatschappelijk werker. In Berichten zie je tot wanneer precies. Is het dringend? Kom naar de chat tijdens de chaturen, of bel bij direct gevaar 112.',
    },
    en: {
      question: 'How quickly will I get a reply to a message?',
      answer:
        'A social worker replies within 48 hours. Berichten (Messages) shows the exact deadline. Is it urgent? Come to the chat during chat hours, or call 112 in immediate danger.',
    },
  },
  {
    theme: 'loneliness',
    nl: {
      question: 'Kan ik anoniem met jullie chatten?',
      answer:
        'Ja. Je kunt eerst anoniem chatten met alleen je postcode. Wil je daarna verder met hulp? Dan maak je een account en houden we het gesprek erbij.',
    },
    en: {
      question: 'Can I chat with you anonymously?',
      answer:
        'Yes. You can chat anonymously first, with just your postcode. Want to continue with help afterwards? Then you create an account and we keep the conversation with it.',
    },
  },
  {
    theme: 'parenting',
    nl: {
      question: 'Mijn kind wil niet meer naar school. Wat kan ik doen?',
      answer:
        'Praat eerst rustig met je kind over wat er aan de hand is: pesten, stress of iets thuis? Neem snel contact op met de mentor. Blijft je kind thuis, dan moet de school de leerplichtambtenaar inschakelen; zie die als hulp, niet als straf.',
    },
    en: {
      question: 'My child does not want to go to school anymore. What can I do?',
      answer:
        'First talk calmly with your child about what is going on: bullying, stress or something at home? Contact the mentor soon. If your child stays home, the school must involve the compulsory education officer; see them as help, not punishment.',
    },
  },
  {
    theme: 'relationships',
    nl: {
      question: 'Mijn ex en ik maken steeds ruzie over de kinderen. Wie kan helpen?',
      answer:
        'Een mediator kan helpen om samen afspraken te maken. Met een laag inkomen betaalt de overheid een deel. Een maatschappelijk werker helpt je om de gesprekken rustiger te laten verlopen, met de kinderen op de eerste plaats.',
    },
    en: {
      question: 'My ex and I keep fighting about the children. Who can help?',
      answer:
        'A mediator can help you make agreements together. On a low income the government pays part of it. A social worker helps you keep the conversations calmer, with the children first.',
    },
  },
];
