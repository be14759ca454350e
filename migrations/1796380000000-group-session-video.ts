import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: a group session can meet online in Nabij's own video call (`place = 'video'`): no room,
 * address or link; its trainers and active participants join a video room of the session.
 */
export class GroupSessionVideo1796380000000 implements MigrationInterface {
  name = 'GroupSessionVideo1796380000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE training_group_session DROP CONSTRAINT training_group_session_place_check`);
    await db.query(
      `ALTER TABLE training_group_session ADD CONSTRAINT training_group_session_place_check CHECK (place IN ('room', 'online', 'video'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM training_group_session WHERE place = 'video'`);
    await db.query(`ALTER TABLE training_group_session DROP CONSTRAINT training_group_session_place_check`);
    await db.query(
      `ALTER TABLE training_group_session ADD CONSTRAINT training_group_session_place_check CHECK (place IN ('room', 'online'))`,
    );
  }
}
