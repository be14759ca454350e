import { defineTexts } from '../i18n/texts';

/** The publish buttons of the editors (staff only: Dutch and English). */
export const publishActionsTexts = defineTexts({
  nl: {
    'platform.publish.changes': 'Wijzigingen publiceren',
    'platform.publish.discard': 'Wijzigingen weggooien',
    'platform.publish.publish': 'Publiceren',
    'platform.publish.unpublish': 'Offline halen',
    'platform.publish.publishTranslation': 'Vertaling publiceren',
    'platform.publish.unpublishTranslation': 'Vertaling offline halen',
  },
  en: {
    'platform.publish.changes': 'Publish changes',
    'platform.publish.discard': 'Discard changes',
    'platform.publish.publish': 'Publish',
    'platform.publish.unpublish': 'Take offline',
    'platform.publish.publishTranslation': 'Publish translation',
    'platform.publish.unpublishTranslation': 'Take translation offline',
  },
});
