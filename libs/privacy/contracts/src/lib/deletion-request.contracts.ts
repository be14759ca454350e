/** A client's request to delete their data (AVG art. 17, "recht op vergetelheid"). */
export type DeletionRequestStatus = 'requested' | 'withdrawn' | 'executed' | 'declined';

/** What happens to one kind of data when a request is executed or a retention term passes. */
export type ErasureAction = 'delete' | 'anonymise' | 'keep';

export interface Texts {
  nl: string;
  en: string;
}

/**
 * The rules, written once: per kind of data what happens and why. The staff page shows them as the
 * plan of a request, the client page shows them before a client asks, and each domain's eraser
 * reports its counts under these kinds. `kind` matches a key an eraser counts under.
 */
export interface ErasureRule {
  kind: string;
  action: ErasureAction;
  what: Texts;
  why: Texts;
}

export const ERASURE_RULES: readonly ErasureRule[] = [
  {
    kind: 'account',
    action: 'anonymise',
    what: {
      nl: 'Je naam, e-mailadres, geboortedatum en postcode worden gewist, en onze kopieën van de e-mails die we je stuurden. Inloggen kan daarna niet meer. Je wordt op alle apparaten uitgelogd.',
      en: 'Your name, e-mail address, birth date and postcode are erased, and our copies of the e-mails we sent you. You can no longer log in. You are logged out on every device.',
    },
    why: {
      nl: 'Er blijft een leeg account over zonder naam. Dat is nodig, omdat de tijdregistratie en het traject ernaar verwijzen.',
      en: 'An empty account without a name stays, because the time registration and the case point to it.',
    },
  },
  {
    kind: 'dossier',
    action: 'delete',
    what: {
      nl: 'Je dossier: doelen, verslagen en reacties, afspraken, vragen aan je hulpverlener, documenten (ook de bestanden) en je eigen notities.',
      en: 'Your dossier: goals, reports and reactions, appointments, requests to your social worker, documents (the files too) and your own notes.',
    },
    why: { nl: 'Dit mag weg: niemand heeft het nog nodig.', en: 'This may go: nobody needs it any more.' },
  },
  {
    kind: 'messages',
    action: 'delete',
    what: {
      nl: 'Alle berichten tussen jou en je hulpverlener, met de bijlagen.',
      en: 'All messages between you and your social worker, with attachments.',
    },
    why: {
      nl: 'Dit mag weg. We houden alleen bij óf er binnen 48 uur is geantwoord, zonder inhoud.',
      en: 'This may go. We only keep whether the answer came within 48 hours, without content.',
    },
  },
  {
    kind: 'chat',
    action: 'delete',
    what: {
      nl: 'Wat er in de chats is gezegd, en het e-mailadres, de postcode en geboortedatum die je bij een chat gaf.',
      en: 'What was said in the chats, and the e-mail address, postcode and birth date you gave for a chat.',
    },
    why: {
      nl: 'Dit mag weg. De datum en de duur van de chat blijven, zonder inhoud.',
      en: 'This may go. The date and length of each chat stay, without content.',
    },
  },
  {
    kind: 'video',
    action: 'delete',
    what: {
      nl: 'De meldingen van videogesprekken en de uitnodigingen voor een tolk of collega in jouw gesprekken. Van een videogesprek is nooit beeld of geluid bewaard.',
      en: 'The notices of video calls and the invitations for an interpreter or colleague in your calls. No picture or sound of a video call was ever stored.',
    },
    why: {
      nl: 'Dit mag weg. Alleen wanneer een gesprek was en hoe lang het duurde blijft, voor de tijdregistratie.',
      en: 'This may go. Only when a call took place and how long it lasted stays, for the time registration.',
    },
  },
  {
    kind: 'reminders',
    action: 'delete',
    what: {
      nl: 'Je mobiele nummer, of je herinneringen per sms wilde, en onze kopieën van de sms-herinneringen die we je stuurden.',
      en: 'Your mobile number, whether you wanted reminders by text message, and our copies of the text reminders we sent you.',
    },
    why: {
      nl: 'Dit mag weg: het was alleen om je aan je afspraken te herinneren.',
      en: 'This may go: it was only to remind you of your appointments.',
    },
  },
  {
    kind: 'trainings',
    action: 'delete',
    what: {
      nl: 'Je antwoorden in trainingen: huiswerk, dagboek, zelftesten, je doelen en de feedback van je trainer.',
      en: 'Your answers in trainings: homework, diary, self-tests, your goals and your trainer’s feedback.',
    },
    why: {
      nl: 'Dit mag weg. Dat je meedeed en hoe ver je kwam, blijft zonder inhoud bewaard.',
      en: 'This may go. That you took part and how far you got stay, without content.',
    },
  },
  {
    kind: 'self_tests',
    action: 'delete',
    what: {
      nl: 'De uitslagen van zelftesten die je zelf hebt bewaard, met je antwoorden.',
      en: 'The self-test results you chose to keep, with your answers.',
    },
    why: { nl: 'Dit mag weg: alleen jij gebruikt ze.', en: 'This may go: only you use them.' },
  },
  {
    kind: 'guardians',
    action: 'delete',
    what: {
      nl: 'De koppeling met je ouders of verzorgers in Nabij, wat zij mochten zien, je toestemming en de berichten tussen hen en je hulpverlener.',
      en: 'The link with your parents or carers in Nabij, what they were allowed to see, your consent and the messages between them and your social worker.',
    },
    why: {
      nl: 'Dit mag weg. Je ouder houdt een eigen account, maar ziet niets meer van je hulp.',
      en: 'This may go. Your parent keeps their own account, but sees nothing of your help any more.',
    },
  },
  {
    kind: 'my_library',
    action: 'delete',
    what: {
      nl: 'Wat er in Mijn bibliotheek staat: wat je hulpverlener met je deelde (met de briefjes erbij) en wat je zelf bewaarde.',
      en: 'What is in My library: what your social worker shared with you (with the notes) and what you saved yourself.',
    },
    why: { nl: 'Dit mag weg: het is alleen voor jou.', en: 'This may go: it is only for you.' },
  },
  {
    kind: 'forum',
    action: 'delete',
    what: {
      nl: 'Je bijnaam in het forum en de tekst van al je berichten. Een gesprek dat jij begon, verdwijnt met de reacties erop.',
      en: 'Your nickname in the forum and the text of all your posts. A conversation you started disappears with its replies.',
    },
    why: {
      nl: 'Dit mag weg: het forum is niet nodig voor de hulp of de verantwoording.',
      en: 'This may go: the forum is not needed for the help or for accountability.',
    },
  },
  {
    kind: 'library_questions',
    action: 'delete',
    what: {
      nl: 'De anonieme vraag die je stelde voordat je je aanmeldde, met het antwoord. Die hoort sinds je aanmelding bij je dossier.',
      en: 'The anonymous question you asked before you registered, with the answer. Since you registered it belongs to your file.',
    },
    why: {
      nl: 'Dit mag weg. Alleen dat er een antwoord was, telt mee in de tijdregistratie.',
      en: 'This may go. Only that there was an answer counts in the time registration.',
    },
  },
  {
    kind: 'outreach',
    action: 'delete',
    what: {
      nl: 'Dat je op een bellijst stond, hoe de belgesprekken gingen en wat je daarin antwoordde.',
      en: 'That you were on a call list, how the calls went and what you answered in them.',
    },
    why: {
      nl: 'Dit mag weg: het weekoverzicht van de belrondes toont alleen getallen zonder namen.',
      en: 'This may go: the weekly overview of the call rounds shows numbers only, without names.',
    },
  },
  {
    kind: 'cases',
    action: 'anonymise',
    what: {
      nl: 'Je traject blijft bewaard zonder inhoud: wanneer het begon en stopte, welke gemeente betaalde en wat voor hulp het was.',
      en: 'Your case is kept without content: when it started and ended, which municipality paid and what kind of help it was.',
    },
    why: {
      nl: 'De gemeente betaalt voor de hulp. Wij moeten kunnen laten zien hoeveel hulp we gaven (verantwoording aan de financier).',
      en: 'The municipality pays for the help. We must be able to show how much help we gave (accountability to the financier).',
    },
  },
  {
    kind: 'postcode_check',
    action: 'anonymise',
    what: {
      nl: 'De postcodecheck die je deed toen je je aanmeldde. Die staat daarna niet meer op jouw naam.',
      en: 'The postcode check you did when you signed up. After this it is no longer linked to you.',
    },
    why: {
      nl: 'We tellen hoeveel mensen uit welke gemeente ons vinden. Daarvoor is je naam niet nodig.',
      en: 'We count how many people from which municipality find us. Your name is not needed for that.',
    },
  },
  {
    kind: 'time',
    action: 'keep',
    what: {
      nl: 'De tijdregistratie: hoeveel minuten je hulpverlener aan welk soort contact besteedde. Daar staat geen inhoud in.',
      en: 'The time registration: how many minutes your social worker spent on which kind of contact. It holds no content.',
    },
    why: {
      nl: 'Nodig voor de verantwoording aan de gemeente die de hulp betaalt. Het staat los van je naam.',
      en: 'Needed to account to the municipality that pays for the help. It is no longer linked to your name.',
    },
  },
  {
    kind: 'access_log',
    action: 'keep',
    what: {
      nl: 'Het toegangslog: wie wanneer je gegevens bekeek of veranderde. Het IP-adres en de browser waarmee jij zelf iets deed, worden gewist.',
      en: 'The access log: who looked at or changed your data, and when. The IP address and browser you used yourself are erased.',
    },
    why: {
      nl: 'De wet (NEN 7513) vraagt dit 5 jaar te bewaren. Zo kan altijd worden gecontroleerd of niemand zonder reden in je gegevens keek.',
      en: 'The law (NEN 7513) asks us to keep it for 5 years, so it can always be checked that nobody looked at your data without reason.',
    },
  },
];

/** How long the access log is kept (NEN 7513), shown in the rules above. */
export const ACCESS_LOG_KEEP_YEARS = 5;

export interface DeletionRequestView {
  id: string;
  status: DeletionRequestStatus;
  reason: string | null;
  createdAt: string;
  handledAt: string | null;
  /** Why staff declined it (shown to the client). */
  decisionNote: string | null;
}

/** A line of the staff list: no content, only who and when. */
export interface DeletionRequestListItem {
  id: string;
  clientId: string;
  clientName: string | null;
  status: DeletionRequestStatus;
  createdAt: string;
}

/** One line of the plan: a rule and how much of it this client has now. */
export interface ErasurePlanLine extends ErasureRule {
  /** How many items of this kind exist now (null when nothing is counted for it). */
  count: number | null;
}

export interface DeletionRequestDetail extends DeletionRequestListItem {
  reason: string | null;
  handledAt: string | null;
  handledBy: string | null;
  decisionNote: string | null;
  plan: ErasurePlanLine[];
}

export interface CreateDeletionRequest {
  reason?: string;
}

export interface DeclineDeletionRequest {
  note: string;
}

export const DELETION_REASON_MAX = 2000;
export const DECISION_NOTE_MAX = 2000;

/** Retention after a case closes (per organisation). */
export interface RetentionSetting {
  retentionYears: number;
}

export const RETENTION_YEARS_DEFAULT = 7;
export const RETENTION_YEARS_MIN = 1;
export const RETENTION_YEARS_MAX = 20;
