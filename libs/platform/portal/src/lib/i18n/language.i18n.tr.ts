import type { TextMap } from './texts';

/** Turkish texts of `languageTexts`: exactly the Dutch keys, in plain words (B1). */
const tr: TextMap = {
  'language.label': 'Dil',
  'language.choice.title': 'Dil / Taal',
};
export default tr;
