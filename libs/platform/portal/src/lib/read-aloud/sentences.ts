/** One sentence to read: its text and where it sits in the indexed text (for highlighting). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** The readable text of an element, with where each of its text nodes starts in that text. */
export interface TextIndex {
  text: string;
  pieces: { node: Text; start: number }[];
}

/** Elements whose text is not read: the read-aloud buttons themselves, hidden parts, code. */
const SKIP = 'nb-read-aloud, script, style, template, [hidden], [aria-hidden="true"]';
const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;

/**
 * Walks the text nodes of `root`. Text in different blocks (a heading and the paragraph under it)
 * is joined with a line break, so a heading without a full stop still ends its own sentence.
 */
export function indexText(root: Element): TextIndex {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) => {
      const skipped = node.parentElement?.closest(SKIP);
      return skipped && root.contains(skipped) ? 2 /* FILTER_REJECT */ : 1; /* FILTER_ACCEPT */
    },
  });
  const pieces: TextIndex['pieces'] = [];
  let text = '';
  let lastBlock: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node, root);
    if (text && block !== lastBlock) text += '\n';
    lastBlock = block;
    pieces.push({ node, start: text.length });
    text += node.data;
  }
  return { text, pieces };
}

function blockOf(node: Node, root: Element): Element {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (BLOCK.test(el.tagName)) return el;
  }
  return root;
}

/**
 * Splits text into sentences in the reader's language: `Intl.Segmenter` where the browser has it,
 * else on full stops, question and exclamation marks (the Arabic one too) and line breaks.
 * Empty pieces (only spaces) are dropped; each sentence keeps its place in `text`.
 */
export function splitSentences(text: string, lang: string): Sentence[] {
  const raw: { segment: string; index: number }[] = [];
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    for (const s of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) raw.push(s);
  } else {
    for (const m of text.matchAll(/[^.!?؟\n]+[.!?؟]*\s*|\n+/g)) raw.push({ segment: m[0], index: m.index ?? 0 });
  }
  const sentences: Sentence[] = [];
  for (const { segment, index } of raw) {
    // A segmenter keeps a line break inside a sentence when no full stop came before it.
    let offset = index;
    for (const line of segment.split('\n')) {
      const lead = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (trimmed) sentences.push({ text: trimmed, start: offset + lead, end: offset + lead + trimmed.length });
      offset += line.length + 1;
    }
  }
  return sentences;
}

/** A DOM range over `[start, end)` of an indexed text, for the highlight. */
export function rangeOf(index: TextIndex, start: number, end: number): Range | null {
  const from = locate(index, start, 'start');
  const to = locate(index, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function locate(index: TextIndex, at: number, edge: 'start' | 'end'): { node: Text; offset: number } | null {
  for (const piece of index.pieces) {
    const end = piece.start + piece.node.data.length;
    if (edge === 'start' ? at < end : at <= end && at > piece.start) {
      return { node: piece.node, offset: Math.max(0, at - piece.start) };
    }
  }
  return null;
}
