/** The pg-boss queue of the CohortCreated event; the forum handles it by opening the group's closed forum. */
export const COHORT_CREATED = 'forum.cohort-created';

/** A trainer made a group (training cohort): its forum (same id) is for its participants and trainers only. */
export interface CohortCreated {
  cohortId: string;
  organisationId: string;
  /** The group's title, e.g. "Grip op geld, groep Leiden-Noord". */
  title: string;
  /** ISO time the group was made. */
  createdAt: string;
}
