import { readCsv } from './csv';

describe('readCsv', () => {
  it('reads ; separated rows (Dutch Excel) with their line numbers, skipping empty lines', () => {
    expect(readCsv('a;b\r\n1;2\r\n\r\n3;4')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('reads , separated rows when the header uses commas', () => {
    expect(readCsv('a,b\n1,"x; y"\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x; y'] },
    ]);
  });

  it('keeps quotes, separators and newlines inside quoted cells, and counts the lines they take', () => {
    expect(readCsv('a;b\n"Zeg ""hallo"";";"twee\nregels"\nc;d')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['Zeg "hallo";', 'twee\nregels'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
  });

  it('drops a byte-order mark before the header', () => {
    expect(readCsv('\uFEFFa;b\n1;2')[0].cells).toEqual(['a', 'b']);
  });
});
