import type { Role } from '@nabij/platform/contracts';

export const STAFF_ROLES = ['worker', 'team_lead', 'admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A staff account of the admin's own organisation, as the "Medewerkers" page lists it. */
export interface StaffMember {
  id: string;
  name: string | null;
  email: string;
  role: StaffRole;
  teamId: string | null;
  teamName: string | null;
  /** ISO time the account was deactivated; null while it is active. */
  deactivatedAt: string | null;
}

/** Change role and/or team; `teamId: null` takes the account out of every team. */
export interface UpdateStaffRequest {
  role?: StaffRole;
  teamId?: string | null;
}

/** Body of the 409 `staff_has_work` on deactivate: what must be handed over first. */
export interface StaffOpenWork {
  cases: Array<{ id: string; clientId: string; clientName: string | null; openedOn: string }>;
}

export interface HandOverWorkRequest {
  toWorkerId: string;
}

export interface HandOverWorkResult {
  cases: number;
}

/** 409 codes of the staff routes. */
export const STAFF_HAS_WORK = 'staff_has_work';
export const STAFF_OWN_ACCOUNT = 'staff_own_account';
