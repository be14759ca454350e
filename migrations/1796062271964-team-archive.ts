import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `team.archived_at`: an admin archives a team instead of deleting it, because closed cases, time
 * entries and reports still name the team. Archived teams take no new staff.
 */
export class TeamArchive1796062271964 implements MigrationInterface {
  name = 'TeamArchive1796062271964';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE team ADD COLUMN archived_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE team DROP COLUMN archived_at`);
  }
}
