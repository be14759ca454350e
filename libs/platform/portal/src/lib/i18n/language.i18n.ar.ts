import type { TextMap } from './texts';

/** Arabic (right to left) texts of `languageTexts`: exactly the Dutch keys, in plain words (B1). */
const ar: TextMap = {
  'language.label': 'اللغة',
  'language.choice.title': 'اللغة / Taal',
};
export default ar;
