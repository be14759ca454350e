import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff invites and staff capabilities.
 *
 * `staff_invite`: an admin invites a new colleague by e-mail (name, role, team, can train, does chat
 * duty). The mail holds a link to choose a password; only the SHA-256 of its token is stored. The
 * link works once (`accepted_at`) for 7 days (`expires_at`); resending replaces the token, so an
 * older mail no longer works; `revoked_at` withdraws the invite. At most one open invite per address
 * (case-insensitive), enforced here as well as by the service.
 *
 * `account.can_train` and `account.chat_duty`: who may be a training's trainer and who may be put on
 * the chat duty rota. New accounts get false. Existing workers who train today (a training names them
 * as its trainer) or are on the rota today (a weekly slot, or a dated one from today on) get true, so
 * nothing that works now stops working.
 */
export class StaffInvites1796071000000 implements MigrationInterface {
  name = 'StaffInvites1796071000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE staff_invite (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('worker', 'team_lead', 'admin')),
        team_id uuid REFERENCES team(id),
        can_train boolean NOT NULL DEFAULT false,
        chat_duty boolean NOT NULL DEFAULT false,
        token_hash text NOT NULL UNIQUE,
        invited_by uuid NOT NULL REFERENCES account(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        account_id uuid REFERENCES account(id),
        CHECK (accepted_at IS NULL OR revoked_at IS NULL),
        CHECK ((accepted_at IS NULL) = (account_id IS NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX staff_invite_open_email ON staff_invite (lower(email)) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
    await db.query(`CREATE INDEX staff_invite_organisation ON staff_invite (organisation_id, created_at)`);
    await db.query(`ALTER TABLE account ADD COLUMN can_train boolean NOT NULL DEFAULT false, ADD COLUMN chat_duty boolean NOT NULL DEFAULT false`);
    await db.query(`
      UPDATE account a SET can_train = true
       WHERE a.role = 'worker' AND EXISTS (SELECT 1 FROM training t WHERE t.trainer_id = a.id)`);
    await db.query(`
      UPDATE account a SET chat_duty = true
       WHERE a.role = 'worker'
         AND EXISTS (SELECT 1 FROM chat_duty d WHERE d.worker_id = a.id AND (d.weekday IS NOT NULL OR d.on_date >= current_date))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account DROP COLUMN IF EXISTS can_train, DROP COLUMN IF EXISTS chat_duty`);
    await db.query(`DROP TABLE IF EXISTS staff_invite`);
  }
}
