import type { TextMap } from '@nabij/platform/portal';

/** Polish texts of `moduleLanguageTexts`: exactly the Dutch keys, in plain words (B1). */
const pl: TextMap = {
  'trainingLang.moduleNote': 'Tego modułu nie ma jeszcze po polsku. Czytasz tekst po niderlandzku.',
};
export default pl;
