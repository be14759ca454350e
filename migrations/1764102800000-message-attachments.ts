import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files on a message (at most 3, PDF/JPEG/PNG up to 10 MB), stored like dossier documents. Keyed by
 * the sender's client-generated message id, not a foreign key: a file may be uploaded before the
 * message is sent. It counts as part of the message only when uploaded by the message's sender.
 */
export class MessageAttachments1764102800000 implements MigrationInterface {
  name = 'MessageAttachments1764102800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE IF NOT EXISTS message_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        message_id uuid NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES account(id),
        file_name text NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX IF NOT EXISTS message_attachment_message ON message_attachment (message_id, uploaded_by)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS message_attachment`);
  }
}
