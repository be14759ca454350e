import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-tests of the library (issue 14). A test (slug, theme) has versions; a version's definition
 * (questions with scored options, bands with advice) is JSON and, once published, never changes:
 * a trigger refuses it, and results point at their version, so a kept result always reads with the
 * questions it answered. The newest published version is the one people take.
 *
 * Results exist only when a logged-in client chooses to keep one; nothing is stored otherwise.
 */
export class SelfTests1796120000000 implements MigrationInterface {
  name = 'SelfTests1796120000000';

  async up(db: QueryRunner): Promise<void> {
    const themes = `'money', 'relationships', 'parenting', 'stress', 'loneliness', 'housing', 'work', 'violence'`;
    await db.query(`
      CREATE TABLE library_self_test (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
        theme text NOT NULL CHECK (theme IN (${themes})),
        position int NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE library_self_test_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        self_test_id uuid NOT NULL REFERENCES library_self_test(id),
        version int NOT NULL CHECK (version > 0),
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        published_at timestamptz,
        CHECK ((status = 'published') = (published_at IS NOT NULL)),
        UNIQUE (self_test_id, version)
      )`);
    await db.query(`
      CREATE FUNCTION library_self_test_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'self-test version % is published and never changes: publish a new version', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await db.query(`
      CREATE TRIGGER library_self_test_version_frozen BEFORE UPDATE OR DELETE ON library_self_test_version
        FOR EACH ROW EXECUTE FUNCTION library_self_test_version_frozen()`);
    await db.query(`
      CREATE TABLE library_self_test_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        version_id uuid NOT NULL REFERENCES library_self_test_version(id),
        answers smallint[] NOT NULL,
        score int NOT NULL,
        band text NOT NULL,
        taken_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX library_self_test_result_account ON library_self_test_result (account_id, taken_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE library_self_test_result`);
    await db.query(`DROP TABLE library_self_test_version`);
    await db.query(`DROP FUNCTION library_self_test_version_frozen()`);
    await db.query(`DROP TABLE library_self_test`);
  }
}
