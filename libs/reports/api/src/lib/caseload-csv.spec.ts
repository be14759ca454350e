import type { CaseloadRow } from '@nabij/reports/contracts';
import { caseloadCsv, csvCell } from './caseload-csv';

describe('csvCell (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+31 71 123', "'+31 71 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
  ])('prefixes text that a spreadsheet would run as a formula: %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('prefixes first and then quotes, so a formula with commas and quotes stays one text cell', () => {
    expect(csvCell('=HYPERLINK("http://x.test","klik")')).toBe(`"'=HYPERLINK(""http://x.test"",""klik"")"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves durations, counts, empty cells and ordinary names alone', () => {
    expect(csvCell('1039:15')).toBe('1039:15');
    expect(csvCell('0:59')).toBe('0:59');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvCell('Algemeen MW - materiele problematiek')).toBe('Algemeen MW - materiele problematiek');
    expect(csvCell('Alphen a/d Rijn, Gouda')).toBe('"Alphen a/d Rijn, Gouda"');
  });
});

describe('caseloadCsv', () => {
  it('writes a financier named like a formula as text and keeps the time columns as they are', () => {
    const row = {
      financier: '=cmd|calc',
      kindOfWorkName: '@Algemeen MW',
      closedWithOd: 3,
      totalTimeWithOd: '1039:15',
    } as unknown as CaseloadRow;
    const [, line] = caseloadCsv([row]).split('\n');
    const cells = line.split(',');
    expect(cells.slice(0, 3)).toEqual(["'=cmd|calc", "'@Algemeen MW", '3']);
    expect(cells[5]).toBe('1039:15');
  });
});
