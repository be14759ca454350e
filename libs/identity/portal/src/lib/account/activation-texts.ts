import { defineTexts } from '@nabij/platform/portal';

/** `/activeren`: a client without an e-mail address chooses a password with the code from the letter. */
export const activationTexts = defineTexts({
  more: {
    ar: () => import('./activation-texts.ar'),
    tr: () => import('./activation-texts.tr'),
    pl: () => import('./activation-texts.pl'),
  },
  nl: {
    'activate.title': 'Account activeren',
    'activate.intro':
      'Heb je van je hulpverlener een brief gekregen met een gebruikersnaam en een code? Vul ze hier in en kies een wachtwoord. Een e-mailadres heb je niet nodig.',
    'activate.loginName': 'Gebruikersnaam',
    'activate.loginNameHint': 'Staat op de brief, bijvoorbeeld leiden-k7m4q.',
    'activate.code': 'Code',
    'activate.codeHint': 'De 12 tekens van de brief. Streepjes en spaties mogen, hoofdletters hoeven niet.',
    'activate.password': 'Kies een wachtwoord',
    'activate.passwordHint':
      'Minstens {min} tekens. Gebruik letters en minstens 1 cijfer of teken, zoals ! of ?. Tip: kies 3 of 4 woorden die niet bij elkaar horen.',
    'activate.submit': 'Account activeren',
    'activate.done': 'Je account is klaar. Log nu in met je gebruikersnaam {loginName} en je nieuwe wachtwoord.',
    'activate.toLogin': 'Naar inloggen',
    'activate.error.loginName': 'Vul de gebruikersnaam van de brief in, zoals leiden-k7m4q.',
    'activate.error.code': 'Vul de code van de brief in.',
    'activate.error.password': 'Kies een wachtwoord van minstens {min} tekens, met letters en minstens 1 cijfer of teken.',
    'activate.error.invalid':
      'Deze gebruikersnaam en code werken niet. Kijk goed op de brief. Is de code al gebruikt of te oud? Vraag je hulpverlener om een nieuwe code.',
    'activate.error.throttled': 'Te veel pogingen. Probeer het over {seconds} seconden opnieuw.',
    'addEmail.title': 'E-mailadres toevoegen',
    'addEmail.intro':
      'Je logt in met je gebruikersnaam {loginName}. Heb je nu een e-mailadres? Voeg het toe. Dan kun je zelf een nieuw wachtwoord aanvragen als je het vergeet. Je gebruikersnaam blijft werken.',
    'addEmail.email': 'Je e-mailadres',
    'addEmail.submit': 'E-mailadres toevoegen',
    'addEmail.sent': 'We hebben een mail gestuurd naar {email}. Klik op de link in die mail. Pas daarna hoort het adres bij je account.',
    'addEmail.error.taken': 'Er is al een account met dit e-mailadres. Kies een ander adres.',
  },
  en: {
    'activate.title': 'Activate your account',
    'activate.intro':
      'Did your social worker give you a letter with a login name and a code? Fill them in here and choose a password. You do not need an e-mail address.',
    'activate.loginName': 'Login name',
    'activate.loginNameHint': 'It is on the letter, for example leiden-k7m4q.',
    'activate.code': 'Code',
    'activate.codeHint': 'The 12 characters from the letter. Dashes and spaces are fine, capitals are not needed.',
    'activate.password': 'Choose a password',
    'activate.passwordHint':
      'At least {min} characters. Use letters and at least 1 number or sign, like ! or ?. Tip: choose 3 or 4 words that do not belong together.',
    'activate.submit': 'Activate account',
    'activate.done': 'Your account is ready. Log in now with your login name {loginName} and your new password.',
    'activate.toLogin': 'Go to log in',
    'activate.error.loginName': 'Fill in the login name from the letter, like leiden-k7m4q.',
    'activate.error.code': 'Fill in the code from the letter.',
    'activate.error.password': 'Choose a password of at least {min} characters, with letters and at least 1 number or sign.',
    'activate.error.invalid':
      'This login name and code do not work. Check the letter carefully. Was the code used already, or is it too old? Ask your social worker for a new code.',
    'activate.error.throttled': 'Too many attempts. Try again in {seconds} seconds.',
    'addEmail.title': 'Add an e-mail address',
    'addEmail.intro':
      'You log in with your login name {loginName}. Do you have an e-mail address now? Add it. Then you can ask for a new password yourself if you forget it. Your login name keeps working.',
    'addEmail.email': 'Your e-mail address',
    'addEmail.submit': 'Add e-mail address',
    'addEmail.sent': 'We sent a mail to {email}. Open the link in that mail. Only then does the address belong to your account.',
    'addEmail.error.taken': 'There already is an account with this e-mail address. Choose another address.',
  },
});
