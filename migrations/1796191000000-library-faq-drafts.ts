import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drafts of published FAQ entries (issue 14): an editor's changes wait here while the public keeps
 * reading the published text; publishing copies them over and removes the draft. An entry that was
 * never published is its own draft (library_faq.status = 'draft') and needs no row here.
 */
export class LibraryFaqDrafts1796191000000 implements MigrationInterface {
  name = 'LibraryFaqDrafts1796191000000';

  async up(db: QueryRunner): Promise<void> {
    const themes = `'money', 'relationships', 'parenting', 'stress', 'loneliness', 'housing', 'work', 'violence'`;
    await db.query(`
      CREATE TABLE library_faq_draft (
        faq_id uuid PRIMARY KEY REFERENCES library_faq(id) ON DELETE CASCADE,
        theme text NOT NULL CHECK (theme IN (${themes})),
        question_nl text NOT NULL,
        answer_nl text NOT NULL,
        question_en text NOT NULL,
        answer_en text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE library_faq_draft`);
  }
}
