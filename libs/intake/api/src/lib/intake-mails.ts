import type { MailMessage } from '@nabij/platform/api';

// Plain B1 Dutch first, English below. Never any personal or case details in a mail.

export function verificationMail(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Bevestig je e-mailadres voor Nabij / Confirm your e-mail address',
    text: [
      'Hallo,',
      '',
      'Je hebt je aangemeld bij Nabij. Klik op de link om je e-mailadres te bevestigen:',
      link,
      '',
      'De link werkt 7 dagen. Heb je je niet aangemeld? Dan hoef je niets te doen.',
      '',
      '---',
      'You signed up for Nabij. Open the link above to confirm your e-mail address.',
      'The link works for 7 days. Did not sign up? Then you do not need to do anything.',
    ].join('\n'),
  };
}

export function admissionMail(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Je account bij Nabij / Your Nabij account',
    text: [
      'Hallo,',
      '',
      'Je hulpverlener heeft een account voor je gemaakt bij Nabij.',
      'Klik op de link en kies een wachtwoord:',
      link,
      '',
      'De link werkt 7 dagen.',
      '',
      '---',
      'Your social worker made a Nabij account for you. Open the link above and choose a password.',
    ].join('\n'),
  };
}

export function alreadyRegisteredMail(to: string, loginLink: string): MailMessage {
  return {
    to,
    subject: 'Je hebt al een account bij Nabij / You already have an account',
    text: [
      'Hallo,',
      '',
      'Iemand wilde zich aanmelden bij Nabij met dit e-mailadres. Je hebt al een account.',
      `Log in via ${loginLink}`,
      '',
      'Was jij dit niet? Dan hoef je niets te doen.',
      '',
      '---',
      'Someone tried to sign up with this e-mail address, but you already have an account. Log in with the link above.',
    ].join('\n'),
  };
}
