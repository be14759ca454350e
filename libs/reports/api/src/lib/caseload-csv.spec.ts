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

describe('CSV for Dutch Excel (dialect excel-nl)', () => {
  const row = {
    financier: 'Gemeente Alphen aan den Rijn; Kaag',
    kindOfWorkName: 'Algemeen MW',
    closedWithOd: 3,
    avgThroughputDaysWithOd: 42.5,
    totalTimeWithOd: '12:30',
  } as unknown as CaseloadRow;

  it('starts with a byte order mark, separates with semicolons, writes Dutch headers and CRLF lines', () => {
    const csv = caseloadCsv([row], 'excel-nl');
    expect(csv.startsWith('\uFEFFFinancier;Soort werk;Afgesloten casussen met online dossier;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('writes decimal commas, quotes a text with a semicolon and keeps durations and whole numbers as they are', () => {
    const [, line] = caseloadCsv([row], 'excel-nl').split('\r\n');
    const cells = line.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(cells[0]).toBe('"Gemeente Alphen aan den Rijn; Kaag"');
    expect(cells[2]).toBe('3');
    expect(cells[5]).toBe('12:30');
    expect(cells[7]).toBe('42,5');
  });

  it('leaves the default CSV for programs as it was: commas, keys as headers, dots, no BOM', () => {
    const csv = caseloadCsv([row]);
    expect(csv.startsWith('financier,kind_of_work,')).toBe(true);
    expect(csv).toContain(',42.5,');
  });
});
