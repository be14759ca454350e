import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Maak een dossier" from a call (issue 15): a follow-up task of a family without a Nabij account
 * remembers the case made from it (with the family's new client account on the entry), so a retried
 * request finds that case instead of making a second account.
 */
export class OutreachCaseFromCall1796460000000 implements MigrationInterface {
  name = 'OutreachCaseFromCall1796460000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outreach_task ADD COLUMN made_case_id uuid, ADD CONSTRAINT outreach_task_made_case_once UNIQUE (made_case_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outreach_task DROP COLUMN made_case_id`);
  }
}
