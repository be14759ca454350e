import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Mijn bibliotheek" (issue 14): printable exercises of the library (Markdown, Dutch and English),
 * and a client's personal shelf. A worker puts an article, an exercise or a dossier document there
 * from the case page (with an optional short note); the client saves public articles there too and
 * marks items read. One row per client and item: sharing it again brings it back as unread.
 */
export class MyLibrary1796192000000 implements MigrationInterface {
  name = 'MyLibrary1796192000000';

  async up(db: QueryRunner): Promise<void> {
    const themes = `'money', 'relationships', 'parenting', 'stress', 'loneliness', 'housing', 'work', 'violence'`;
    await db.query(`
      CREATE TABLE library_exercise (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
        theme text NOT NULL CHECK (theme IN (${themes})),
        title_nl text NOT NULL,
        summary_nl text NOT NULL,
        body_nl text NOT NULL,
        title_en text NOT NULL,
        summary_en text NOT NULL,
        body_en text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE library_shelf_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('article', 'exercise', 'document')),
        article_id uuid REFERENCES library_article(id) ON DELETE CASCADE,
        exercise_id uuid REFERENCES library_exercise(id) ON DELETE CASCADE,
        document_id uuid,
        case_id uuid,
        shared_by uuid,
        note text CHECK (length(note) <= 300),
        shared_at timestamptz NOT NULL,
        read_at timestamptz,
        CHECK ((kind = 'article') = (article_id IS NOT NULL)),
        CHECK ((kind = 'exercise') = (exercise_id IS NOT NULL)),
        CHECK ((kind = 'document') = (document_id IS NOT NULL AND case_id IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX library_shelf_article ON library_shelf_item (client_id, article_id) WHERE article_id IS NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX library_shelf_exercise ON library_shelf_item (client_id, exercise_id) WHERE exercise_id IS NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX library_shelf_document ON library_shelf_item (client_id, document_id) WHERE document_id IS NOT NULL`);
    await db.query(`CREATE INDEX library_shelf_client ON library_shelf_item (client_id, shared_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE library_shelf_item`);
    await db.query(`DROP TABLE library_exercise`);
  }
}
