import { markdownToPlainText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists and links', () => {
    const html = renderMarkdown('## Wat kun je doen?\n\n- Bel [Geldfit](https://www.geldfit.nl)\n- Bel 0800-2000');
    expect(html).toContain('<h2>Wat kun je doen?</h2>');
    expect(html).toContain('<a href="https://www.geldfit.nl">Geldfit</a>');
  });

  it('passes no script: raw HTML stays text and javascript: links are refused', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(1))');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToPlainText('## Titel\n\nDit is **vet** en [een link](https://x.nl).\n\n- een\n- twee')).toBe(
      'Titel\nDit is vet en een link.\neen\ntwee',
    );
  });
});
