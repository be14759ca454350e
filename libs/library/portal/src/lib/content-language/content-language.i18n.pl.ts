import type { TextMap } from '@nabij/platform/portal';

/** Polish texts of `contentLanguageTexts`: exactly the Dutch keys, in plain words (B1). */
const pl: TextMap = {
  'contentLang.articleNote': 'Tego artykułu nie ma jeszcze po polsku. Czytasz tekst po niderlandzku.',
  'contentLang.faqNote': 'Tych pytań i odpowiedzi nie ma jeszcze po polsku. Czytasz tekst po niderlandzku.',
  'contentLang.inDutch': 'Po niderlandzku',
  'contentLang.selfTestNote': 'Tego testu nie ma jeszcze po polsku. Robisz test po niderlandzku.',
  'contentLang.exerciseNote': 'Tego ćwiczenia nie ma jeszcze po polsku. Czytasz tekst po niderlandzku.',
};
export default pl;
