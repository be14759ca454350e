import MarkdownIt from 'markdown-it';

/**
 * Articles are Markdown. Raw HTML in the source is shown as text, never passed on (html: false), and
 * markdown-it refuses javascript:, vbscript: and data: links: what comes out holds no script. The
 * portal binds it through Angular's sanitiser as well.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/** The words of the Markdown without its markup, for search and snippets. */
export function markdownToPlainText(source: string): string {
  const blocks: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type !== 'inline') continue;
    const text = (token.children ?? [])
      .map((child) =>
        child.type === 'softbreak' || child.type === 'hardbreak'
          ? ' '
          : child.type === 'text' || child.type === 'code_inline'
            ? child.content
            : '',
      )
      .join('');
    if (text.trim()) blocks.push(text.trim());
  }
  return blocks.join('\n');
}
