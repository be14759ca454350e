import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow-up of a call (issue 15): a yes/no question can be the family's consent (`follow_up =
 * 'consent'`) to a referral or a case; a follow-up task remembers the referral the worker made from
 * it, so a retried "Verwijs door" finds it instead of making a second one.
 */
export class OutreachConsentReferral1796400000000 implements MigrationInterface {
  name = 'OutreachConsentReferral1796400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outreach_question DROP CONSTRAINT outreach_question_follow_up_check`);
    await db.query(
      `ALTER TABLE outreach_question ADD CONSTRAINT outreach_question_follow_up_check CHECK (follow_up IN ('call_back', 'help', 'consent'))`,
    );
    await db.query(`
      ALTER TABLE outreach_task
        ADD COLUMN referral_id uuid,
        ADD COLUMN referral_case_id uuid,
        ADD COLUMN referral_label text,
        ADD CONSTRAINT outreach_task_referral_whole CHECK ((referral_id IS NULL) = (referral_case_id IS NULL) AND (referral_id IS NULL) = (referral_label IS NULL)),
        ADD CONSTRAINT outreach_task_referral_once UNIQUE (referral_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outreach_task DROP COLUMN referral_id, DROP COLUMN referral_case_id, DROP COLUMN referral_label`);
    await db.query(`UPDATE outreach_question SET follow_up = NULL WHERE follow_up = 'consent'`);
    await db.query(`ALTER TABLE outreach_question DROP CONSTRAINT outreach_question_follow_up_check`);
    await db.query(
      `ALTER TABLE outreach_question ADD CONSTRAINT outreach_question_follow_up_check CHECK (follow_up IN ('call_back', 'help'))`,
    );
  }
}
