import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, the rest:
 * - Drafts of published articles: an editor's changes wait in library_article_draft while the public
 *   keeps reading the published text; publishing copies them over, discarding removes them.
 * - An anonymous question whose asker was invited to register: the postcode checks made through the
 *   private link's "Aanmelden" (registration_check_ids), and once that person registered, the client
 *   (client_id) and the case the question moved to (case_id, linked_at). A question linked to a
 *   client is part of that client's case: the 90-day deletion of anonymous questions leaves it, the
 *   client's erasure removes it.
 * - How often each article was read, per Dutch day (library_article_read): a count only, no person,
 *   address or time of a single reading, for the editors' "meest gelezen".
 * - The editor right given with a staff invite (staff_invite.library_editor): the new worker gets it
 *   when accepting, as admins give it under Medewerkers.
 */
export class LibraryDraftsAndQuestionCase1796240000000 implements MigrationInterface {
  name = 'LibraryDraftsAndQuestionCase1796240000000';

  async up(db: QueryRunner): Promise<void> {
    const themes = `'money', 'relationships', 'parenting', 'stress', 'loneliness', 'housing', 'work', 'violence'`;
    await db.query(`
      CREATE TABLE library_article_draft (
        article_id uuid PRIMARY KEY REFERENCES library_article(id) ON DELETE CASCADE,
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
        theme text NOT NULL CHECK (theme IN (${themes})),
        audiences text[] NOT NULL CHECK (cardinality(audiences) > 0
          AND audiences <@ ARRAY['adults', 'young-people', 'parents', 'pupils']::text[]),
        title_nl text NOT NULL,
        summary_nl text NOT NULL,
        body_nl text NOT NULL,
        title_en text NOT NULL,
        summary_en text NOT NULL,
        body_en text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`
      ALTER TABLE library_question
        ADD COLUMN registration_check_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN client_id uuid REFERENCES account(id) ON DELETE CASCADE,
        ADD COLUMN case_id uuid,
        ADD COLUMN linked_at timestamptz,
        ADD CONSTRAINT library_question_case_has_client CHECK (case_id IS NULL OR client_id IS NOT NULL)`);
    await db.query(`
      CREATE TABLE library_article_read (
        article_id uuid NOT NULL REFERENCES library_article(id) ON DELETE CASCADE,
        day date NOT NULL,
        count int NOT NULL CHECK (count > 0),
        PRIMARY KEY (article_id, day)
      )`);
    await db.query(`ALTER TABLE staff_invite ADD COLUMN library_editor boolean NOT NULL DEFAULT false`);
    await db.query(`CREATE INDEX library_question_client ON library_question (client_id) WHERE client_id IS NOT NULL`);
    await db.query(
      `CREATE INDEX library_question_registration ON library_question USING gin (registration_check_ids) WHERE client_id IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff_invite DROP COLUMN library_editor`);
    await db.query(`DROP TABLE library_article_read`);
    await db.query(`DROP INDEX library_question_registration`);
    await db.query(`DROP INDEX library_question_client`);
    await db.query(
      `ALTER TABLE library_question DROP CONSTRAINT library_question_case_has_client, DROP COLUMN linked_at, DROP COLUMN case_id,
         DROP COLUMN client_id, DROP COLUMN registration_check_ids`,
    );
    await db.query(`DROP TABLE library_article_draft`);
  }
}
