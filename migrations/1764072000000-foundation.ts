import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764072000000 implements MigrationInterface {
  name = 'Foundation1764072000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE financier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        name text NOT NULL,
        social_team_name text,
        social_team_phone text,
        social_team_url text,
        UNIQUE (organisation_id, name)
      )`);
    await db.query(`
      CREATE TABLE service_area (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        financier_id uuid NOT NULL REFERENCES financier(id) ON DELETE CASCADE,
        postcode_from int NOT NULL CHECK (postcode_from BETWEEN 1000 AND 9999),
        postcode_to int NOT NULL CHECK (postcode_to BETWEEN 1000 AND 9999),
        CHECK (postcode_to >= postcode_from)
      )`);
    await db.query(`CREATE INDEX service_area_range ON service_area (postcode_from, postcode_to)`);
    await db.query(`
      CREATE TABLE team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        name text NOT NULL,
        UNIQUE (organisation_id, name)
      )`);
    await db.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text,
        role text NOT NULL CHECK (role IN ('client', 'worker', 'team_lead', 'admin')),
        name text,
        birth_date date,
        postcode text,
        organisation_id uuid REFERENCES organisation(id),
        financier_id uuid REFERENCES financier(id),
        team_id uuid REFERENCES team(id),
        email_verified_at timestamptz,
        admitted_by uuid REFERENCES account(id),
        admission_reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX account_email_unique ON account (lower(email))`);
    await db.query(`CREATE INDEX account_team ON account (team_id)`);
    await db.query(`
      CREATE TABLE postcode_check (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        postcode text NOT NULL,
        served boolean NOT NULL,
        financier_id uuid REFERENCES financier(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        account_id uuid REFERENCES account(id)
      )`);
    await db.query(`
      CREATE TABLE email_verification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX refresh_token_family ON refresh_token (family_id)`);
    await db.query(`
      CREATE TABLE login_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        occurred_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX login_failure_recent ON login_failure (lower(email), occurred_at)`);
    await db.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_id uuid,
        actor_role text,
        client_id uuid,
        action text NOT NULL,
        resource_type text NOT NULL,
        resource_id text,
        on_behalf_of uuid,
        reason text,
        ip text,
        user_agent text
      )`);
    await db.query(`CREATE INDEX audit_entry_client ON audit_entry (client_id, occurred_at DESC)`);
    await db.query(`CREATE INDEX audit_entry_actor ON audit_entry (actor_id, occurred_at DESC)`);
    await db.query(`
      CREATE TABLE outbox_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        last_error text,
        attempts int NOT NULL DEFAULT 0
      )`);
    await db.query(`CREATE INDEX outbox_mail_unsent ON outbox_mail (created_at) WHERE sent_at IS NULL`);
    await db.query(`
      CREATE TABLE app_meta (
        key text PRIMARY KEY,
        value text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'app_meta',
      'outbox_mail',
      'audit_entry',
      'login_failure',
      'refresh_token',
      'email_verification',
      'postcode_check',
      'account',
      'team',
      'service_area',
      'financier',
      'organisation',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
