import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Parents and guardians (school social work, issue 17). A worker invites a parent to a pupil's case
 * (`guardian_link`, one per parent per case; only the invite link's SHA-256 is stored, single use,
 * 7 days); accepting it makes an account with the new role `guardian`. Under 16 the worker's choices
 * (`show_*`) decide what the parent sees; from 16 nothing is shown until the pupil consents
 * (`consent_at`; withdrawing clears it). `guardian_message` is the separate parent thread between
 * the case's worker and that parent: the pupil's own messages live elsewhere and are never shown.
 */
export class Guardians1796300000000 implements MigrationInterface {
  name = 'Guardians1796300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account DROP CONSTRAINT account_role_check`);
    await db.query(`ALTER TABLE account ADD CONSTRAINT account_role_check CHECK (role IN ('client', 'worker', 'team_lead', 'admin', 'guardian'))`);
    await db.query(`
      CREATE TABLE guardian_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        client_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        relation text NOT NULL CHECK (relation IN ('parent', 'carer')),
        account_id uuid REFERENCES account(id) ON DELETE CASCADE,
        invite_token_hash text,
        invite_expires_at timestamptz,
        accepted_at timestamptz,
        show_appointments boolean NOT NULL DEFAULT false,
        show_documents boolean NOT NULL DEFAULT false,
        show_messages boolean NOT NULL DEFAULT false,
        consent_at timestamptz,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL,
        ended_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX guardian_link_token ON guardian_link (invite_token_hash) WHERE invite_token_hash IS NOT NULL`);
    await db.query(`CREATE INDEX guardian_link_case ON guardian_link (case_id, created_at)`);
    await db.query(`CREATE INDEX guardian_link_account ON guardian_link (account_id) WHERE account_id IS NOT NULL`);
    await db.query(`CREATE INDEX guardian_link_client ON guardian_link (client_id)`);
    // One living link per parent address per case: inviting the same parent twice is a conflict.
    await db.query(`CREATE UNIQUE INDEX guardian_link_open_email ON guardian_link (case_id, lower(email)) WHERE ended_at IS NULL`);
    await db.query(`
      CREATE TABLE guardian_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Order within one moment (the clock can give two messages the same time).
        seq bigint GENERATED ALWAYS AS IDENTITY,
        link_id uuid NOT NULL REFERENCES guardian_link(id) ON DELETE CASCADE,
        sender_id uuid NOT NULL,
        sender_role text NOT NULL CHECK (sender_role IN ('worker', 'guardian')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX guardian_message_link ON guardian_message (link_id, created_at, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE guardian_message`);
    await db.query(`DROP TABLE guardian_link`);
    await db.query(`DELETE FROM account WHERE role = 'guardian'`);
    await db.query(`ALTER TABLE account DROP CONSTRAINT account_role_check`);
    await db.query(`ALTER TABLE account ADD CONSTRAINT account_role_check CHECK (role IN ('client', 'worker', 'team_lead', 'admin'))`);
  }
}
