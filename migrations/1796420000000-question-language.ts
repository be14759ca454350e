import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: an anonymous question remembers the language of the page it was asked on, in every
 * client language (not only Dutch and English), so the mail that says "there is an answer" (and the
 * invitation to register) reaches the asker in that language, with Dutch below.
 */
export class QuestionLanguage1796420000000 implements MigrationInterface {
  name = 'QuestionLanguage1796420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE library_question DROP CONSTRAINT IF EXISTS library_question_lang_check`);
    await db.query(`ALTER TABLE library_question ADD CONSTRAINT library_question_lang_check CHECK (lang IN ('nl', 'en', 'ar', 'tr', 'pl'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE library_question SET lang = 'nl' WHERE lang NOT IN ('nl', 'en')`);
    await db.query(`ALTER TABLE library_question DROP CONSTRAINT library_question_lang_check`);
    await db.query(`ALTER TABLE library_question ADD CONSTRAINT library_question_lang_check CHECK (lang IN ('nl', 'en'))`);
  }
}
