import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Verder met video": the video appointment a worker booked from a running chat, so the client's
 * chat window shows "Deelnemen". The appointment is the dossier's; deleting it only unlinks the chat.
 */
export class ChatVideoOffer1796200000000 implements MigrationInterface {
  name = 'ChatVideoOffer1796200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE chat_session ADD COLUMN video_appointment_id uuid REFERENCES appointment(id) ON DELETE SET NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE chat_session DROP COLUMN video_appointment_id`);
  }
}
