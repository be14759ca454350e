import type { TextMap } from '@nabij/platform/portal';

/** Arabic (right to left) texts of `videoTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const ar: TextMap = {};
export default ar;
