import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Online trainings: content as data (training → module → step), and what participants do with it
 * (enrolment, step progress, self-test results, homework submissions, homework contacts).
 */
export class Trainings1764102000000 implements MigrationInterface {
  name = 'Trainings1764102000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE training (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        trainer_id uuid REFERENCES account(id),
        goal_examples text[] NOT NULL DEFAULT '{}',
        published boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX training_organisation ON training (organisation_id)`);
    await db.query(`
      CREATE TABLE training_module (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        training_id uuid NOT NULL REFERENCES training(id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 1),
        title text NOT NULL,
        intro text NOT NULL DEFAULT '',
        requires_feedback boolean NOT NULL DEFAULT false,
        CONSTRAINT training_module_position UNIQUE (training_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await db.query(`
      CREATE TABLE training_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES training_module(id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 1),
        kind text NOT NULL CHECK (kind IN ('text', 'video', 'self_test', 'assignment')),
        title text NOT NULL,
        content jsonb NOT NULL,
        CONSTRAINT training_step_position UNIQUE (module_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await db.query(`
      CREATE TABLE training_enrolment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        training_id uuid NOT NULL REFERENCES training(id),
        client_id uuid NOT NULL REFERENCES account(id),
        enrolled_by uuid NOT NULL REFERENCES account(id),
        mode text NOT NULL CHECK (mode IN ('blended', 'online')),
        goals text[] NOT NULL CHECK (cardinality(goals) BETWEEN 2 AND 3),
        started_at timestamptz NOT NULL,
        last_activity_at timestamptz NOT NULL,
        reminders_enabled boolean NOT NULL DEFAULT false,
        reminder_frequency text NOT NULL DEFAULT 'weekly' CHECK (reminder_frequency IN ('weekly', 'twice_weekly')),
        UNIQUE (training_id, client_id)
      )`);
    await db.query(`CREATE INDEX training_enrolment_client ON training_enrolment (client_id)`);
    await db.query(`
      CREATE TABLE training_step_progress (
        enrolment_id uuid NOT NULL REFERENCES training_enrolment(id) ON DELETE CASCADE,
        step_id uuid NOT NULL REFERENCES training_step(id) ON DELETE CASCADE,
        completed_at timestamptz NOT NULL,
        PRIMARY KEY (enrolment_id, step_id)
      )`);
    await db.query(`
      CREATE TABLE training_self_test_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL REFERENCES training_enrolment(id) ON DELETE CASCADE,
        step_id uuid NOT NULL REFERENCES training_step(id) ON DELETE CASCADE,
        answers jsonb NOT NULL,
        score int NOT NULL,
        max_score int NOT NULL,
        band_title text NOT NULL,
        taken_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX training_self_test_result_step ON training_self_test_result (enrolment_id, step_id, taken_at DESC)`);
    await db.query(`
      CREATE TABLE training_submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL REFERENCES training_enrolment(id) ON DELETE CASCADE,
        step_id uuid NOT NULL REFERENCES training_step(id),
        answers jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('submitted', 'returned', 'feedback_given')),
        revision int NOT NULL DEFAULT 1,
        trainer_id uuid REFERENCES account(id),
        case_id uuid REFERENCES care_case(id),
        first_submitted_at timestamptz NOT NULL,
        submitted_at timestamptz NOT NULL,
        feedback text,
        feedback_by uuid REFERENCES account(id),
        feedback_at timestamptz,
        UNIQUE (enrolment_id, step_id)
      )`);
    // The trainer's task list: submissions waiting for feedback, oldest first.
    await db.query(`CREATE INDEX training_submission_waiting ON training_submission (submitted_at) WHERE status = 'submitted'`);
    await db.query(`
      CREATE TABLE training_homework_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES training_submission(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES care_case(id),
        client_id uuid NOT NULL REFERENCES account(id),
        revision int NOT NULL,
        submitted_at timestamptz NOT NULL,
        worker_id uuid REFERENCES account(id),
        answered_at timestamptz,
        outcome text CHECK (outcome IN ('feedback_given', 'returned')),
        UNIQUE (submission_id, revision)
      )`);
    await db.query(`CREATE INDEX training_homework_contact_case ON training_homework_contact (case_id, submitted_at)`);
    await db.query(`CREATE INDEX training_homework_contact_worker ON training_homework_contact (worker_id, answered_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'training_homework_contact',
      'training_submission',
      'training_self_test_result',
      'training_step_progress',
      'training_enrolment',
      'training_step',
      'training_module',
      'training',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
