import { accessKindOf } from '@nabij/dossier/contracts';
import type { AccessKind } from '@nabij/dossier/contracts';
import type { PersonalDataExport } from '@nabij/privacy/contracts';

/** Dutch (B1) headings for the parts and lists we know; anything new shows its own key. */
const TITLES: Record<string, string> = {
  account: 'Je account',
  details: 'Je gegevens',
  sessions: 'Inloggen op apparaten',
  twoFactor: 'Tweestapsverificatie',
  dossier: 'Je dossier',
  cases: 'Trajecten',
  goals: 'Doelen',
  reports: 'Verslagen van gesprekken',
  reactions: 'Reacties op verslagen',
  appointments: 'Afspraken',
  requests: 'Vragen aan je hulpverlener',
  documents: 'Documenten',
  notes: 'Je eigen notities',
  messages: 'Berichten',
  chat: 'Chats',
  chats: 'Je chats',
  transcripts: 'Wat er in de chats is gezegd',
  trainings: 'Trainingen',
  enrolments: 'Trainingen waar je aan meedoet',
  selfTests: 'Zelftesten',
  homework: 'Huiswerk en feedback',
  reminders: 'Herinneringen aan afspraken',
  mobile: 'Je mobiele nummer',
  smsReminders: 'Herinneringen per sms',
};

/** The access log in words (B1), as "Wie heeft mijn dossier ingezien" in the portal says it. */
const ACTIONS: Record<string, string> = {
  read: 'bekeek',
  create: 'zette iets in',
  update: 'veranderde',
  delete: 'haalde iets weg uit',
  export: 'downloadde',
};
const ROLES: Record<string, string> = {
  worker: 'maatschappelijk werker',
  team_lead: 'teamleider',
  admin: 'beheerder',
  client: 'jijzelf',
  guardian: 'je ouder of verzorger',
};
const KINDS: Record<AccessKind, string> = {
  dossier: 'je dossier',
  care: 'de gegevens van je hulp',
  appointments: 'je afspraken',
  documents: 'je documenten',
  chat: 'je chatgesprek',
  messages: 'je berichten',
  training: 'je training en huiswerk',
  caseload: 'je naam in de lijst met cliënten',
  account: 'je account',
  privacy: 'je privacyverzoek',
  other: 'je gegevens',
};
const WHEN = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

function accessRow(e: PersonalDataExport['accessLog'][number]): Record<string, unknown> {
  const when = new Date(e.occurredAt);
  return {
    wanneer: Number.isNaN(when.getTime()) ? e.occurredAt : WHEN.format(when),
    wie: e.actorName ?? 'Iemand van de organisatie',
    functie: e.actorRole ? (ROLES[e.actorRole] ?? e.actorRole) : null,
    organisatie: e.actorOrganisation,
    wat: `${ACTIONS[e.action] ?? 'gebruikte'} ${KINDS[accessKindOf(e.resourceType)]}`,
  };
}

function escape(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  const text = Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '<p>Niets opgeslagen.</p>';
  const keys = Object.keys(rows[0]);
  const head = keys.map((k) => `<th scope="col">${escape(k)}</th>`).join('');
  const body = rows.map((r) => `<tr>${keys.map((k) => `<td>${escape(r[k])}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function part(value: unknown): string {
  if (Array.isArray(value)) return table(value as Record<string, unknown>[]);
  if (value && typeof value === 'object') {
    return `<dl>${Object.entries(value)
      .map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(v)}</dd>`)
      .join('')}</dl>`;
  }
  return `<p>${escape(value)}</p>`;
}

/**
 * A readable, printable page of the same export (no scripts, no outside styles), so a client can
 * read or print it without the portal. Every value is escaped: it holds text people typed.
 */
export function personalDataHtml(data: PersonalDataExport): string {
  const sections = Object.entries(data.sections)
    .map(([key, lists]) => {
      const inner = Object.entries(lists)
        .map(([name, value]) => `<h3>${escape(TITLES[name] ?? name)}</h3>\n${part(value)}`)
        .join('\n');
      return `<section><h2>${escape(TITLES[key] ?? key)}</h2>\n${inner}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mijn gegevens bij Nabij</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 1rem; color: #111; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
dt { font-weight: bold; }
@media print { section { break-inside: avoid-page; } }
</style>
</head>
<body>
<h1>Mijn gegevens bij Nabij</h1>
<p>Dit zijn alle gegevens die Nabij over je bewaart. Je hebt dit overzicht gemaakt op ${escape(data.generatedAt)}.
Klopt er iets niet? Vraag je hulpverlener om het te verbeteren.</p>
<p>Niet in dit overzicht: verslagen die je hulpverlener nog aan het schrijven is.
Je ziet ze als ze klaar zijn. Je mag je hulpverlener daar altijd naar vragen.</p>
${sections}
<section><h2>Wie heeft je gegevens bekeken of veranderd</h2>
${table(data.accessLog.map(accessRow))}
</section>
</body>
</html>
`;
}
