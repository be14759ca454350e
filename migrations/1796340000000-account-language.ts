import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: the language an account reads (nl, en, ar, tr, pl), chosen in the portal and remembered
 * here, so the client's mails and SMS use it and a worker sees it. Staff choose nl or en (the API
 * refuses the others for them); existing accounts read Dutch.
 */
export class AccountLanguage1796340000000 implements MigrationInterface {
  name = 'AccountLanguage1796340000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE account ADD COLUMN language text NOT NULL DEFAULT 'nl'
         CONSTRAINT account_language CHECK (language IN ('nl', 'en', 'ar', 'tr', 'pl'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account DROP COLUMN language`);
  }
}
