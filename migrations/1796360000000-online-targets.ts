import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Targets per financier (issue 20): the share of cases that should use the online dossier in a
 * year, set by an admin (e.g. 30 %, and 90 % for the next year). Reports compares it with the
 * actual share; one target per financier and year.
 */
export class OnlineTargets1796360000000 implements MigrationInterface {
  name = 'OnlineTargets1796360000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE financier_online_target (
        financier_id uuid NOT NULL REFERENCES financier(id) ON DELETE CASCADE,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        target_percent smallint NOT NULL CHECK (target_percent BETWEEN 0 AND 100),
        set_by uuid REFERENCES account(id) ON DELETE SET NULL,
        set_at timestamptz NOT NULL,
        PRIMARY KEY (financier_id, year)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE financier_online_target`);
  }
}
