import type { TextMap } from '../i18n/texts';

/** Polish texts of `readAloudTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const pl: TextMap = {
  'readAloud.group': 'Czytanie na głos',
  'readAloud.start': 'Przeczytaj na głos',
  'readAloud.startAbout': 'Przeczytaj na głos: {about}',
  'readAloud.pause': 'Pauza',
  'readAloud.resume': 'Czytaj dalej',
  'readAloud.stop': 'Zatrzymaj',
  'readAloud.now': 'Teraz czytamy:',
};
export default pl;
