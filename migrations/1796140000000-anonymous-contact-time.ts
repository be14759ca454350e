import { MigrationInterface, QueryRunner } from 'typeorm';

const NON_CLIENT = `('preparation', 'consultation', 'group_training')`;

/**
 * An anonymous chat is client time without a case yet: its prefilled entry (source 'chat') may have
 * no case until the chat is linked to one. Non-client time still never has a case, and an entry a
 * worker registers by hand for a client contact still needs one.
 */
export class AnonymousContactTime1796140000000 implements MigrationInterface {
  name = 'AnonymousContactTime1796140000000';

  async up(db: QueryRunner): Promise<void> {
    await dropCaseCheck(db);
    await db.query(`
      ALTER TABLE time_entry ADD CONSTRAINT time_entry_case_check
        CHECK (CASE WHEN contact_type IN ${NON_CLIENT} THEN case_id IS NULL ELSE case_id IS NOT NULL OR source <> 'manual' END)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM time_entry WHERE case_id IS NULL AND contact_type NOT IN ${NON_CLIENT}`);
    await db.query(`ALTER TABLE time_entry DROP CONSTRAINT IF EXISTS time_entry_case_check`);
    await db.query(`ALTER TABLE time_entry ADD CHECK ((contact_type IN ${NON_CLIENT}) = (case_id IS NULL))`);
  }
}

/** The first time migration's check has a generated name; find it by what it says. */
async function dropCaseCheck(db: QueryRunner): Promise<void> {
  const rows: Array<{ conname: string }> = await db.query(
    `SELECT conname FROM pg_constraint
      WHERE conrelid = 'time_entry'::regclass AND contype = 'c'
        AND pg_get_constraintdef(oid) LIKE '%preparation%' AND pg_get_constraintdef(oid) LIKE '%case_id IS NULL%'`,
  );
  for (const { conname } of rows) await db.query(`ALTER TABLE time_entry DROP CONSTRAINT "${conname}"`);
}
