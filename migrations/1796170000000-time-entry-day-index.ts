import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The caseload report's live "this period" hours sum case-bound time entries by their day for a
 * whole organisation or team. `case_time_rollup` holds each case's whole trajectory, so it cannot
 * answer "how much time in these months"; this covering index lets PostgreSQL read just the
 * period's entries (day, case, worker, minutes) without visiting the table.
 */
export class TimeEntryDayIndex1796170000000 implements MigrationInterface {
  name = 'TimeEntryDayIndex1796170000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX time_entry_case_day ON time_entry (occurred_on) INCLUDE (case_id, worker_id, minutes) WHERE deleted_at IS NULL AND case_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS time_entry_case_day`);
  }
}
