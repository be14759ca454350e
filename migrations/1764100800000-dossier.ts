import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The online dossier of a case: what client and worker share (goals, reports, appointments,
 * documents, actions), the client's private notes, and the hand-over history.
 */
export class Dossier1764100800000 implements MigrationInterface {
  name = 'Dossier1764100800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_handover (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        from_worker_id uuid REFERENCES account(id),
        to_worker_id uuid NOT NULL REFERENCES account(id),
        note text,
        handed_over_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX case_handover_case ON case_handover (case_id)`);
    await db.query(`
      CREATE TABLE case_goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position BETWEEN 1 AND 3),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
        achieved boolean NOT NULL DEFAULT false,
        created_by uuid NOT NULL REFERENCES account(id),
        updated_by uuid NOT NULL REFERENCES account(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (case_id, position)
      )`);
    await db.query(`
      CREATE TABLE conversation_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES account(id),
        held_on date NOT NULL,
        summary text NOT NULL,
        tips text NOT NULL DEFAULT '',
        published_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX conversation_report_case ON conversation_report (case_id, held_on)`);
    await db.query(`
      CREATE TABLE report_reaction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES conversation_report(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES account(id),
        text text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX report_reaction_report ON report_reaction (report_id)`);
    await db.query(`
      CREATE TABLE appointment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('face_to_face', 'phone', 'video', 'chat')),
        starts_at timestamptz NOT NULL,
        duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
        location text,
        note text,
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'attended', 'no_show', 'cancelled')),
        created_by uuid NOT NULL REFERENCES account(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX appointment_case ON appointment (case_id, starts_at)`);
    await db.query(`
      CREATE TABLE client_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('call_me', 'letter_needed', 'other')),
        text text,
        created_by uuid NOT NULL REFERENCES account(id),
        created_at timestamptz NOT NULL,
        done_at timestamptz,
        done_by uuid REFERENCES account(id)
      )`);
    await db.query(`CREATE INDEX client_action_case ON client_action (case_id, created_at)`);
    await db.query(`
      CREATE TABLE private_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        case_id uuid REFERENCES care_case(id) ON DELETE SET NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX private_note_client ON private_note (client_id, created_at)`);
    await db.query(`
      CREATE TABLE dossier_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        uploaded_by uuid NOT NULL REFERENCES account(id),
        file_name text NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        size_bytes int NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX dossier_document_case ON dossier_document (case_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['dossier_document', 'private_note', 'client_action', 'appointment', 'report_reaction', 'conversation_report', 'case_goal', 'case_handover']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
