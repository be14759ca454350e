import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first admin of a new organisation is invited by the installation (setup-organisation), not by an account. */
export class FirstAdminInvite1796151000000 implements MigrationInterface {
  name = 'FirstAdminInvite1796151000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff_invite ALTER COLUMN invited_by DROP NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM staff_invite WHERE invited_by IS NULL`);
    await db.query(`ALTER TABLE staff_invite ALTER COLUMN invited_by SET NOT NULL`);
  }
}
