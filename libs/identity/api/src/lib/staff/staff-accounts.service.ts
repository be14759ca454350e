import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountDirectoryService } from '../directory/account-directory.service';
import { StaffAccountsRepository, StaffChange, StaffRow } from './staff-accounts.repository';

export type { StaffChange, StaffRole, StaffRow } from './staff-accounts.repository';

/**
 * Staff accounts as organisation's admin screens read and change them (role, team, capabilities,
 * deactivation): identity owns account and team, organisation holds the rules (who may change what,
 * the hand-over of work first, the audit). Every method runs in the caller's transaction.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    private readonly repository: StaffAccountsRepository,
    private readonly directory: AccountDirectoryService,
  ) {}

  /** Active staff first, then by name (or address), then id. */
  list(db: EntityManager, organisationId: string): Promise<StaffRow[]> {
    return this.repository.list(db, organisationId);
  }

  /** The staff member of this organisation with their team's name, or null (clients and other organisations' staff too). */
  find(db: EntityManager, organisationId: string, accountId: string): Promise<StaffRow | null> {
    return this.repository.find(db, organisationId, accountId);
  }

  /** Row-locks the account so role changes, hand-over and deactivation of one person do not interleave. */
  lock(db: EntityManager, accountId: string): Promise<void> {
    return this.repository.lock(db, accountId);
  }

  /** A team of the organisation that is not archived. */
  activeTeamOfOrganisation(db: EntityManager, organisationId: string, teamId: string): Promise<boolean> {
    return this.repository.activeTeamOfOrganisation(db, organisationId, teamId);
  }

  async update(db: EntityManager, accountId: string, change: StaffChange): Promise<void> {
    await this.repository.update(db, accountId, change);
    // The role shown next to the name (a document's uploader) is read fresh in this instance.
    this.directory.forgetCard(accountId);
  }

  setDeactivated(db: EntityManager, accountId: string, at: Date | null): Promise<void> {
    return this.repository.setDeactivated(db, accountId, at);
  }
}
