import { MigrationInterface, QueryRunner } from 'typeorm';

/** Cases (trajectories): the spine that dossier, messages, time registration and reports hang on. */
export class CareCases1764079200000 implements MigrationInterface {
  name = 'CareCases1764079200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE care_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        client_id uuid NOT NULL REFERENCES account(id),
        financier_id uuid NOT NULL REFERENCES financier(id),
        team_id uuid REFERENCES team(id),
        assigned_worker_id uuid REFERENCES account(id),
        kind_of_work text NOT NULL CHECK (kind_of_work IN ('algemeen_mw', 'hulp_online', 'school_mw')),
        problem_areas text[] NOT NULL DEFAULT '{}',
        uses_online_dossier boolean NOT NULL DEFAULT true,
        opened_on date NOT NULL,
        closed_on date,
        close_reason text CHECK (close_reason IN ('goal_reached', 'client_stopped', 'no_show', 'referred')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closed_on IS NULL OR closed_on >= opened_on),
        CHECK ((closed_on IS NULL) = (close_reason IS NULL))
      )`);
    await db.query(`CREATE INDEX care_case_client ON care_case (client_id)`);
    await db.query(`CREATE INDEX care_case_worker_open ON care_case (assigned_worker_id) WHERE closed_on IS NULL`);
    await db.query(`CREATE INDEX care_case_closed ON care_case (organisation_id, closed_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS care_case`);
  }
}
