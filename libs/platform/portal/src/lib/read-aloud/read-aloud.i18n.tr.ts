import type { TextMap } from '../i18n/texts';

/** Turkish texts of `readAloudTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const tr: TextMap = {
  'readAloud.group': 'Sesli okuma',
  'readAloud.start': 'Sesli oku',
  'readAloud.startAbout': 'Sesli oku: {about}',
  'readAloud.pause': 'Duraklat',
  'readAloud.resume': 'Devam et',
  'readAloud.stop': 'Durdur',
  'readAloud.now': 'Şimdi okunan:',
};
export default tr;
