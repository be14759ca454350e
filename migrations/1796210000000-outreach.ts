import { MigrationInterface, QueryRunner } from 'typeorm';

const QUESTION_TYPES = `('number', 'choice', 'multiple_choice', 'yes_no', 'scale', 'text', 'date')`;
const TIME_SOURCES_BEFORE = `('manual', 'chat', 'message', 'homework', 'appointment')`;
const TIME_SOURCES_AFTER = `('manual', 'chat', 'message', 'homework', 'appointment', 'outreach')`;

/**
 * The conversation tool (issue 15): questionnaires as data with versions, sections and questions;
 * call lists of families, call attempts, the answers given in a call, and call-back and follow-up
 * tasks. A published version is frozen by a trigger as well as by the service: its row, sections
 * and questions can no longer be changed, added to or deleted, so recorded answers keep their
 * meaning. Outreach calls prefill time entries, so time_entry learns the source 'outreach'.
 */
export class Outreach1796210000000 implements MigrationInterface {
  name = 'Outreach1796210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outreach_questionnaire (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        title text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX outreach_questionnaire_organisation ON outreach_questionnaire (organisation_id)`);
    await db.query(`
      CREATE TABLE outreach_questionnaire_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        questionnaire_id uuid NOT NULL REFERENCES outreach_questionnaire(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number > 0),
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        title text NOT NULL,
        intro text,
        created_by uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        published_at timestamptz,
        CHECK ((status = 'published') = (published_at IS NOT NULL)),
        UNIQUE (questionnaire_id, number)
      )`);
    // One draft at a time per questionnaire.
    await db.query(
      `CREATE UNIQUE INDEX outreach_questionnaire_one_draft ON outreach_questionnaire_version (questionnaire_id) WHERE status = 'draft'`,
    );
    await db.query(`
      CREATE TABLE outreach_section (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES outreach_questionnaire_version(id) ON DELETE CASCADE,
        position int NOT NULL,
        title text NOT NULL,
        intro text,
        UNIQUE (version_id, position)
      )`);
    await db.query(`
      CREATE TABLE outreach_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES outreach_questionnaire_version(id) ON DELETE CASCADE,
        section_id uuid NOT NULL REFERENCES outreach_section(id) ON DELETE CASCADE,
        position int NOT NULL,
        key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
        type text NOT NULL CHECK (type IN ${QUESTION_TYPES}),
        text text NOT NULL,
        help text,
        required boolean NOT NULL DEFAULT false,
        options jsonb,
        min_value int,
        max_value int,
        show_if jsonb,
        follow_up text CHECK (follow_up IN ('call_back', 'help')),
        CHECK ((options IS NOT NULL) = (type IN ('choice', 'multiple_choice'))),
        CHECK (follow_up IS NULL OR type = 'yes_no'),
        UNIQUE (version_id, key),
        UNIQUE (section_id, position)
      )`);
    await db.query(`
      CREATE FUNCTION outreach_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row_version uuid;
        version_status text;
      BEGIN
        IF TG_TABLE_NAME = 'outreach_questionnaire_version' THEN
          IF OLD.status = 'published' THEN
            RAISE EXCEPTION 'questionnaire version % is published and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
        ELSE
          FOR row_version IN SELECT unnest(CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW.version_id]
                                                      WHEN 'DELETE' THEN ARRAY[OLD.version_id]
                                                      ELSE ARRAY[OLD.version_id, NEW.version_id] END) LOOP
            SELECT status INTO version_status FROM outreach_questionnaire_version WHERE id = row_version;
            IF version_status = 'published' THEN
              RAISE EXCEPTION 'questionnaire version % is published and cannot change', row_version USING ERRCODE = 'integrity_constraint_violation';
            END IF;
          END LOOP;
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER outreach_version_frozen BEFORE UPDATE OR DELETE ON outreach_questionnaire_version
        FOR EACH ROW EXECUTE FUNCTION outreach_version_frozen()`);
    for (const table of ['outreach_section', 'outreach_question']) {
      await db.query(`
        CREATE TRIGGER ${table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION outreach_version_frozen()`);
    }

    await db.query(`
      CREATE TABLE outreach_list (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        name text NOT NULL,
        questionnaire_id uuid NOT NULL REFERENCES outreach_questionnaire(id),
        created_by uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX outreach_list_organisation ON outreach_list (organisation_id, created_at)`);
    await db.query(`
      CREATE TABLE outreach_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        list_id uuid NOT NULL REFERENCES outreach_list(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        line int NOT NULL,
        family_name text NOT NULL,
        phone text NOT NULL,
        postcode text,
        school text,
        assigned_worker_id uuid REFERENCES account(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'to_call' CHECK (status IN ('to_call', 'no_answer', 'call_back', 'refused', 'reached')),
        call_back_at timestamptz,
        created_at timestamptz NOT NULL,
        UNIQUE (list_id, line)
      )`);
    await db.query(`CREATE INDEX outreach_entry_worker ON outreach_entry (assigned_worker_id, status)`);
    await db.query(`
      CREATE TABLE outreach_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES outreach_entry(id) ON DELETE CASCADE,
        worker_id uuid NOT NULL REFERENCES account(id),
        -- The questionnaire version shown when the call started: its answers are checked against it.
        version_id uuid NOT NULL REFERENCES outreach_questionnaire_version(id),
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        outcome text CHECK (outcome IN ('no_answer', 'call_back', 'refused', 'reached')),
        call_back_at timestamptz,
        CHECK ((ended_at IS NULL) = (outcome IS NULL)),
        CHECK (ended_at IS NULL OR ended_at >= started_at),
        CHECK ((outcome = 'call_back') = (call_back_at IS NOT NULL))
      )`);
    // At most one running call per family.
    await db.query(`CREATE UNIQUE INDEX outreach_attempt_running ON outreach_attempt (entry_id) WHERE ended_at IS NULL`);
    await db.query(`
      CREATE TABLE outreach_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES outreach_entry(id) ON DELETE CASCADE,
        attempt_id uuid NOT NULL UNIQUE REFERENCES outreach_attempt(id) ON DELETE CASCADE,
        version_id uuid NOT NULL REFERENCES outreach_questionnaire_version(id),
        worker_id uuid NOT NULL REFERENCES account(id),
        answers jsonb NOT NULL,
        submitted_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX outreach_response_entry ON outreach_response (entry_id, submitted_at)`);
    await db.query(`
      CREATE TABLE outreach_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES outreach_entry(id) ON DELETE CASCADE,
        response_id uuid REFERENCES outreach_response(id) ON DELETE CASCADE,
        worker_id uuid NOT NULL REFERENCES account(id),
        kind text NOT NULL CHECK (kind IN ('call_back', 'follow_up')),
        due_on date NOT NULL,
        note text,
        created_at timestamptz NOT NULL,
        done_at timestamptz
      )`);
    await db.query(`CREATE INDEX outreach_task_worker ON outreach_task (worker_id, due_on) WHERE done_at IS NULL`);

    await db.query(`ALTER TABLE time_entry DROP CONSTRAINT IF EXISTS time_entry_source_check`);
    await db.query(`ALTER TABLE time_entry ADD CONSTRAINT time_entry_source_check CHECK (source IN ${TIME_SOURCES_AFTER})`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM time_entry WHERE source = 'outreach'`);
    await db.query(`ALTER TABLE time_entry DROP CONSTRAINT IF EXISTS time_entry_source_check`);
    await db.query(`ALTER TABLE time_entry ADD CONSTRAINT time_entry_source_check CHECK (source IN ${TIME_SOURCES_BEFORE})`);
    for (const table of ['outreach_task', 'outreach_response', 'outreach_attempt', 'outreach_entry', 'outreach_list']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
    // The frozen versions would refuse their own deletion row by row: drop the triggers first.
    await db.query(`DROP TABLE IF EXISTS outreach_question, outreach_section, outreach_questionnaire_version, outreach_questionnaire CASCADE`);
    await db.query(`DROP FUNCTION IF EXISTS outreach_version_frozen()`);
  }
}
