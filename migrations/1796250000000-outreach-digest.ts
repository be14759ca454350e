import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weekly e-mail digest of the call lists (issue 15): one row per organisation and week once its
 * team leads were mailed, so a job that runs twice (a retry, two instances) never mails twice.
 */
export class OutreachDigest1796250000000 implements MigrationInterface {
  name = 'OutreachDigest1796250000000';

  async up(db: QueryRunner): Promise<void> {
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
  }
}
