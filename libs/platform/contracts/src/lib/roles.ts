export const ROLES = ['client', 'worker', 'team_lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work for the organisation (as opposed to clients). */
export const PROFESSIONAL_ROLES: readonly Role[] = ['worker', 'team_lead', 'admin'];
