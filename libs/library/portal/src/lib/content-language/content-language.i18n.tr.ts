import type { TextMap } from '@nabij/platform/portal';

/** Turkish texts of `contentLanguageTexts`: exactly the Dutch keys, in plain words (B1). */
const tr: TextMap = {
  'contentLang.articleNote': 'Bu yazı henüz Türkçe değil. Hollandaca metni okuyorsunuz.',
  'contentLang.faqNote': 'Bu sorular ve cevaplar henüz Türkçe değil. Hollandaca metni okuyorsunuz.',
  'contentLang.inDutch': 'Hollandaca',
  'contentLang.selfTestNote': 'Bu test henüz Türkçe değil. Testi Hollandaca yapıyorsunuz.',
  'contentLang.exerciseNote': 'Bu alıştırma henüz Türkçe değil. Hollandaca metni okuyorsunuz.',
};
export default tr;
