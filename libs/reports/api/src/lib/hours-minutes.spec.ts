import { formatHoursMinutes, parseHoursMinutes } from './hours-minutes';

describe('hours:minutes as Table B writes them', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [60, '1:00'],
    [855, '14:15'],
    [552090, '9201:30'],
  ])('formats %p minutes as %p and reads it back', (minutes, text) => {
    expect(formatHoursMinutes(minutes)).toBe(text);
    expect(parseHoursMinutes(text)).toBe(minutes);
  });

  it('does not accept minutes of 60 or more', () => {
    expect(() => parseHoursMinutes('1:60')).toThrow();
  });
});
