import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, snippetParts } from './highlight';

describe('snippetParts', () => {
  it('splits a snippet into plain text and matches', () => {
    expect(snippetParts(`Heb je ${S}schulden${E}? Bel ${S}Geldfit${E}.`)).toEqual([
      { text: 'Heb je ', match: false },
      { text: 'schulden', match: true },
      { text: '? Bel ', match: false },
      { text: 'Geldfit', match: true },
      { text: '.', match: false },
    ]);
  });

  it('keeps markup as text and drops a stray marker', () => {
    expect(snippetParts(`<b>x</b> ${S}y`)).toEqual([{ text: '<b>x</b> y', match: false }]);
  });
});
