import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per video call of a video appointment: when the room opened, when the client first joined
 * (else the appointment can be marked no-show), when the worker admitted them (the call's duration
 * counts from there) and when it ended. No media and no content: nothing of the call is stored.
 * At most one running call per appointment.
 */
export class VideoCalls1796080000000 implements MigrationInterface {
  name = 'VideoCalls1796080000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE video_call (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        appointment_id uuid NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        worker_id uuid NOT NULL REFERENCES account(id),
        opened_at timestamptz NOT NULL,
        client_joined_at timestamptz,
        admitted_at timestamptz,
        ended_at timestamptz,
        duration_seconds int CHECK (duration_seconds >= 0),
        CHECK ((ended_at IS NULL) = (duration_seconds IS NULL)),
        CHECK (admitted_at IS NULL OR admitted_at >= opened_at),
        CHECK (ended_at IS NULL OR ended_at >= opened_at)
      )`);
    await db.query(`CREATE UNIQUE INDEX video_call_running ON video_call (appointment_id) WHERE ended_at IS NULL`);
    await db.query(`CREATE INDEX video_call_appointment ON video_call (appointment_id, opened_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS video_call`);
  }
}
