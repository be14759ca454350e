import { toCaptionLines, toTextBlocks } from './text-blocks';

describe('toTextBlocks', () => {
  it('turns headings, paragraphs and list items into blocks, grouping adjacent list items', () => {
    expect(toTextBlocks('## Kop\nEen zin.\n\n- een\n- twee\nNog een zin.')).toEqual([
      { kind: 'heading', text: 'Kop' },
      { kind: 'paragraph', text: 'Een zin.' },
      { kind: 'list', items: ['een', 'twee'] },
      { kind: 'paragraph', text: 'Nog een zin.' },
    ]);
  });

  it('keeps markup-looking text as plain text', () => {
    expect(toTextBlocks('<b>vet</b>')).toEqual([{ kind: 'paragraph', text: '<b>vet</b>' }]);
  });
});

describe('toCaptionLines', () => {
  it('marks scene descriptions apart from spoken lines', () => {
    expect(toCaptionLines('[Een flat.]\nSanne: Hoi.')).toEqual([
      { scene: true, text: 'Een flat.' },
      { scene: false, text: 'Sanne: Hoi.' },
    ]);
  });
});
