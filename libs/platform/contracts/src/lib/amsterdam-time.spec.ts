import {
  amsterdamCalendarDate,
  formatAmsterdamDate,
  formatAmsterdamDay,
  formatAmsterdamDayTime,
  formatAmsterdamShortDateTime,
  formatAmsterdamTime,
} from './amsterdam-time';

describe('Amsterdam date and time formatting', () => {
  it('says weekday, date and time in Amsterdam winter time, without "om"/"at", in Dutch and English', () => {
    // 13:00 UTC in winter is 14:00 in Amsterdam.
    expect(formatAmsterdamDayTime('2026-11-26T13:00:00.000Z', 'nl-NL')).toBe('donderdag 26 november 14:00');
    expect(formatAmsterdamDayTime('2026-11-26T13:00:00.000Z', 'en-GB')).toBe('Thursday 26 November 14:00');
  });

  it('follows summer time', () => {
    expect(formatAmsterdamDayTime('2026-07-02T07:30:00.000Z', 'nl-NL')).toBe('donderdag 2 juli 09:30');
    expect(formatAmsterdamTime('2026-07-02T07:30:00.000Z', 'nl-NL')).toBe('09:30');
  });

  it('shows midnight as 00:00 and a late-evening UTC moment on the next Amsterdam day', () => {
    // 23:00 UTC on 1 March is midnight on Monday 2 March in Amsterdam.
    expect(formatAmsterdamTime('2026-03-01T23:00:00.000Z', 'en-GB')).toBe('00:00');
    expect(formatAmsterdamDay('2026-03-01T23:00:00.000Z', 'nl-NL')).toBe('maandag 2 maart');
    expect(amsterdamCalendarDate(new Date('2026-03-01T23:00:00.000Z'))).toBe('2026-03-02');
    expect(amsterdamCalendarDate('2026-03-01T22:59:00.000Z')).toBe('2026-03-01');
  });

  it('keeps a calendar date on its own day and writes a full date', () => {
    expect(formatAmsterdamDate('2026-11-04', 'nl-NL')).toBe('4 november 2026');
    expect(formatAmsterdamDate('2026-12-31T23:30:00.000Z', 'en-GB')).toBe('1 January 2027');
  });

  it('writes a compact date and time for lists', () => {
    expect(formatAmsterdamShortDateTime('2026-11-26T08:15:00.000Z', 'nl-NL')).toBe('26 nov, 09:15');
    expect(formatAmsterdamShortDateTime('2026-11-26T08:15:00.000Z', 'en-GB')).toBe('26 Nov, 09:15');
  });
});
