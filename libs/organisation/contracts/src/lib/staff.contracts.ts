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
  /** May be a training's trainer. */
  canTrain: boolean;
  /** May be put on the chat duty rota. */
  chatDuty: boolean;
  /** May write and publish library content (admins may anyway). */
  libraryEditor: boolean;
}

/** Change role and/or team; `teamId: null` takes the account out of every team. */
export interface UpdateStaffRequest {
  role?: StaffRole;
  teamId?: string | null;
  canTrain?: boolean;
  chatDuty?: boolean;
  libraryEditor?: boolean;
}

/**
 * Body of the 409 `staff_has_work` on deactivate: what must be handed over first. Open cases, the
 * message threads of those cases that wait for this person's answer (they move with the case), and
 * training enrolments they coach as the training's trainer or whose homework waits for their feedback.
 */
export interface StaffOpenWork {
  cases: Array<{ id: string; clientId: string; clientName: string | null; openedOn: string }>;
  /** `caseClosed`: the case was closed after the client wrote; the hand-over moves that closed case too. */
  threads: Array<{ id: string; caseId: string; caseClosed: boolean; clientName: string | null; waitingSince: string; dueAt: string }>;
  enrolments: Array<{ id: string; clientName: string | null; trainingTitle: string }>;
  /** Groups (cohorts) that still meet and have this person as their only trainer. */
  groups: Array<{ id: string; title: string; trainingTitle: string }>;
}

export interface HandOverWorkRequest {
  toWorkerId: string;
}

export interface HandOverWorkResult {
  cases: number;
  /** Waiting message threads that moved along with their case. */
  threads: number;
  /** Trainings whose trainer became the colleague, and waiting homework that moved. */
  trainings: number;
  homework: number;
  /** Groups whose trainer became the colleague (or that the colleague already trained with them). */
  groups: number;
}

/** 409 codes of the staff routes. */
export const STAFF_HAS_WORK = 'staff_has_work';
export const STAFF_OWN_ACCOUNT = 'staff_own_account';
