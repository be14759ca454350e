import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Default minutes of a prefilled contact are organisation settings. Rows exist for the contact
 * types with a default (message 20, homework feedback 15, face-to-face 60, phone 15); a chat always
 * uses its real duration, so it has none. Organisations without a row use the built-in defaults
 * (DEFAULT_CONTACT_MINUTES in @nabij/time/contracts), so organisations created later need no seed.
 */
export class TimeContactDefaults1764104060000 implements MigrationInterface {
  name = 'TimeContactDefaults1764104060000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE time_contact_default (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        contact_type text NOT NULL CHECK (contact_type IN ('message', 'homework_feedback', 'face_to_face', 'phone', 'video', 'letter', 'other')),
        minutes int NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES account(id),
        PRIMARY KEY (organisation_id, contact_type)
      )`);
    await db.query(`
      INSERT INTO time_contact_default (organisation_id, contact_type, minutes)
      SELECT o.id, d.contact_type, d.minutes
        FROM organisation o
       CROSS JOIN (VALUES ('message', 20), ('homework_feedback', 15), ('face_to_face', 60), ('phone', 15)) AS d (contact_type, minutes)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS time_contact_default`);
  }
}
