import { MigrationInterface, QueryRunner } from 'typeorm';

const TIME_SOURCES_BEFORE = `('manual', 'chat', 'message', 'homework', 'appointment', 'outreach')`;
const TIME_SOURCES_AFTER = `('manual', 'chat', 'message', 'homework', 'appointment', 'outreach', 'group_session')`;

/**
 * Group trainings (issue 16): a cohort of a course with its trainers and participants (6–12), group
 * sessions in a room or online, attendance per session, and one time contact per trainer for a
 * session held (registered as non-client time `group_training`, so time_entry learns the source
 * 'group_session'). A participant is in the cohort through their enrolment in the course; an invited
 * client has no enrolment until they accept.
 */
export class TrainingCohorts1796270000000 implements MigrationInterface {
  name = 'TrainingCohorts1796270000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE training_cohort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        training_id uuid NOT NULL REFERENCES training(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        starts_on date NOT NULL,
        pacing text NOT NULL CHECK (pacing IN ('per_session', 'own_pace')),
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX training_cohort_organisation ON training_cohort (organisation_id, starts_on)`);
    await db.query(`
      CREATE TABLE training_cohort_trainer (
        cohort_id uuid NOT NULL REFERENCES training_cohort(id) ON DELETE CASCADE,
        trainer_id uuid NOT NULL,
        PRIMARY KEY (cohort_id, trainer_id)
      )`);
    await db.query(`CREATE INDEX training_cohort_trainer_account ON training_cohort_trainer (trainer_id)`);
    await db.query(`
      CREATE TABLE training_cohort_member (
        cohort_id uuid NOT NULL REFERENCES training_cohort(id) ON DELETE CASCADE,
        client_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('invited', 'active')),
        enrolment_id uuid REFERENCES training_enrolment(id) ON DELETE CASCADE,
        nickname text CHECK (nickname IS NULL OR length(nickname) BETWEEN 2 AND 30),
        added_by uuid NOT NULL,
        added_at timestamptz NOT NULL,
        PRIMARY KEY (cohort_id, client_id),
        CHECK ((status = 'active') = (enrolment_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX training_cohort_member_client ON training_cohort_member (client_id)`);
    await db.query(`
      CREATE TABLE training_group_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES training_cohort(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        minutes int NOT NULL CHECK (minutes BETWEEN 15 AND 480),
        place text NOT NULL CHECK (place IN ('room', 'online')),
        room text,
        address text,
        link text,
        module_id uuid REFERENCES training_module(id) ON DELETE SET NULL,
        held_at timestamptz,
        created_at timestamptz NOT NULL,
        CHECK (place <> 'room' OR (room IS NOT NULL AND address IS NOT NULL)),
        CHECK (place <> 'online' OR link IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX training_group_session_cohort ON training_group_session (cohort_id, starts_at)`);
    await db.query(`
      CREATE TABLE training_session_attendance (
        session_id uuid NOT NULL REFERENCES training_group_session(id) ON DELETE CASCADE,
        client_id uuid NOT NULL,
        present boolean NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (session_id, client_id)
      )`);
    await db.query(`
      CREATE TABLE training_group_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES training_group_session(id) ON DELETE CASCADE,
        trainer_id uuid NOT NULL,
        UNIQUE (session_id, trainer_id)
      )`);
    await db.query(`ALTER TABLE time_entry DROP CONSTRAINT IF EXISTS time_entry_source_check`);
    await db.query(`ALTER TABLE time_entry ADD CONSTRAINT time_entry_source_check CHECK (source IN ${TIME_SOURCES_AFTER})`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM time_entry WHERE source = 'group_session'`);
    await db.query(`ALTER TABLE time_entry DROP CONSTRAINT IF EXISTS time_entry_source_check`);
    await db.query(`ALTER TABLE time_entry ADD CONSTRAINT time_entry_source_check CHECK (source IN ${TIME_SOURCES_BEFORE})`);
    for (const table of [
      'training_group_contact',
      'training_session_attendance',
      'training_group_session',
      'training_cohort_member',
      'training_cohort_trainer',
      'training_cohort',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
