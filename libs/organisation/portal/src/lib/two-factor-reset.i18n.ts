import { defineTexts } from '@nabij/platform/portal';

/** The admin's "Tweestapsverificatie opnieuw instellen" on /medewerkers (nl B1 first). */
export const twoFactorResetTexts = defineTexts({
  nl: {
    'org.twoFactor.reset': 'Tweestapsverificatie opnieuw instellen',
    'org.twoFactor.resetLabel': 'Tweestapsverificatie opnieuw instellen: {name}',
    'org.twoFactor.confirm':
      'Is {name} de telefoon met de app kwijt? Dan wissen we de koppeling en de herstelcodes. {name} wordt overal uitgelogd en koppelt bij de volgende keer inloggen een app opnieuw.',
    'org.twoFactor.confirmYes': 'Ja, opnieuw instellen',
    'org.twoFactor.cancel': 'Annuleren',
    'org.twoFactor.done': 'De tweestapsverificatie van {name} is gewist. Bij de volgende keer inloggen koppelt {name} een app opnieuw.',
    'org.twoFactor.failed': 'Dat lukte niet. Probeer het opnieuw.',
    'org.twoFactor.needsSecondFactor': 'Log eerst opnieuw in met je wachtwoord en de code uit je app. Daarna kun je dit doen.',
  },
  en: {
    'org.twoFactor.reset': 'Reset two-step verification',
    'org.twoFactor.resetLabel': 'Reset two-step verification: {name}',
    'org.twoFactor.confirm':
      'Has {name} lost the phone with the app? Then we remove the link and the recovery codes. {name} is logged out everywhere and links an app again at the next login.',
    'org.twoFactor.confirmYes': 'Yes, reset',
    'org.twoFactor.cancel': 'Cancel',
    'org.twoFactor.done': 'The two-step verification of {name} is removed. At the next login {name} links an app again.',
    'org.twoFactor.failed': 'That did not work. Please try again.',
    'org.twoFactor.needsSecondFactor': 'First log in again with your password and the code from your app. Then you can do this.',
  },
});
