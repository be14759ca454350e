import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A client admitted without an e-mail address (login name) may add one later. The address waits in
 * the verification row (`new_email`) until its mailed link is opened; only then does it become the
 * account's address, so a typo never locks the client out of the login name.
 */
export class VerificationNewEmail1796072100000 implements MigrationInterface {
  name = 'VerificationNewEmail1796072100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE email_verification ADD COLUMN new_email text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE email_verification DROP COLUMN IF EXISTS new_email`);
  }
}
