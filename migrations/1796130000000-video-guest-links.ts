import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time links for a third person in a video call (an interpreter or a colleague) who has no
 * account: made by the case's worker for one appointment, only the token's SHA-256 is kept, valid in
 * that appointment's room window until withdrawn. At most one link in use per appointment (a call
 * has at most three people). The first name is all that is known of the guest.
 */
export class VideoGuestLinks1796130000000 implements MigrationInterface {
  name = 'VideoGuestLinks1796130000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE video_guest_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        appointment_id uuid NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        invited_by uuid NOT NULL REFERENCES account(id),
        kind text NOT NULL CHECK (kind IN ('interpreter', 'colleague')),
        first_name text NOT NULL CHECK (char_length(first_name) BETWEEN 1 AND 40),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        admitted_at timestamptz,
        revoked_at timestamptz,
        CHECK (revoked_at IS NULL OR revoked_at >= created_at)
      )`);
    await db.query(`CREATE UNIQUE INDEX video_guest_link_in_use ON video_guest_link (appointment_id) WHERE revoked_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS video_guest_link`);
  }
}
