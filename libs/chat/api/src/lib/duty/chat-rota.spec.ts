import { ChatSchedule, isDutchPublicHoliday } from '../hours/chat-hours';
import { rotaSlotsOn } from './chat-rota';
import type { DutyLineRow } from './duty-roster.repository';

const schedule: ChatSchedule = {
  slots: [
    { weekday: 1, start: '15:00', end: '17:00' },
    { weekday: 1, start: '19:00', end: '21:00' },
  ],
  exceptions: [],
  isHoliday: isDutchPublicHoliday,
};
const line = (id: string, when: { weekday?: number; on_date?: string }, starts_at: string, ends_at: string): DutyLineRow => ({
  id,
  worker_id: `w-${id}`,
  worker_name: id,
  worker_team_id: 'team',
  weekday: when.weekday ?? null,
  on_date: when.on_date ?? null,
  starts_at,
  ends_at,
});

describe('rota slots of a day', () => {
  it('puts weekly and dated lines on the openings they overlap, and only those', () => {
    const lines = [
      line('weekly', { weekday: 1 }, '15:00', '16:00'),
      line('dated', { on_date: '2026-03-02' }, '19:30', '21:00'),
      line('otherDay', { on_date: '2026-03-09' }, '15:00', '17:00'),
      line('morning', { weekday: 1 }, '09:00', '15:00'),
    ];
    const slots = rotaSlotsOn('2026-03-02', schedule, lines, () => true);
    expect(slots.map((s) => [s.start, s.end, s.duty.map((d) => d.id)])).toEqual([
      ['15:00', '17:00', ['weekly']],
      ['19:00', '21:00', ['dated']],
    ]);
    expect(slots[0].duty[0]).toMatchObject({ weekly: true, editable: true });
  });

  it('shows no openings on a Dutch public holiday (Easter Monday 2026)', () => {
    expect(rotaSlotsOn('2026-04-06', schedule, [line('weekly', { weekday: 1 }, '15:00', '17:00')], () => true)).toEqual([]);
  });
});
