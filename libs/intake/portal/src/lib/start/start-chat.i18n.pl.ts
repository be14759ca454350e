import type { TextMap } from '@nabij/platform/portal';

/** Polish texts of `startChatTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const pl: TextMap = {
  'intake.start.chatTitle': 'Wolisz najpierw porozmawiać na czacie anonimowo?',
  'intake.start.chatText': 'Nie musisz zakładać konta. Wpisujesz tylko swój kod pocztowy.',
  'intake.start.chatLink': 'Czat anonimowy',
};
export default pl;
