import type { TextMap } from '@nabij/platform/portal';

/** Arabic (right to left) texts of `contentLanguageTexts`: exactly the Dutch keys, in plain words (B1). */
const ar: TextMap = {
  'contentLang.articleNote': 'هذا المقال غير متوفر بالعربية بعد. أنت تقرأ النص باللغة الهولندية.',
  'contentLang.faqNote': 'هذه الأسئلة والأجوبة غير متوفرة بالعربية بعد. أنت تقرأ النص باللغة الهولندية.',
  'contentLang.inDutch': 'باللغة الهولندية',
  'contentLang.selfTestNote': 'هذا الاختبار غير متوفر بالعربية بعد. أنت تقوم بالاختبار باللغة الهولندية.',
  'contentLang.exerciseNote': 'هذا التمرين غير متوفر بالعربية بعد. أنت تقرأ النص باللغة الهولندية.',
};
export default ar;
