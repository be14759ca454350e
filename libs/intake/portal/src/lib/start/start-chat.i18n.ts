import { defineTexts } from '@nabij/platform/portal';

/** The start page's way to an anonymous chat (the chat pages themselves live in libs/chat/portal). */
export const startChatTexts = defineTexts({
  more: {
    ar: () => import('./start-chat.i18n.ar'),
    tr: () => import('./start-chat.i18n.tr'),
    pl: () => import('./start-chat.i18n.pl'),
  },
  nl: {
    'intake.start.chatTitle': 'Liever eerst anoniem chatten?',
    'intake.start.chatText': 'Je hoeft geen account te maken. Je vult alleen je postcode in.',
    'intake.start.chatLink': 'Anoniem chatten',
  },
  en: {
    'intake.start.chatTitle': 'Rather chat anonymously first?',
    'intake.start.chatText': 'You do not need an account. You only fill in your postcode.',
    'intake.start.chatLink': 'Chat anonymously',
  },
});
