import type { QuestionnaireDefinition, QuestionOption } from '@nabij/outreach/contracts';

const options = (...pairs: Array<[string, string]>): QuestionOption[] => pairs.map(([value, label]) => ({ value, label }));

/**
 * The conversation tool of the lockdowns, written for Nabij (issue 15): thirty questions a worker
 * asks a family by phone, and one more: when the family wants help, whether they agree to a referral
 * or a case for it (the consent the follow-up needs). Plain B1 Dutch, "je" form, read out by the
 * worker. The scores ask for follow-up questions: below 6 what helps and what is needed, from 6 what goes well.
 */
export const FAMILY_QUESTIONNAIRE: QuestionnaireDefinition = {
  title: 'Belronde gezinnen',
  intro:
    'We bellen alle gezinnen om te horen hoe het gaat. Het gesprek duurt ongeveer een kwartier. Stel de vragen in je eigen woorden. Sla een vraag over als het gezin er niet over wil praten.',
  sections: [
    {
      title: 'Begin van het gesprek',
      intro: 'Stel jezelf voor: je naam, dat je van het maatschappelijk werk bent en waarom je belt.',
      questions: [
        { key: 'datum_gesprek', type: 'date', text: 'Datum van het gesprek', required: true },
        {
          key: 'vertrouwelijk',
          type: 'yes_no',
          text: 'Heb je verteld dat het gesprek vertrouwelijk is?',
          help: 'Zeg: "Wat je mij vertelt, blijft bij ons. We gebruiken het alleen om je te helpen. In overzichten voor de gemeente of de school staan nooit namen. Je hoeft geen antwoord te geven als je dat niet wilt."',
          required: true,
        },
      ],
    },
    {
      title: 'Het gezin',
      questions: [
        { key: 'aantal_kinderen', type: 'number', text: 'Hoeveel kinderen wonen er thuis?', min: 0, max: 15, required: true },
        {
          key: 'leeftijden_kinderen',
          type: 'text',
          text: 'Hoe oud zijn de kinderen?',
          help: 'Bijvoorbeeld: 4, 9 en 14 jaar.',
          showIf: { question: 'aantal_kinderen', op: 'gt', value: 0 },
        },
        {
          key: 'taal_thuis',
          type: 'choice',
          text: 'Welke taal spreken jullie thuis het meest?',
          options: options(
            ['nederlands', 'Nederlands'],
            ['arabisch', 'Arabisch'],
            ['turks', 'Turks'],
            ['berbers', 'Berbers'],
            ['tigrinya', 'Tigrinya'],
            ['pools', 'Pools'],
            ['engels', 'Engels'],
            ['anders', 'Een andere taal'],
          ),
        },
        { key: 'taal_anders', type: 'text', text: 'Welke taal is dat?', showIf: { question: 'taal_thuis', op: 'eq', value: 'anders' } },
      ],
    },
    {
      title: 'School',
      intro: 'Deze vragen gaan over de kinderen die naar school gaan.',
      questions: [
        { key: 'welke_school', type: 'text', text: 'Op welke school zitten de kinderen?' },
        { key: 'contact_school', type: 'yes_no', text: 'Heb je contact met de school of de leerkracht?' },
        {
          key: 'contact_school_hoe',
          type: 'text',
          text: 'Hoe gaat dat contact? Wat zou beter kunnen?',
          showIf: { question: 'contact_school', op: 'eq', value: true },
        },
        { key: 'huiswerk', type: 'yes_no', text: 'Krijgen de kinderen huiswerk of schoolwerk mee naar huis?' },
        {
          key: 'hulp_huiswerk',
          type: 'choice',
          text: 'Kan iemand thuis helpen met het schoolwerk?',
          options: options(['ja', 'Ja, dat lukt'], ['soms', 'Soms, niet altijd'], ['nee', 'Nee, dat lukt niet']),
          showIf: { question: 'huiswerk', op: 'eq', value: true },
        },
        { key: 'wifi', type: 'yes_no', text: 'Hebben jullie thuis internet (wifi)?' },
        {
          key: 'laptop',
          type: 'choice',
          text: 'Is er thuis een computer, laptop of tablet voor het schoolwerk?',
          options: options(['genoeg', 'Ja, genoeg voor alle kinderen'], ['te_weinig', 'Ja, maar te weinig'], ['nee', 'Nee']),
        },
      ],
    },
    {
      title: 'Hoe gaat het met jou?',
      questions: [
        { key: 'zorgen_anderen', type: 'yes_no', text: 'Maak je je zorgen om iemand anders? Bijvoorbeeld familie, vrienden of buren.' },
        {
          key: 'zorgen_wie',
          type: 'text',
          text: 'Om wie maak je je zorgen, en waarom?',
          showIf: { question: 'zorgen_anderen', op: 'eq', value: true },
        },
        {
          key: 'genoeg_geld',
          type: 'choice',
          text: 'Is er genoeg geld voor de boodschappen?',
          options: options(['ja', 'Ja'], ['soms_niet', 'Soms niet'], ['nee', 'Nee, vaak niet']),
        },
        {
          key: 'hulp_geld',
          type: 'yes_no',
          text: 'Wil je dat iemand met je meekijkt naar geld, rekeningen of schulden?',
          showIf: { question: 'genoeg_geld', op: 'neq', value: 'ja' },
        },
        {
          key: 'iets_betekenen',
          type: 'yes_no',
          text: 'Zou je zelf iets voor anderen willen doen? Bijvoorbeeld boodschappen doen voor een buurvrouw of een kind helpen met lezen.',
        },
      ],
    },
    {
      title: 'Cijfers',
      intro: 'Vraag om een cijfer van 1 tot en met 10. Een 1 is heel slecht, een 10 is heel goed.',
      questions: [
        { key: 'cijfer_ouders', type: 'scale', text: 'Welk cijfer geef je aan hoe het nu met jou gaat?', required: true },
        {
          key: 'ouders_volhouden',
          type: 'text',
          text: 'Wat helpt je om vol te houden?',
          showIf: { question: 'cijfer_ouders', op: 'lt', value: 6 },
        },
        {
          key: 'ouders_nodig',
          type: 'text',
          text: 'Wat heb je nodig om je beter te voelen?',
          showIf: { question: 'cijfer_ouders', op: 'lt', value: 6 },
        },
        { key: 'ouders_goed', type: 'text', text: 'Wat gaat er goed?', showIf: { question: 'cijfer_ouders', op: 'gte', value: 6 } },
        {
          key: 'cijfer_kinderen',
          type: 'scale',
          text: 'Welk cijfer geef je aan hoe het nu met de kinderen gaat?',
          showIf: { question: 'aantal_kinderen', op: 'gt', value: 0 },
        },
        {
          key: 'kinderen_nodig',
          type: 'text',
          text: 'Wat hebben de kinderen nodig?',
          showIf: { question: 'cijfer_kinderen', op: 'lt', value: 6 },
        },
        {
          key: 'kinderen_goed',
          type: 'text',
          text: 'Wat gaat er goed met de kinderen?',
          showIf: { question: 'cijfer_kinderen', op: 'gte', value: 6 },
        },
        {
          key: 'steun',
          type: 'multiple_choice',
          text: 'Wie steunt je?',
          help: 'Meer antwoorden zijn goed.',
          options: options(
            ['partner', 'Partner'],
            ['familie', 'Familie'],
            ['vrienden', 'Vrienden'],
            ['buren', 'Buren'],
            ['school', 'School'],
            ['geloof', 'Kerk, moskee of andere geloofsgemeenschap'],
            ['hulpverlener', 'Een hulpverlener'],
            ['niemand', 'Niemand'],
          ),
        },
      ],
    },
    {
      title: 'Afspraken',
      questions: [
        { key: 'iets_doen', type: 'yes_no', text: 'Kunnen we iets voor je doen?', required: true, followUp: 'help' },
        {
          key: 'hulp_bij',
          type: 'multiple_choice',
          text: 'Waarmee kunnen we je helpen?',
          help: 'Meer antwoorden zijn goed. Je maakt na het gesprek een taak om dit op te pakken.',
          required: true,
          options: options(
            ['geld', 'Geld en schulden'],
            ['opvoeding', 'Opvoeding'],
            ['school', 'School en huiswerk'],
            ['computer', 'Een computer of internet'],
            ['eenzaamheid', 'Eenzaamheid'],
            ['wonen', 'Wonen'],
            ['gezondheid', 'Gezondheid'],
            ['brieven', 'Brieven en formulieren'],
            ['anders', 'Iets anders'],
          ),
          showIf: { question: 'iets_doen', op: 'eq', value: true },
        },
        {
          key: 'toestemming',
          type: 'yes_no',
          text: 'Mogen we hiervoor een dossier voor je maken of je doorverwijzen naar een andere organisatie?',
          help: 'Alleen bij ja kun je na het gesprek een dossier maken of doorverwijzen. Bij nee blijft het bij de taak.',
          required: true,
          followUp: 'consent',
          showIf: { question: 'iets_doen', op: 'eq', value: true },
        },
        {
          key: 'nog_eens_bellen',
          type: 'yes_no',
          text: 'Mogen we je nog eens bellen om te horen hoe het gaat?',
          required: true,
          followUp: 'call_back',
        },
        {
          key: 'wanneer_bellen',
          type: 'date',
          text: 'Wanneer mogen we je bellen?',
          help: 'Je krijgt op die dag een taak op je bellijst.',
          required: true,
          showIf: { question: 'nog_eens_bellen', op: 'eq', value: true },
        },
      ],
    },
  ],
};
