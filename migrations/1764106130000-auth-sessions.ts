import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that can be ended before their access token expires, and login throttling per
 * (account, client address).
 *
 * `auth_session` has one row per login (its id is the refresh-token family id and the `sid` claim
 * of every access token of that login). Logout, "sign out everywhere", reuse of a rotated refresh
 * token and account deactivation set `revoked_at`; the API then refuses the access tokens and closes
 * the chat sockets of that session within seconds. Existing refresh-token families get a row, so
 * nobody is logged out by this migration.
 *
 * `login_failure.client_address` lets the login throttle count per (account, address) with an
 * account-wide backstop; old rows (without an address) still count for the account.
 */
export class AuthSessions1764106130000 implements MigrationInterface {
  name = 'AuthSessions1764106130000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX auth_session_account_live ON auth_session (account_id) WHERE revoked_at IS NULL`);
    await db.query(`
      INSERT INTO auth_session (id, account_id, created_at, revoked_at)
      SELECT family_id, min(account_id::text)::uuid, min(created_at),
             CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END
        FROM refresh_token
       GROUP BY family_id`);
    await db.query(`ALTER TABLE login_failure ADD COLUMN client_address text`);
    await db.query(`CREATE INDEX login_failure_pair ON login_failure (lower(email), client_address, occurred_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS login_failure_pair`);
    await db.query(`ALTER TABLE login_failure DROP COLUMN IF EXISTS client_address`);
    await db.query(`DROP TABLE IF EXISTS auth_session`);
  }
}
