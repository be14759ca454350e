import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AVG rights: a client's deletion request (one open at a time), the retention term after a case
 * closes per organisation (no row: the default of 7 years), and `care_case.anonymised_at`, set when
 * a case's content is erased, so the daily retention run skips what it already did.
 */
export class DeletionRequests1796073000000 implements MigrationInterface {
  name = 'DeletionRequests1796073000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE deletion_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES account(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        reason text,
        status text NOT NULL CHECK (status IN ('requested', 'withdrawn', 'executed', 'declined')),
        created_at timestamptz NOT NULL,
        handled_by uuid REFERENCES account(id),
        handled_at timestamptz,
        decision_note text,
        CHECK ((status = 'requested') = (handled_at IS NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX deletion_request_open ON deletion_request (client_id) WHERE status = 'requested'`);
    await db.query(`CREATE INDEX deletion_request_organisation ON deletion_request (organisation_id, created_at) WHERE status = 'requested'`);
    await db.query(`
      CREATE TABLE retention_setting (
        organisation_id uuid PRIMARY KEY REFERENCES organisation(id),
        retention_years smallint NOT NULL CHECK (retention_years BETWEEN 1 AND 20),
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES account(id)
      )`);
    await db.query(`ALTER TABLE care_case ADD COLUMN anonymised_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE care_case DROP COLUMN anonymised_at`);
    await db.query(`DROP TABLE IF EXISTS retention_setting`);
    await db.query(`DROP TABLE IF EXISTS deletion_request`);
  }
}
