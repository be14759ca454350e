import { chatHoursStatus, ChatSchedule, isDutchPublicHoliday, openingsOn, WeeklySlot } from './chat-hours';

// Daily 15:00–17:00 plus Tue/Wed/Thu evenings 19:00–21:00, as in the domain description.
const slots: WeeklySlot[] = [
  ...[1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '15:00', end: '17:00' })),
  ...[2, 3, 4].map((weekday) => ({ weekday, start: '19:00', end: '21:00' })),
];
const schedule = (extra: Partial<ChatSchedule> = {}): ChatSchedule => ({
  slots,
  exceptions: [],
  isHoliday: isDutchPublicHoliday,
  ...extra,
});
const at = (iso: string) => chatHoursStatus(new Date(iso), schedule());

describe('chat hours', () => {
  it('is open during the afternoon hour and says when it closes (winter time, UTC+1)', () => {
    // Monday 2 March 2026, 15:30 in Amsterdam.
    expect(at('2026-03-02T14:30:00Z')).toEqual({ open: true, closesAt: new Date('2026-03-02T16:00:00Z'), nextOpensAt: null });
  });

  it('is closed in the morning and opens at 15:00 the same day', () => {
    expect(at('2026-03-02T09:00:00Z')).toEqual({ open: false, closesAt: null, nextOpensAt: new Date('2026-03-02T14:00:00Z') });
  });

  it('opens on Tuesday evening but not on Monday evening', () => {
    // Monday 19:30 local: closed; next opening Tuesday 15:00.
    expect(at('2026-03-02T18:30:00Z').nextOpensAt).toEqual(new Date('2026-03-03T14:00:00Z'));
    // Tuesday 19:30 local: open until 21:00.
    expect(at('2026-03-03T18:30:00Z')).toMatchObject({ open: true, closesAt: new Date('2026-03-03T20:00:00Z') });
    // Tuesday 17:30 local: between the two openings.
    expect(at('2026-03-03T16:30:00Z')).toMatchObject({ open: false, nextOpensAt: new Date('2026-03-03T18:00:00Z') });
  });

  it('treats the closing minute as closed', () => {
    expect(at('2026-03-02T16:00:00Z')).toMatchObject({ open: false, nextOpensAt: new Date('2026-03-03T14:00:00Z') });
  });

  it('is closed on a Dutch public holiday and finds the next opening across days', () => {
    // Easter Sunday and Monday 2026 (5 and 6 April) are public holidays: Saturday 4 April 17:30 → Tuesday 7 April 15:00 (summer time).
    expect(isDutchPublicHoliday('2026-04-05')).toBe(true);
    expect(isDutchPublicHoliday('2026-04-06')).toBe(true);
    expect(at('2026-04-05T13:30:00Z').open).toBe(false);
    expect(at('2026-04-04T15:30:00Z')).toMatchObject({ open: false, nextOpensAt: new Date('2026-04-07T13:00:00Z') });
    // Christmas on a Friday, Boxing Day on Saturday: Thursday 24 December evening → Sunday 27 December 15:00.
    expect(at('2026-12-24T20:30:00Z').nextOpensAt).toEqual(new Date('2026-12-27T14:00:00Z'));
  });

  it('keeps 15:00 local across the spring DST change (last Sunday of March)', () => {
    // Saturday 28 March 2026 still UTC+1; Sunday 29 March already UTC+2.
    expect(openingsOn('2026-03-28', schedule())[0].start).toEqual(new Date('2026-03-28T14:00:00Z'));
    expect(openingsOn('2026-03-29', schedule())[0].start).toEqual(new Date('2026-03-29T13:00:00Z'));
    // Just after the clocks jumped (03:30 local on the 29th): opens at 15:00 summer time.
    expect(at('2026-03-29T01:30:00Z').nextOpensAt).toEqual(new Date('2026-03-29T13:00:00Z'));
    expect(at('2026-03-29T13:30:00Z')).toMatchObject({ open: true, closesAt: new Date('2026-03-29T15:00:00Z') });
  });

  it('keeps 15:00 local across the autumn DST change (last Sunday of October)', () => {
    // Sunday 25 October 2026 is back on UTC+1.
    expect(openingsOn('2026-10-24', schedule())[0].start).toEqual(new Date('2026-10-24T13:00:00Z'));
    expect(openingsOn('2026-10-25', schedule())[0].start).toEqual(new Date('2026-10-25T14:00:00Z'));
    expect(at('2026-10-25T13:30:00Z')).toMatchObject({ open: false, nextOpensAt: new Date('2026-10-25T14:00:00Z') });
    // Thursday 29 October, evening hour in winter time.
    expect(at('2026-10-29T18:30:00Z')).toMatchObject({ open: true, closesAt: new Date('2026-10-29T20:00:00Z') });
  });

  it('applies cancelled days, cancelled hours and extra hours', () => {
    const s = schedule({
      exceptions: [
        { date: '2026-03-02', kind: 'cancelled' },
        { date: '2026-03-03', kind: 'cancelled', start: '19:00', end: '21:00' },
        { date: '2026-03-04', kind: 'extra', start: '10:00', end: '11:00' },
        // Opening on a holiday anyway.
        { date: '2026-04-06', kind: 'extra', start: '15:00', end: '16:00' },
      ],
    });
    expect(chatHoursStatus(new Date('2026-03-02T14:30:00Z'), s)).toMatchObject({
      open: false,
      nextOpensAt: new Date('2026-03-03T14:00:00Z'),
    });
    expect(chatHoursStatus(new Date('2026-03-03T18:30:00Z'), s)).toMatchObject({
      open: false,
      nextOpensAt: new Date('2026-03-04T09:00:00Z'),
    });
    expect(chatHoursStatus(new Date('2026-03-04T09:30:00Z'), s)).toMatchObject({ open: true, closesAt: new Date('2026-03-04T10:00:00Z') });
    expect(openingsOn('2026-04-06', s)).toEqual([{ start: new Date('2026-04-06T13:00:00Z'), end: new Date('2026-04-06T14:00:00Z') }]);
  });

  it('merges touching openings so closesAt is the real end', () => {
    const s = schedule({ exceptions: [{ date: '2026-03-02', kind: 'extra', start: '17:00', end: '18:00' }] });
    expect(chatHoursStatus(new Date('2026-03-02T14:30:00Z'), s).closesAt).toEqual(new Date('2026-03-02T17:00:00Z'));
  });

  it('says nothing is planned when there are no hours at all', () => {
    expect(chatHoursStatus(new Date('2026-03-02T14:30:00Z'), schedule({ slots: [] }))).toEqual({
      open: false,
      closesAt: null,
      nextOpensAt: null,
    });
  });
});
