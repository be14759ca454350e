import type { TextMap } from './texts';

/** Polish texts of `languageTexts`: exactly the Dutch keys, in plain words (B1). */
const pl: TextMap = {
  'language.label': 'Język',
  'language.choice.title': 'Język / Taal',
};
export default pl;
