import { appointmentSlots } from './appointment-slots';
import { ChatSchedule, isDutchPublicHoliday } from './chat-hours';

// Daily 15:00–17:00 plus Tue/Wed/Thu 19:00–21:00, as in the demo.
const schedule: ChatSchedule = {
  slots: [
    ...[1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '15:00', end: '17:00' })),
    ...[2, 3, 4].map((weekday) => ({ weekday, start: '19:00', end: '21:00' })),
  ],
  exceptions: [],
  isHoliday: isDutchPublicHoliday,
};
const opts = { minutes: 30, days: 7 };
const iso = (slots: Array<{ start: Date }>) => slots.map((s) => s.start.toISOString());

describe('chat appointment slots', () => {
  it('cuts the chat hours of the coming 7 days into 30-minute slots that start after now', () => {
    // Monday 2 March 2026, 15:40 Amsterdam (UTC+1): today only 16:00 and 16:30 are left.
    const slots = appointmentSlots(new Date('2026-03-02T14:40:00Z'), schedule, [], opts);
    expect(iso(slots).slice(0, 3)).toEqual(['2026-03-02T15:00:00.000Z', '2026-03-02T15:30:00.000Z', '2026-03-03T14:00:00.000Z']);
    expect(slots[0].end).toEqual(new Date('2026-03-02T15:30:00Z'));
    // Today 2, Tue–Sun 6 afternoons × 4, Tue/Wed/Thu evenings 3 × 4, next Monday 15:00 and 15:30 (before 15:40).
    expect(slots).toHaveLength(2 + 6 * 4 + 3 * 4 + 2);
    expect(slots.at(-1)!.start < new Date('2026-03-09T14:40:00Z')).toBe(true);
  });

  it('leaves out slots that overlap the worker’s planned appointments', () => {
    const busy = [{ start: new Date('2026-03-03T14:15:00Z'), end: new Date('2026-03-03T15:00:00Z') }];
    const slots = iso(appointmentSlots(new Date('2026-03-02T20:00:00Z'), schedule, busy, opts));
    expect(slots).not.toContain('2026-03-03T14:00:00.000Z');
    expect(slots).not.toContain('2026-03-03T14:30:00.000Z');
    expect(slots).toContain('2026-03-03T15:00:00.000Z');
  });

  it('skips public holidays and keeps local times across the DST change', () => {
    // Saturday 4 April 2026: Easter Sunday and Monday are closed; summer time (UTC+2).
    const slots = iso(appointmentSlots(new Date('2026-04-04T18:00:00Z'), schedule, [], opts));
    expect(slots.some((s) => s.startsWith('2026-04-05') || s.startsWith('2026-04-06'))).toBe(false);
    expect(slots[0]).toBe('2026-04-07T13:00:00.000Z');
    // Saturday 28 March (UTC+1) → Sunday 29 March (UTC+2): both start at 15:00 local.
    const dst = iso(appointmentSlots(new Date('2026-03-28T10:00:00Z'), schedule, [], opts));
    expect(dst).toContain('2026-03-28T14:00:00.000Z');
    expect(dst).toContain('2026-03-29T13:00:00.000Z');
  });
});
