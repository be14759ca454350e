import { isCalendarDate, isDateTime } from './date-validators';

describe('date validators', () => {
  it('accepts real calendar dates from 1900 to 2100 only', () => {
    expect(['1900-01-01', '2013-12-31', '2100-12-31', '2024-02-29'].filter(isCalendarDate)).toHaveLength(4);
    expect(
      ['0000-01-01', '9999-12-31', '1899-12-31', '2101-01-01', '2026-02-30', '2026-3-1', '2026-03-02T10:00:00Z'].filter(isCalendarDate),
    ).toEqual([]);
  });

  it('accepts ISO date-times PostgreSQL reads the same way, within 1900–2100', () => {
    expect(['2026-03-09T10:00:00+01:00', '2026-03-03T14:00:00.000Z', '2026-03-09'].every(isDateTime)).toBe(true);
    expect(
      [
        '0000-01-01T00:00:00Z',
        '9999-12-31T23:59:59-12:00',
        '2026-W10-1',
        '2026-068',
        '275760-09-13T00:00:00Z',
        '2026-02-30T10:00:00Z',
      ].filter(isDateTime),
    ).toEqual([]);
  });
});
