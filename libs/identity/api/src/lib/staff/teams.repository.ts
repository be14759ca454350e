import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface TeamRow {
  id: string;
  name: string;
  archived_at: Date | null;
  staff_count: number;
}

const TEAM_COLUMNS = `t.id, t.name, t.archived_at,
  (SELECT count(*)::int FROM account a WHERE a.team_id = t.id AND a.role <> 'client') AS staff_count`;

/**
 * Team SQL of organisation's admin screens and its set-up (through TeamRecordsService); every query
 * is scoped to one organisation. Identity owns team and account.
 */
@Injectable()
export class TeamRecordsRepository {
  list(db: EntityManager, organisationId: string): Promise<TeamRow[]> {
    return db.query(`SELECT ${TEAM_COLUMNS} FROM team t WHERE t.organisation_id = $1 ORDER BY t.archived_at IS NOT NULL, t.name`, [
      organisationId,
    ]);
  }

  /** The team of this organisation, row-locked so a rename or archive and its checks do not race. */
  async findForUpdate(db: EntityManager, organisationId: string, teamId: string): Promise<TeamRow | null> {
    const [row] = await db.query(`SELECT id FROM team WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [teamId, organisationId]);
    return row ? this.find(db, organisationId, teamId) : null;
  }

  async find(db: EntityManager, organisationId: string, teamId: string): Promise<TeamRow | null> {
    const [row] = await db.query(`SELECT ${TEAM_COLUMNS} FROM team t WHERE t.id = $1 AND t.organisation_id = $2`, [teamId, organisationId]);
    return row ?? null;
  }

  /** Names are unique per organisation, case-insensitively (archived teams keep theirs). */
  async nameTaken(db: EntityManager, organisationId: string, name: string, exceptTeamId: string | null): Promise<boolean> {
    const [row] = await db.query(
      `SELECT 1 FROM team WHERE organisation_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [organisationId, name, exceptTeamId],
    );
    return !!row;
  }

  /** Serialises name changes per organisation, so two admins cannot both pass the name check. */
  async lockNames(db: EntityManager, organisationId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('team-names:' || $1))`, [organisationId]);
  }

  async insert(db: EntityManager, organisationId: string, name: string): Promise<string> {
    const [row] = await db.query(`INSERT INTO team (organisation_id, name) VALUES ($1, $2) RETURNING id`, [organisationId, name]);
    return row.id;
  }

  async rename(db: EntityManager, teamId: string, name: string): Promise<void> {
    await db.query(`UPDATE team SET name = $2 WHERE id = $1`, [teamId, name]);
  }

  async archive(db: EntityManager, teamId: string, at: Date): Promise<void> {
    await db.query(`UPDATE team SET archived_at = $2 WHERE id = $1`, [teamId, at]);
  }
}
