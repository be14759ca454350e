/** A reading text split into blocks the template renders as elements (never as HTML). */
export type TextBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** "## " starts a heading, "- " a list item, any other non-empty line a paragraph. */
export function toTextBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('## ')) blocks.push({ kind: 'heading', text: line.slice(3).trim() });
    else if (line.startsWith('- ')) {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list') last.items.push(line.slice(2).trim());
      else blocks.push({ kind: 'list', items: [line.slice(2).trim()] });
    } else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks;
}

/** Captions: one line each; "[...]" lines describe the picture, "Name: text" lines are spoken. */
export function toCaptionLines(captions: string): Array<{ scene: boolean; text: string }> {
  return captions
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((text) => ({
      scene: text.startsWith('[') && text.endsWith(']'),
      text: text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text,
    }));
}
