import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploads that never become part of a sent message expire. `expires_at` is set on an upload made
 * before its message is sent and cleared when that sender sends the message; a row with a past
 * `expires_at` is deleted (row and file) by the expiry job. The partial indexes keep the job and the
 * per-account quota cheap however many sent attachments there are.
 */
export class MessageAttachmentExpiry1764104600000 implements MigrationInterface {
  name = 'MessageAttachmentExpiry1764104600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE message_attachment ADD COLUMN IF NOT EXISTS expires_at timestamptz`);
    // Uploads already waiting (or orphaned) get the same 24 hours from their upload, so old orphans go.
    await db.query(`
      UPDATE message_attachment f SET expires_at = f.created_at + interval '24 hours'
       WHERE NOT EXISTS (SELECT 1 FROM message m WHERE m.id = f.message_id AND m.sender_id = f.uploaded_by)`);
    await db.query(`CREATE INDEX IF NOT EXISTS message_attachment_expiry ON message_attachment (expires_at) WHERE expires_at IS NOT NULL`);
    await db.query(`CREATE INDEX IF NOT EXISTS message_attachment_pending ON message_attachment (uploaded_by) WHERE expires_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS message_attachment_pending`);
    await db.query(`DROP INDEX IF EXISTS message_attachment_expiry`);
    await db.query(`ALTER TABLE message_attachment DROP COLUMN IF EXISTS expires_at`);
  }
}
