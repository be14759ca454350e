import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A financier's name as reports write it ("Alphen" for "Alphen aan den Rijn", as Table B does).
 * Null means: use the full name. Reports read `coalesce(report_name, name)`.
 */
export class FinancierReportName1764102400000 implements MigrationInterface {
  name = 'FinancierReportName1764102400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE financier ADD COLUMN IF NOT EXISTS report_name text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE financier DROP COLUMN IF EXISTS report_name`);
  }
}
