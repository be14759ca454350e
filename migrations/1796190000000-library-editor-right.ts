import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff capability set by an admin (issue 14): a worker with the library editor right may write and
 * publish library content, as admins may. Off for everyone until an admin turns it on.
 */
export class LibraryEditorRight1796190000000 implements MigrationInterface {
  name = 'LibraryEditorRight1796190000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account ADD COLUMN library_editor boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account DROP COLUMN library_editor`);
  }
}
