/** `guardian`: a parent or carer a worker invited to follow a pupil's case (school social work, issue 17). */
export const ROLES = ['client', 'worker', 'team_lead', 'admin', 'guardian'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work for the organisation (as opposed to clients). */
export const PROFESSIONAL_ROLES: readonly Role[] = ['worker', 'team_lead', 'admin'];
