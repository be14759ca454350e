import type { MailMessage } from '@nabij/platform/api';

/**
 * Mails about a deletion request: B1 Dutch first, English below. They say what happened, never
 * what the data was, and go to the address the client had before it was erased.
 */
export function deletionDoneMail(to: string): MailMessage {
  return {
    to,
    subject: 'Je gegevens zijn verwijderd / Your data has been deleted',
    text: [
      'Hallo,',
      '',
      'Je vroeg ons om je gegevens te verwijderen. Dat hebben we nu gedaan.',
      'Je dossier, je berichten, je chats en je antwoorden in trainingen zijn weg.',
      'Je account heeft geen naam, e-mailadres, geboortedatum en postcode meer. Inloggen kan niet meer.',
      '',
      'Wat we wel bewaren, zonder je naam:',
      '- hoeveel tijd je hulpverlener aan de hulp besteedde, en wanneer de hulp begon en stopte.',
      '  De gemeente die de hulp betaalt, mag dat controleren.',
      '- wie je gegevens heeft bekeken. Dat moeten we 5 jaar bewaren (NEN 7513).',
      '',
      'Wil je later weer hulp? Dan kun je je opnieuw aanmelden.',
      'Dit is de laatste mail die je van ons krijgt over dit account.',
      '',
      '---',
      '',
      'Hello,',
      '',
      'You asked us to delete your data. We have now done so.',
      'Your dossier, your messages, your chats and your answers in trainings are gone.',
      'Your account no longer has a name, e-mail address, birth date or postcode. You can no longer log in.',
      '',
      'What we do keep, without your name:',
      '- how much time your social worker spent, and when the help started and ended.',
      '  The municipality that pays for the help may check this.',
      '- who looked at your data. We must keep this for 5 years (NEN 7513).',
      '',
      'Need help again later? You can register again.',
      'This is the last e-mail you will get from us about this account.',
    ].join('\n'),
  };
}

export function deletionDeclinedMail(to: string, portalUrl: string): MailMessage {
  return {
    to,
    subject: 'Over je vraag om je gegevens te verwijderen / About your request to delete your data',
    text: [
      'Hallo,',
      '',
      'Je vroeg ons om je gegevens te verwijderen. Dat doen we nu nog niet.',
      `Waarom niet, lees je als je inlogt, op de pagina Mijn gegevens: ${portalUrl}`,
      'Heb je vragen? Stuur je hulpverlener een bericht.',
      '',
      '---',
      '',
      'Hello,',
      '',
      'You asked us to delete your data. We are not doing that yet.',
      `You can read why when you log in, on the page My data: ${portalUrl}`,
      'Questions? Send your social worker a message.',
    ].join('\n'),
  };
}
