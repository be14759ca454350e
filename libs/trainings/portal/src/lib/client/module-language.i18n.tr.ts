import type { TextMap } from '@nabij/platform/portal';

/** Turkish texts of `moduleLanguageTexts`: exactly the Dutch keys, in plain words (B1). */
const tr: TextMap = {
  'trainingLang.moduleNote': 'Bu modül henüz Türkçe değil. Hollandaca metni okuyorsunuz.',
};
export default tr;
