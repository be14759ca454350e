import type { TextMap } from '@nabij/platform/portal';

/** Polish texts of `forumTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const pl: TextMap = {};
export default pl;
