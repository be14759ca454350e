import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forgot password and "my sessions".
 *
 * `password_reset` holds the mailed reset links: only the SHA-256 of the token, single use
 * (`used_at`), one hour. Kept apart from `email_verification` because a reset link changes the
 * password and ends every session, a verification link only confirms an address.
 *
 * `auth_session` gets the device of the login (browser and operating system read from the
 * User-Agent at login, never the raw header) and the last refresh, so a person can recognise and end
 * their own logins.
 */
export class PasswordReset1796062459675 implements MigrationInterface {
  name = 'PasswordReset1796062459675';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX password_reset_account ON password_reset (account_id) WHERE used_at IS NULL`);
    await db.query(`ALTER TABLE auth_session ADD COLUMN browser text, ADD COLUMN os text, ADD COLUMN last_used_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE auth_session DROP COLUMN IF EXISTS browser, DROP COLUMN IF EXISTS os, DROP COLUMN IF EXISTS last_used_at`);
    await db.query(`DROP TABLE IF EXISTS password_reset`);
  }
}
