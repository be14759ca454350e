import { Injectable } from '@nestjs/common';
import type { Role } from '@nabij/platform/contracts';
import { EntityManager } from 'typeorm';

/** The roles of staff: everyone but clients. */
export type StaffRole = Exclude<Role, 'client' | 'guardian'>;

export interface StaffRow {
  id: string;
  name: string | null;
  email: string;
  role: StaffRole;
  team_id: string | null;
  team_name: string | null;
  deactivated_at: Date | null;
  can_train: boolean;
  chat_duty: boolean;
  library_editor: boolean;
}

/** What an admin changes of a staff account under Medewerkers. */
export interface StaffChange {
  role: StaffRole;
  teamId: string | null;
  canTrain: boolean;
  chatDuty: boolean;
  libraryEditor: boolean;
}

const STAFF_SELECT = `SELECT a.id, a.name, a.email, a.role, a.team_id, t.name AS team_name, a.deactivated_at, a.can_train, a.chat_duty, a.library_editor
  FROM account a LEFT JOIN team t ON t.id = a.team_id`;

/**
 * Staff-account SQL of organisation's admin screens (through StaffAccountsService); clients never
 * appear, every query is scoped to one organisation. Identity owns account and team.
 */
@Injectable()
export class StaffAccountsRepository {
  list(db: EntityManager, organisationId: string): Promise<StaffRow[]> {
    return db.query(
      `${STAFF_SELECT} WHERE a.organisation_id = $1 AND a.role <> 'client'
        ORDER BY a.deactivated_at IS NOT NULL, lower(coalesce(a.name, a.email)), a.id`,
      [organisationId],
    );
  }

  async find(db: EntityManager, organisationId: string, accountId: string): Promise<StaffRow | null> {
    const [row] = await db.query(`${STAFF_SELECT} WHERE a.id = $1 AND a.organisation_id = $2 AND a.role <> 'client'`, [
      accountId,
      organisationId,
    ]);
    return row ?? null;
  }

  /** Row-locks the account so role changes, hand-over and deactivation of one person do not interleave. */
  async lock(db: EntityManager, accountId: string): Promise<void> {
    await db.query(`SELECT 1 FROM account WHERE id = $1 FOR UPDATE`, [accountId]);
  }

  async activeTeamOfOrganisation(db: EntityManager, organisationId: string, teamId: string): Promise<boolean> {
    const [row] = await db.query(`SELECT 1 FROM team WHERE id = $1 AND organisation_id = $2 AND archived_at IS NULL`, [
      teamId,
      organisationId,
    ]);
    return !!row;
  }

  async update(db: EntityManager, accountId: string, change: StaffChange): Promise<void> {
    await db.query(`UPDATE account SET role = $2, team_id = $3, can_train = $4, chat_duty = $5, library_editor = $6 WHERE id = $1`, [
      accountId,
      change.role,
      change.teamId,
      change.canTrain,
      change.chatDuty,
      change.libraryEditor,
    ]);
  }

  async setDeactivated(db: EntityManager, accountId: string, at: Date | null): Promise<void> {
    await db.query(`UPDATE account SET deactivated_at = $2 WHERE id = $1`, [accountId, at]);
  }
}
