import { normalisePhone, parseFamilyCsv } from './family-csv';

describe('parseFamilyCsv', () => {
  it('reads a semicolon file as Excel writes it, with quotes, optional columns and blank lines', () => {
    const { rows, problems } = parseFamilyCsv(
      '\uFEFFNaam;Telefoon;Postcode;School\r\nFam. El Amrani;06-12345678;2312ab;"De Regenboog; Leiden"\r\n\r\nJansen;+31 71 512 3456;;\r\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, familyName: 'Fam. El Amrani', phone: '0612345678', postcode: '2312 AB', school: 'De Regenboog; Leiden' },
      { line: 4, familyName: 'Jansen', phone: '0715123456', postcode: null, school: null },
    ]);
  });

  it('reads a comma file and finds the columns by name in any order', () => {
    const { rows } = parseFamilyCsv('telefoon,naam\n0612345678,De Vries\n');
    expect(rows).toEqual([{ line: 2, familyName: 'De Vries', phone: '0612345678', postcode: null, school: null }]);
  });

  it('reports every wrong line with its number and field, and then imports nothing', () => {
    const { rows, problems } = parseFamilyCsv(
      'naam;telefoon;postcode\nGoed;0612345678;2312 AB\n;0612345679;\nBakker;12345;\nVisser;0612345678;99999\n',
    );
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { line: 3, field: 'naam', problem: 'De naam is leeg.' },
      { line: 4, field: 'telefoon', problem: expect.stringContaining('geen Nederlands telefoonnummer') },
      { line: 5, field: 'telefoon', problem: 'Dit nummer staat ook op regel 2.' },
      { line: 5, field: 'postcode', problem: 'Dit is geen postcode zoals 2312 AB.' },
    ]);
  });

  it('counts lines inside a quoted cell, so a later problem names the line a spreadsheet shows', () => {
    const { problems } = parseFamilyCsv('naam;telefoon\n"Twee\nregels";0612345678\nFout;0\n');
    expect(problems).toEqual([{ line: 4, field: 'telefoon', problem: expect.any(String) }]);
  });

  it('refuses a file without the naam or telefoon column, or without families', () => {
    expect(parseFamilyCsv('naam;postcode\nA;2312 AB\n').problems).toEqual([
      { line: 1, field: 'telefoon', problem: 'De kolom telefoon ontbreekt in de eerste regel.' },
    ]);
    expect(parseFamilyCsv('naam;telefoon\n').problems).toEqual([
      { line: 2, field: 'regel', problem: 'Er staan geen gezinnen in het bestand.' },
    ]);
    expect(parseFamilyCsv('').problems).toEqual([{ line: 1, field: 'regel', problem: 'Het bestand is leeg.' }]);
  });
});

describe('normalisePhone', () => {
  it.each([
    ['06 1234 5678', '0612345678'],
    ['+31612345678', '0612345678'],
    ['0031 (0)71 5123456', null],
    ['0031715123456', '0715123456'],
    ['0612', null],
    ['0012345678', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });
});
