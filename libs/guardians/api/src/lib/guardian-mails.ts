import { GUARDIAN_INVITE_DAYS } from '@nabij/guardians/contracts';
import type { MailMessage } from '@nabij/platform/api';

// Plain B1 Dutch first, English below. Never the child's name or anything about the case: a mail
// can be read by someone else.

export function guardianInviteMail(facts: {
  to: string;
  name: string;
  invitedBy: string | null;
  organisationName: string;
  link: string;
}): MailMessage {
  const who = facts.invitedBy ?? 'Een maatschappelijk werker';
  return {
    to: facts.to,
    subject: `Uitnodiging voor Nabij van ${facts.organisationName} / Invitation to Nabij`,
    text: [
      `Hallo ${facts.name},`,
      '',
      `${who} van ${facts.organisationName} nodigt je uit voor Nabij, omdat je ouder of verzorger bent van een leerling die wij helpen.`,
      'In Nabij zie je wat de hulpverlener met je deelt, zoals afspraken. Je kunt er ook berichten sturen.',
      '',
      'Klik op de link en kies een wachtwoord. Daarna log je in met dit e-mailadres:',
      facts.link,
      '',
      `De link werkt ${GUARDIAN_INVITE_DAYS} dagen en maar 1 keer. Werkt hij niet meer? Vraag de hulpverlener om een nieuwe uitnodiging.`,
      'Verwachtte je deze uitnodiging niet? Dan hoef je niets te doen.',
      '',
      '---',
      `${facts.invitedBy ?? 'A social worker'} of ${facts.organisationName} invites you to Nabij as the parent or carer of a pupil we help.`,
      'Open the link above and choose a password; then log in with this e-mail address.',
      `The link works once, for ${GUARDIAN_INVITE_DAYS} days. Did not expect this? Then you do not need to do anything.`,
    ].join('\n'),
  };
}

/** For a parent who already has a Nabij account: one more child is linked. */
export function guardianLinkedMail(facts: { to: string; name: string; organisationName: string; link: string }): MailMessage {
  return {
    to: facts.to,
    subject: `Nieuw in Nabij / New in Nabij`,
    text: [
      `Hallo ${facts.name},`,
      '',
      `${facts.organisationName} heeft je in Nabij gekoppeld aan nog een leerling. Log in om te zien wat er met je gedeeld is:`,
      facts.link,
      '',
      '---',
      `${facts.organisationName} linked you to one more pupil in Nabij. Log in to see what is shared with you.`,
    ].join('\n'),
  };
}

/** To the case's worker: a parent wrote in the parent thread. Never who, about whom, or what. */
export function parentWroteMail(facts: { to: string; link: string }): MailMessage {
  return {
    to: facts.to,
    subject: 'Een ouder heeft een bericht gestuurd in Nabij',
    text: [
      'Een ouder heeft je een bericht gestuurd in Nabij. Log in om het te lezen:',
      facts.link,
      '',
      'Om de privacy te beschermen staat de inhoud nooit in een e-mail.',
    ].join('\n'),
  };
}

/** A new message in the parent thread: that there is one, never what it says. */
export function guardianMessageMail(facts: { to: string; name: string; link: string }): MailMessage {
  return {
    to: facts.to,
    subject: 'Nieuw bericht in Nabij / New message in Nabij',
    text: [
      `Hallo ${facts.name},`,
      '',
      'Je hebt een nieuw bericht van de hulpverlener in Nabij. Log in om het te lezen:',
      facts.link,
      '',
      '---',
      'You have a new message from the social worker in Nabij. Log in to read it.',
    ].join('\n'),
  };
}
