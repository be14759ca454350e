import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The library's anonymous first question (issue 14): a nickname and a question from someone whose
 * postcode one of the organisations serves (one question per served check), read back through a
 * private link whose token is stored only as its SHA-256. The e-mail address for the notice is
 * kept only until the notice is queued. A worker of the organisation answers; the 48 hours run
 * from asked_at to answered_at.
 */
export class AnonymousQuestions1796121000000 implements MigrationInterface {
  name = 'AnonymousQuestions1796121000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE library_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        postcode_check_id uuid NOT NULL UNIQUE,
        nickname text NOT NULL CHECK (length(nickname) BETWEEN 1 AND 40),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        lang text NOT NULL CHECK (lang IN ('nl', 'en')),
        token_hash text NOT NULL UNIQUE,
        notify_email text,
        asked_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        answer text CHECK (length(answer) BETWEEN 1 AND 4000),
        answered_by uuid REFERENCES account(id),
        answered_at timestamptz,
        CHECK ((answer IS NULL) = (answered_at IS NULL) AND (answered_at IS NULL) = (answered_by IS NULL))
      )`);
    await db.query(`CREATE INDEX library_question_queue ON library_question (organisation_id, due_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE library_question`);
  }
}
