import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor authentication (TOTP), mandatory for staff (NEN 7510), optional for clients.
 *
 * - `account_totp`: the authenticator secret of an account. `confirmed_at` is null while it is being
 *   set up (the person has not yet typed a code from the app). `last_time_step` is the 30-second step
 *   of the last code accepted, so the same code never works twice.
 * - `account_recovery_code`: 10 one-time codes for when the phone is lost; only their SHA-256.
 * - `login_challenge`: the step between a right password and a session. Only the token's hash is
 *   stored; it lives 5 minutes, dies after 5 wrong codes, and keeps the device (browser, operating
 *   system) the session will be issued for.
 * - `auth_session.amr`: how the login was made (`{pwd}` or `{pwd,otp}`), so a refreshed access
 *   token keeps the `amr` of its login. Logins from before keep `{pwd}`.
 */
export class TwoFactor1796070000000 implements MigrationInterface {
  name = 'TwoFactor1796070000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account_totp (
        account_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        secret text NOT NULL,
        confirmed_at timestamptz,
        last_time_step bigint,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE account_recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX account_recovery_code_account ON account_recovery_code (account_id)`);
    await db.query(`
      CREATE TABLE login_challenge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('second_factor', 'setup')),
        browser text,
        os text,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX login_challenge_account ON login_challenge (account_id)`);
    await db.query(`ALTER TABLE auth_session ADD COLUMN amr text[] NOT NULL DEFAULT '{pwd}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE auth_session DROP COLUMN IF EXISTS amr`);
    await db.query(`DROP TABLE IF EXISTS login_challenge`);
    await db.query(`DROP TABLE IF EXISTS account_recovery_code`);
    await db.query(`DROP TABLE IF EXISTS account_totp`);
  }
}
