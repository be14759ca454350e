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

  it('writes every shape exactly as Intl does in both portal locales, every three hours over three years and minute by minute around each clock change', () => {
    const intl = (locale: string, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Amsterdam', ...options });
    const moments: Date[] = [];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2028, 0, 1); t += 3 * 3_600_000 + 7 * 60_000) moments.push(new Date(t));
    // 00:58–01:02 UTC on the last Sundays of March and October: the switch is at 01:00 UTC.
    for (const [y, m, d] of [
      [2026, 2, 29],
      [2026, 9, 25],
      [2027, 2, 28],
      [2027, 9, 31],
    ])
      for (let minute = -2; minute <= 2; minute++) moments.push(new Date(Date.UTC(y, m, d, 1, minute)));
    for (const locale of ['nl-NL', 'en-GB']) {
      const date = intl(locale, { day: 'numeric', month: 'long', year: 'numeric' });
      const day = intl(locale, { weekday: 'long', day: 'numeric', month: 'long' });
      const time = intl(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      const short = intl(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      const calendar = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
      const wrong = moments.filter(
        (at) =>
          formatAmsterdamDate(at.toISOString(), locale) !== date.format(at) ||
          formatAmsterdamDay(at, locale) !== day.format(at) ||
          formatAmsterdamTime(at, locale) !== time.format(at) ||
          formatAmsterdamShortDateTime(at, locale) !== short.format(at) ||
          amsterdamCalendarDate(at) !== calendar.format(at),
      );
      expect(wrong.map((at) => at.toISOString())).toEqual([]);
    }
    expect(moments.length).toBeGreaterThan(8_000);
  });

  it('refuses an invalid moment as Intl does, and leaves other locales to Intl', () => {
    expect(() => formatAmsterdamTime('not a date', 'nl-NL')).toThrow(RangeError);
    expect(formatAmsterdamDay('2026-11-26T13:00:00.000Z', 'de-DE')).toBe('Donnerstag, 26. November');
  });

  // The portal's client languages beyond Dutch and English (I18n.locale()): they go through Intl,
  // still in Amsterdam time and with 24-hour clocks; Arabic with Western digits, as the portal asks.
  describe.each([
    ['ar-u-nu-latn', { month: 'نوفمبر', weekday: 'الخميس', summer: 'يوليو', march: 'الاثنين' }],
    ['tr-TR', { month: 'Kasım', weekday: 'Perşembe', summer: 'Temmuz', march: 'Pazartesi' }],
    ['pl-PL', { month: 'listopada', weekday: 'czwartek', summer: 'lipca', march: 'poniedziałek' }],
  ] as const)('in %s', (locale, names) => {
    it('says weekday, date and time in Amsterdam winter and summer time', () => {
      const winter = formatAmsterdamDayTime('2026-11-26T13:00:00.000Z', locale);
      expect(winter).toContain(names.weekday);
      expect(winter).toContain(`26 ${names.month}`);
      expect(winter).toMatch(/14:00$/);
      const summer = formatAmsterdamDayTime('2026-07-02T07:30:00.000Z', locale);
      expect(summer).toContain(`2 ${names.summer}`);
      expect(summer).toMatch(/09:30$/);
    });

    it('shows midnight as 00:00 on the next Amsterdam day, and full and compact dates', () => {
      expect(formatAmsterdamTime('2026-03-01T23:00:00.000Z', locale)).toBe('00:00');
      expect(formatAmsterdamDay('2026-03-01T23:00:00.000Z', locale)).toContain(names.march);
      expect(formatAmsterdamDate('2026-11-04', locale)).toBe(`4 ${names.month} 2026`);
      expect(formatAmsterdamDate('2026-12-31T23:30:00.000Z', locale)).toMatch(/^1 \S+ 2027$/);
      expect(formatAmsterdamShortDateTime('2026-11-26T08:15:00.000Z', locale)).toMatch(/^26 \S+ 09:15$/);
    });

    it('writes Western digits', () => {
      const all = [
        formatAmsterdamDayTime('2026-11-26T13:00:00.000Z', locale),
        formatAmsterdamShortDateTime('2026-11-26T08:15:00.000Z', locale),
        new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(1234.5),
      ].join(' ');
      expect(all).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
    });
  });
});
