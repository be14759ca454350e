import { GUARDIAN_CONSENT_AGE, type GuardianShares } from '@nabij/guardians/contracts';

/** Full years between a birth date and a day (both YYYY-MM-DD, Dutch calendar days). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = day.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * From 16 the pupil decides whether a parent sees anything. Without a known birth date we cannot tell
 * the pupil is younger, so consent is asked as well: the safe side.
 */
export function consentNeeded(birthDate: string | null, today: string): boolean {
  return birthDate === null || ageOn(birthDate, today) >= GUARDIAN_CONSENT_AGE;
}

const NOTHING: GuardianShares = { appointments: false, documents: false, messages: false };

/** What a parent sees now: the worker's choices, or nothing while a pupil who must consent has not. */
export function visibleShares(shares: GuardianShares, needsConsent: boolean, consentGiven: boolean): GuardianShares {
  return needsConsent && !consentGiven ? NOTHING : shares;
}
