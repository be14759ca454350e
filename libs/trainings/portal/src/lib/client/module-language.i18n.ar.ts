import type { TextMap } from '@nabij/platform/portal';

/** Arabic (right to left) texts of `moduleLanguageTexts`: exactly the Dutch keys, in plain words (B1). */
const ar: TextMap = {
  'trainingLang.moduleNote': 'هذه الوحدة غير متوفرة بالعربية بعد. أنت تقرأ النص باللغة الهولندية.',
};
export default ar;
