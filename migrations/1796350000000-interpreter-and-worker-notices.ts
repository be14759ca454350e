import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17. "Tolk nodig": a case can say that its conversations need an interpreter, and in which
 * language (`care_case.interpreter_language`, a code of INTERPRETER_LANGUAGES; null when none is
 * needed). The case's worker sees how many requests to move an appointment wait for an answer (a
 * partial index keeps that count cheap). A parent's message in the parent thread stays unread for the
 * worker until the worker opens the thread (`guardian_message.worker_read_at`); messages sent before
 * this count as read, so nobody gets a badge for an old conversation.
 */
export class InterpreterAndWorkerNotices1796350000000 implements MigrationInterface {
  name = 'InterpreterAndWorkerNotices1796350000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE care_case ADD COLUMN interpreter_language text CHECK (interpreter_language ~ '^[a-z]{2,3}$')`,
    );
    await db.query(
      `CREATE INDEX appointment_change_request_open_move ON appointment_change_request (case_id) WHERE kind = 'move' AND answered_at IS NULL`,
    );
    await db.query(`ALTER TABLE guardian_message ADD COLUMN worker_read_at timestamptz`);
    await db.query(`UPDATE guardian_message SET worker_read_at = created_at WHERE sender_role = 'guardian'`);
    await db.query(
      `CREATE INDEX guardian_message_unread_by_worker ON guardian_message (link_id) WHERE sender_role = 'guardian' AND worker_read_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX guardian_message_unread_by_worker`);
    await db.query(`ALTER TABLE guardian_message DROP COLUMN worker_read_at`);
    await db.query(`DROP INDEX appointment_change_request_open_move`);
    await db.query(`ALTER TABLE care_case DROP COLUMN interpreter_language`);
  }
}
