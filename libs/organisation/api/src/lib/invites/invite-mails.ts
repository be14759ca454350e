import type { MailMessage } from '@nabij/platform/api';
import { INVITE_DAYS } from '@nabij/organisation/contracts';

// Plain B1 Dutch first, English below, like the password-reset mail.

export interface InviteMailFacts {
  to: string;
  name: string;
  invitedBy: string | null;
  organisationName: string;
  link: string;
}

export function inviteMail(facts: InviteMailFacts): MailMessage {
  const who = facts.invitedBy ?? 'Een beheerder';
  const whoEn = facts.invitedBy ?? 'An administrator';
  return {
    to: facts.to,
    subject: `Uitnodiging voor Nabij van ${facts.organisationName} / Invitation to Nabij`,
    text: [
      `Hallo ${facts.name},`,
      '',
      `${who} nodigt je uit om met Nabij te werken bij ${facts.organisationName}.`,
      'Nabij is het online portaal waarin je met cliënten werkt: dossier, berichten, chat en trainingen.',
      '',
      'Klik op de link en kies een wachtwoord. Daarna log je in met dit e-mailadres:',
      facts.link,
      '',
      `De link werkt ${INVITE_DAYS} dagen en maar 1 keer. Werkt hij niet meer? Vraag ${facts.invitedBy ?? 'de beheerder'} om een nieuwe uitnodiging.`,
      'Verwachtte je deze uitnodiging niet? Dan hoef je niets te doen.',
      '',
      '---',
      `${whoEn} invites you to work with Nabij at ${facts.organisationName}.`,
      'Open the link above and choose a password; then log in with this e-mail address.',
      `The link works once, for ${INVITE_DAYS} days. Did not expect this? Then you do not need to do anything.`,
    ].join('\n'),
  };
}
