import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Admission without an e-mail address. People without a fixed address often have no stable phone
 * or mail, so a worker admits them with a login name instead (`leiden-k7m4q`) and hands over a
 * printed one-time activation code with which they choose a password.
 *
 * `account.email` may now be empty, but only when the account has a login name (check
 * constraint). Login names are lower case and unique.
 *
 * `activation_code` holds only the SHA-256 of each code; a code works once (`used_at`), for 30 days,
 * and a new code for the same account ends the older ones (`replaced_at`). `created_by` is the
 * worker who printed it.
 */
export class ActivationCode1796072000000 implements MigrationInterface {
  name = 'ActivationCode1796072000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account ALTER COLUMN email DROP NOT NULL, ADD COLUMN login_name text`);
    await db.query(`CREATE UNIQUE INDEX account_login_name_unique ON account (login_name)`);
    await db.query(
      `ALTER TABLE account ADD CONSTRAINT account_email_or_login_name CHECK (email IS NOT NULL OR login_name IS NOT NULL),
                           ADD CONSTRAINT account_login_name_lower CHECK (login_name = lower(login_name))`,
    );
    await db.query(`
      CREATE TABLE activation_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        created_by uuid NOT NULL REFERENCES account(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        replaced_at timestamptz
      )`);
    await db.query(`CREATE INDEX activation_code_open ON activation_code (account_id) WHERE used_at IS NULL AND replaced_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS activation_code`);
    await db.query(`ALTER TABLE account DROP CONSTRAINT IF EXISTS account_email_or_login_name, DROP CONSTRAINT IF EXISTS account_login_name_lower`);
    await db.query(`DROP INDEX IF EXISTS account_login_name_unique`);
    await db.query(`ALTER TABLE account DROP COLUMN IF EXISTS login_name`);
    await db.query(`ALTER TABLE account ALTER COLUMN email SET NOT NULL`);
  }
}
