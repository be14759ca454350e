import { weeklyHoursProblems } from './chat-hours-rules';

describe('weekly chat hours rules', () => {
  it('accepts touching slots and equal hours on different weekdays', () => {
    expect(
      weeklyHoursProblems([
        { weekday: 2, start: '15:00', end: '17:00' },
        { weekday: 2, start: '17:00', end: '18:00' },
        { weekday: 3, start: '15:00', end: '17:00' },
      ]),
    ).toBeNull();
  });

  it('names the end of a slot that does not end after its start', () => {
    expect(weeklyHoursProblems([{ weekday: 1, start: '17:00', end: '15:00' }])).toEqual({
      'slots.0.end': ['end must be later than start'],
    });
  });

  it('names the later of two overlapping slots on one weekday, and the earlier it overlaps', () => {
    expect(
      weeklyHoursProblems([
        { weekday: 4, start: '19:00', end: '21:00' },
        { weekday: 1, start: '15:00', end: '17:00' },
        { weekday: 4, start: '20:30', end: '22:00' },
      ]),
    ).toEqual({ 'slots.2.start': ['slots.2 overlaps slots.0 on the same weekday'] });
  });
});
