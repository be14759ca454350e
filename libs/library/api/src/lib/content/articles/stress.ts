import type { ArticleDefinition } from '../library-content';

export const STRESS_ARTICLES: ArticleDefinition[] = [
  {
    slug: 'stress-herkennen-en-verminderen',
    theme: 'stress',
    audiences: ['adults', 'young-people'],
    nl: {
      title: 'Stress herkennen en verminderen',
      summary:
        'Een beetje stress is normaal. Maar heb je het lang, dan raakt je lichaam uitgeput. Zo herken je stress en doe je er iets aan.',
      body: `Stress is de reactie van je lichaam op spanning. Even is dat niet erg: het helpt je om iets af te krijgen. Maar als de spanning blijft, raak je uitgeput.

## Signalen van te veel stress

- Slecht slapen of juist heel veel slapen
- Hoofdpijn, buikpijn of een gespannen nek
- Snel boos of snel huilen
- Vergeetachtig zijn en je niet kunnen concentreren
- Nergens meer zin in hebben

## Wat kun je zelf doen?

- **Schrijf op wat je stress geeft.** Wat kun je veranderen, en wat niet?
- **Doe één ding tegelijk.** Maak een lijstje en streep af.
- **Beweeg elke dag.** Een wandeling van twintig minuten helpt al.
- **Adem rustig.** Adem vier tellen in, houd vier tellen vast, adem zes tellen uit. Doe dit een paar minuten.
- **Zeg vaker nee.** Je hoeft niet alles te doen wat anderen vragen.
- **Minder cafeïne en alcohol.** Ze maken je onrustiger en je slaapt slechter.

## Wanneer vraag je ons om hulp?

Houdt de stress al weken aan, of komt hij door problemen met geld, werk of thuis? Stuur ons een bericht. Denk je aan zelfdoding? Bel dan gratis 113: 0800 0113, of chat op [113.nl](https://www.113.nl).`,
    },
    en: {
      title: 'Recognising and reducing stress',
      summary:
        'A little stress is normal. But if it lasts, your body becomes exhausted. This is how you recognise stress and do something about it.',
      body: `Stress is your body's reaction to pressure. For a short while that is fine: it helps you get things done. But if the pressure stays, you become exhausted.

## Signs of too much stress

- Sleeping badly, or sleeping a lot
- Headache, stomach ache or a tense neck
- Getting angry or crying quickly
- Being forgetful and unable to concentrate
- No longer feeling like doing anything

## What can you do yourself?

- **Write down what causes your stress.** What can you change, and what not?
- **Do one thing at a time.** Make a list and tick things off.
- **Move every day.** A twenty-minute walk already helps.
- **Breathe calmly.** Breathe in for four counts, hold for four, breathe out for six. Do this for a few minutes.
- **Say no more often.** You do not have to do everything others ask.
- **Less caffeine and alcohol.** They make you more restless and you sleep worse.

## When should you ask us for help?

Has the stress lasted for weeks, or is it caused by problems with money, work or home? Send us a message. Are you thinking about suicide? Call 113 for free: 0800 0113, or chat at [113.nl](https://www.113.nl).`,
    },
  },
  {
    slug: 'burn-out-als-je-op-bent',
    theme: 'stress',
    audiences: ['adults'],
    nl: {
      title: 'Burn-out: als je op bent',
      summary: 'Bij een burn-out is je energie helemaal op. Herstel kost tijd. Hier lees je wat helpt en wat je beter niet kunt doen.',
      body: `Een burn-out ontstaat als je lange tijd te veel stress hebt gehad. Je bent dan op. Kleine dingen kosten veel moeite. Veel mensen voelen zich schuldig, maar een burn-out is geen zwakte.

## Hoe merk je het?

Je bent altijd moe, ook na een nacht slapen. Je kunt je slecht concentreren. Je voelt je somber of prikkelbaar. Werk of zorgtaken lukken niet meer.

## Wat helpt bij herstel?

- **Ga naar je huisarts.** Die kijkt of er geen lichamelijke oorzaak is.
- **Werk je?** Meld je ziek en praat met de bedrijfsarts. Die maakt met jou een plan om rustig weer te beginnen.
- **Rust, maar niet alleen liggen.** Een vast ritme helpt: opstaan, eten, wandelen, iets kleins doen, rusten.
- **Kleine stappen.** Doe elke dag iets wat je energie geeft, hoe klein ook.
- **Kijk naar de oorzaak.** Wat gaf je zoveel stress? Zonder verandering komt het vaak terug.

## Wat werkt niet?

Meteen weer hard gaan werken omdat je je beter voelt. Of juist helemaal niets meer doen. Allebei vertragen je herstel.

## Wanneer vraag je ons om hulp?

Heb je naast je burn-out zorgen over geld, je relatie of je kinderen? Een maatschappelijk werker helpt je om die zorgen kleiner te maken, zodat je kunt herstellen.`,
    },
    en: {
      title: 'Burn-out: when you are exhausted',
      summary: 'With a burn-out your energy is completely gone. Recovery takes time. Read here what helps and what you had better not do.',
      body: `A burn-out happens when you have had too much stress for a long time. You are then completely drained. Small things take a lot of effort. Many people feel guilty, but a burn-out is not a weakness.

## How do you notice it?

You are always tired, even after a night's sleep. You find it hard to concentrate. You feel gloomy or irritable. Work or care tasks no longer work out.

## What helps recovery?

- **See your GP.** They check there is no physical cause.
- **Do you work?** Report sick and talk to the company doctor (bedrijfsarts). They make a plan with you to start again slowly.
- **Rest, but not just lying down.** A fixed rhythm helps: get up, eat, walk, do something small, rest.
- **Small steps.** Do something every day that gives you energy, however small.
- **Look at the cause.** What gave you so much stress? Without change it often comes back.

## What does not work?

Going back to working hard straight away because you feel better. Or doing nothing at all. Both slow down your recovery.

## When should you ask us for help?

Besides your burn-out, do you worry about money, your relationship or your children? A social worker helps you make those worries smaller, so you can recover.`,
    },
  },
  {
    slug: 'stress-op-school-en-examens',
    theme: 'stress',
    audiences: ['pupils', 'young-people'],
    nl: {
      title: 'Stress op school en examens',
      summary: 'Toetsen, huiswerk, examens: school kan veel stress geven. Met deze tips houd je het overzicht en blijf je rustiger.',
      body: `Veel scholieren hebben stress door school. Je wilt het goed doen, er is veel huiswerk en je bent bang om te zakken. Dat is heel normaal. Er is veel wat je kunt doen.

## Tips bij stress door school

- **Maak een planning.** Zet toetsen in je agenda en verdeel het leren over meerdere dagen.
- **Leer in blokjes.** 25 minuten leren, 5 minuten pauze. Telefoon uit of in een andere kamer.
- **Slaap genoeg.** Je hersenen onthouden wat je leert terwijl je slaapt. Doorhalen tot laat werkt niet.
- **Beweeg.** Een rondje fietsen of sporten maakt je hoofd leeg.
- **Vraag hulp.** Snap je iets niet? Vraag het je docent of een klasgenoot.

## Bij een examen

Slaap goed de nacht ervoor, eet een ontbijt en ga op tijd weg. Lees de vragen rustig. Weet je iets niet? Sla het over en ga later terug.

## Met wie kun je praten?

Je mentor, de vertrouwenspersoon op school of de schoolmaatschappelijk werker. Je kunt ook gratis en anoniem chatten met De Kindertelefoon: 0800 0432 of [kindertelefoon.nl](https://www.kindertelefoon.nl).

## Wanneer vraag je ons om hulp?

Slaap je slecht, heb je vaak buikpijn of wil je niet meer naar school? Stuur ons een bericht, ook als het om iets anders dan school gaat.`,
    },
    en: {
      title: 'Stress at school and exams',
      summary: 'Tests, homework, exams: school can cause a lot of stress. With these tips you keep track and stay calmer.',
      body: `Many pupils have stress because of school. You want to do well, there is a lot of homework and you are afraid of failing. That is very normal. There is a lot you can do.

## Tips for school stress

- **Make a plan.** Put tests in your diary and spread studying over several days.
- **Study in blocks.** 25 minutes studying, 5 minutes break. Phone off or in another room.
- **Sleep enough.** Your brain stores what you learn while you sleep. Staying up late does not work.
- **Move.** Cycling or sports clears your head.
- **Ask for help.** Do not understand something? Ask your teacher or a classmate.

## On exam day

Sleep well the night before, eat breakfast and leave on time. Read the questions calmly. Do not know something? Skip it and come back later.

## Who can you talk to?

Your mentor, the confidential adviser at school or the school social worker. You can also chat for free and anonymously with De Kindertelefoon: 0800 0432 or [kindertelefoon.nl](https://www.kindertelefoon.nl).

## When should you ask us for help?

Do you sleep badly, often have a stomach ache, or not want to go to school anymore? Send us a message, also if it is about something other than school.`,
    },
  },
];
