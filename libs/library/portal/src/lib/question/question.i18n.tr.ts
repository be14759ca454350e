import type { TextMap } from '@nabij/platform/portal';

/** Turkish texts of `questionTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const tr: TextMap = {};
export default tr;
