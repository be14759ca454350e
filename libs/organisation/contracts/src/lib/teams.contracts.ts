/** A team of the admin's own organisation, as the Teams page lists it. */
export interface TeamView {
  id: string;
  name: string;
  /** ISO time the team was archived; null while it is active. */
  archivedAt: string | null;
  /** Staff accounts whose team this is. */
  staffCount: number;
}

export interface CreateTeamRequest {
  name: string;
}

export interface RenameTeamRequest {
  name: string;
}

export const TEAM_NAME_MAX = 100;

/** 409 codes of the team routes. */
export const TEAM_NAME_TAKEN = 'team_name_taken';
export const TEAM_HAS_OPEN_CASES = 'team_has_open_cases';
