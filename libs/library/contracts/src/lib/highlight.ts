/**
 * The API marks the matched words of a search snippet with these characters (ts_headline's StartSel
 * and StopSel). Library content may not contain them, so the portal can split on them and show the
 * matches as <mark> elements through text bindings: no HTML from the snippet is ever rendered.
 */
export const HIGHLIGHT_START = '\u27e6';
export const HIGHLIGHT_END = '\u27e7';

export interface SnippetPart {
  text: string;
  match: boolean;
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start < 0) break;
    const end = rest.indexOf(HIGHLIGHT_END, start + 1);
    if (end < 0) break;
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    parts.push({ text: rest.slice(start + 1, end), match: true });
    rest = rest.slice(end + 1);
  }
  const plain = rest.split(HIGHLIGHT_START).join('').split(HIGHLIGHT_END).join('');
  if (plain) parts.push({ text: plain, match: false });
  return parts;
}
