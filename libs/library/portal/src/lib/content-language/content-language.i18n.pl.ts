import type { TextMap } from '@nabij/platform/portal';

/** Polish texts of `contentLanguageTexts`: exactly the Dutch keys, in plain words (B1). */
const pl: TextMap = {
  'contentLang.articleNote': 'Tego artykułu nie ma jeszcze po polsku. Czytasz tekst po niderlandzku.',
  'contentLang.faqNote': 'Tych pytań i odpowiedzi nie ma jeszcze po polsku. Czytasz tekst po niderlandzku.',
  'contentLang.inDutch': 'Po niderlandzku',
};
export default pl;
