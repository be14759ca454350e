import type { TextMap } from '../i18n/texts';

/** Arabic (right to left) texts of `readAloudTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const ar: TextMap = {
  'readAloud.group': 'القراءة بصوت عالٍ',
  'readAloud.start': 'اقرأ لي',
  'readAloud.startAbout': 'اقرأ لي: {about}',
  'readAloud.pause': 'توقف مؤقت',
  'readAloud.resume': 'تابع',
  'readAloud.stop': 'إيقاف',
  'readAloud.now': 'نقرأ الآن:',
};
export default ar;
