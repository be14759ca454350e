import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, printable exercises in the client languages: an exercise's title, summary and Markdown
 * body (with the tables that print as a form) in Arabic, Turkish or Polish. Exercises have no editor
 * and no drafts: they come with the project's content, so a row is what clients read. Without a row
 * the client reads the Dutch exercise, with a note.
 */
export class LibraryExerciseTranslations1796450000000 implements MigrationInterface {
  name = 'LibraryExerciseTranslations1796450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE library_exercise_translation (
        exercise_id uuid NOT NULL REFERENCES library_exercise(id) ON DELETE CASCADE,
        lang text NOT NULL CHECK (lang IN ('ar', 'tr', 'pl')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 500),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 50000),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (exercise_id, lang)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE library_exercise_translation`);
  }
}
