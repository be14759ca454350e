import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `account.deactivated_at`: an admin deactivates a staff account instead of deleting it, because
 * cases, time entries and the audit log keep naming it. Login and refresh refuse it while set.
 */
export class AccountDeactivated1796062458121 implements MigrationInterface {
  name = 'AccountDeactivated1796062458121';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account ADD COLUMN deactivated_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account DROP COLUMN deactivated_at`);
  }
}
