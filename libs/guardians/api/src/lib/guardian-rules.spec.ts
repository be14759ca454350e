import { ageOn, consentNeeded, visibleShares } from './guardian-rules';

describe('guardian rules', () => {
  it('counts full years: the birthday itself makes the new age, the day before not yet', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
    expect(ageOn('2010-06-15', '2026-12-01')).toBe(16);
    expect(ageOn('2010-12-31', '2026-01-01')).toBe(15);
  });

  it('asks the pupil for consent from 16, and when the birth date is unknown', () => {
    expect(consentNeeded('2010-12-02', '2026-12-01')).toBe(false);
    expect(consentNeeded('2010-12-01', '2026-12-01')).toBe(true);
    expect(consentNeeded(null, '2026-12-01')).toBe(true);
  });

  it("shows the worker's choices under 16, and nothing from 16 until the pupil consents", () => {
    const shares = { appointments: true, documents: false, messages: true };
    expect(visibleShares(shares, false, false)).toEqual(shares);
    expect(visibleShares(shares, true, false)).toEqual({ appointments: false, documents: false, messages: false });
    expect(visibleShares(shares, true, true)).toEqual(shares);
  });
});
