import { chartCsv } from './chart-csv';

describe('chartCsv', () => {
  it('writes what Dutch Excel opens: BOM, semicolons, the headers as shown, decimal commas, empty for no data', () => {
    const csv = chartCsv(
      ['Periode', 'Op tijd beantwoord', 'Op tijd / geteld'],
      [
        ['januari 2026', 92.5, '37 / 40'],
        ['februari 2026', null, '0 / 0'],
        ['maart 2026', 100, '12 / 12'],
      ],
    );
    expect(csv).toBe(
      '\uFEFFPeriode;Op tijd beantwoord;Op tijd / geteld\r\njanuari 2026;92,5;37 / 40\r\nfebruari 2026;;0 / 0\r\nmaart 2026;100;12 / 12\r\n',
    );
  });

  it('keeps a label that could start a formula as text, and quotes one with a semicolon', () => {
    expect(chartCsv(['Financier', 'Uren'], [['=Gemeente; Leiden', 3]])).toBe('\uFEFFFinancier;Uren\r\n"\'=Gemeente; Leiden";3\r\n');
  });
});
