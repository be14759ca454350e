import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TeamRecordsRepository, TeamRow } from './teams.repository';

export type { TeamRow } from './teams.repository';

/**
 * Teams as organisation's admin screens and its set-up read and change them (identity owns team, and
 * counts each team's staff from account); organisation holds the rules (unique names, no archiving
 * with open cases, the audit). Every method runs in the caller's transaction.
 */
@Injectable()
export class TeamRecordsService {
  constructor(private readonly repository: TeamRecordsRepository) {}

  /** Active teams first, then by name, with how many staff each has. */
  list(db: EntityManager, organisationId: string): Promise<TeamRow[]> {
    return this.repository.list(db, organisationId);
  }

  /** The team of this organisation, row-locked so a rename or archive and its checks do not race. */
  findForUpdate(db: EntityManager, organisationId: string, teamId: string): Promise<TeamRow | null> {
    return this.repository.findForUpdate(db, organisationId, teamId);
  }

  find(db: EntityManager, organisationId: string, teamId: string): Promise<TeamRow | null> {
    return this.repository.find(db, organisationId, teamId);
  }

  /** Names are unique per organisation, case-insensitively (archived teams keep theirs). */
  nameTaken(db: EntityManager, organisationId: string, name: string, exceptTeamId: string | null): Promise<boolean> {
    return this.repository.nameTaken(db, organisationId, name, exceptTeamId);
  }

  /** Serialises name changes per organisation, so two admins cannot both pass the name check. */
  lockNames(db: EntityManager, organisationId: string): Promise<void> {
    return this.repository.lockNames(db, organisationId);
  }

  insert(db: EntityManager, organisationId: string, name: string): Promise<string> {
    return this.repository.insert(db, organisationId, name);
  }

  rename(db: EntityManager, teamId: string, name: string): Promise<void> {
    return this.repository.rename(db, teamId, name);
  }

  archive(db: EntityManager, teamId: string, at: Date): Promise<void> {
    return this.repository.archive(db, teamId, at);
  }
}
