import { FAMILY_QUESTIONNAIRE } from '../questionnaires/family-questionnaire';
import { addDays, plannedTasks } from './follow-ups';

const TODAY = '2026-12-01';

describe('plannedTasks', () => {
  it('plans a call-back on the day the family named, and a follow-up with what they asked help for', () => {
    const tasks = plannedTasks(
      FAMILY_QUESTIONNAIRE,
      { iets_doen: true, hulp_bij: ['geld', 'computer'], toestemming: true, nog_eens_bellen: true, wanneer_bellen: '2026-12-15' },
      TODAY,
    );
    expect(tasks).toEqual([
      { kind: 'follow_up', dueOn: '2026-12-03', note: 'Waarmee kunnen we je helpen? Geld en schulden, Een computer of internet' },
      { kind: 'call_back', dueOn: '2026-12-15', note: null },
    ]);
  });

  it('plans nothing for no, and never a call-back before today', () => {
    expect(plannedTasks(FAMILY_QUESTIONNAIRE, { iets_doen: false, nog_eens_bellen: false }, TODAY)).toEqual([]);
    expect(plannedTasks(FAMILY_QUESTIONNAIRE, { iets_doen: false, nog_eens_bellen: true, wanneer_bellen: '2026-11-20' }, TODAY)).toEqual([
      { kind: 'call_back', dueOn: TODAY, note: null },
    ]);
  });

  it('falls back to a week later when a call-back has no day', () => {
    expect(plannedTasks(FAMILY_QUESTIONNAIRE, { nog_eens_bellen: true }, TODAY)).toEqual([
      { kind: 'call_back', dueOn: '2026-12-08', note: null },
    ]);
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
