import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of the conversation tool (issue 15):
 * - call lists of the families the organisation serves (the clients of a team or a financier) and of
 *   the families of a school known from earlier lists, beside the CSV import. A client's entry points
 *   at the client (`client_id`) and may have no phone number (the worker calls through the dossier);
 *   each entry keeps its team and financier (the municipality that pays), for the weekly summary.
 * - the weekly e-mail digest: one row per organisation and week once its team leads were mailed, so a
 *   job that runs twice (a retry, two instances) never mails twice.
 */
export class OutreachFamiliesAndDigest1796250000000 implements MigrationInterface {
  name = 'OutreachFamiliesAndDigest1796250000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE outreach_list
        ADD COLUMN source text NOT NULL DEFAULT 'csv' CHECK (source IN ('csv', 'team', 'financier', 'school')),
        ADD COLUMN source_label text`);
    await db.query(`
      ALTER TABLE outreach_entry
        ALTER COLUMN phone DROP NOT NULL,
        ADD COLUMN client_id uuid REFERENCES account(id) ON DELETE CASCADE,
        ADD COLUMN team_id uuid REFERENCES team(id) ON DELETE SET NULL,
        ADD COLUMN financier_id uuid REFERENCES financier(id) ON DELETE SET NULL,
        ADD CONSTRAINT outreach_entry_reachable CHECK (phone IS NOT NULL OR client_id IS NOT NULL)`);
    await db.query(`CREATE INDEX outreach_entry_client ON outreach_entry (client_id) WHERE client_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE outreach_digest (
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        week_start date NOT NULL,
        team_leads int NOT NULL,
        sent_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, week_start)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outreach_digest`);
    await db.query(`DROP INDEX outreach_entry_client`);
    await db.query(`DELETE FROM outreach_entry WHERE phone IS NULL`);
    await db.query(`
      ALTER TABLE outreach_entry
        DROP CONSTRAINT outreach_entry_reachable,
        DROP COLUMN financier_id,
        DROP COLUMN team_id,
        DROP COLUMN client_id,
        ALTER COLUMN phone SET NOT NULL`);
    await db.query(`ALTER TABLE outreach_list DROP COLUMN source_label, DROP COLUMN source`);
  }
}
