import { defineTexts } from '../i18n/texts';

/** The "Lees voor" buttons on articles, module steps, messages and the chat: a client text set. */
export const readAloudTexts = defineTexts({
  more: {
    ar: () => import('./read-aloud.i18n.ar'),
    tr: () => import('./read-aloud.i18n.tr'),
    pl: () => import('./read-aloud.i18n.pl'),
  },
  nl: {
    'readAloud.group': 'Voorlezen',
    'readAloud.start': 'Lees voor',
    'readAloud.startAbout': 'Lees voor: {about}',
    'readAloud.pause': 'Pauze',
    'readAloud.resume': 'Doorgaan',
    'readAloud.stop': 'Stop',
    'readAloud.now': 'Dit lezen we nu voor:',
  },
  en: {
    'readAloud.group': 'Read aloud',
    'readAloud.start': 'Read aloud',
    'readAloud.startAbout': 'Read aloud: {about}',
    'readAloud.pause': 'Pause',
    'readAloud.resume': 'Continue',
    'readAloud.stop': 'Stop',
    'readAloud.now': 'Now reading:',
  },
});
