import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: the language the worker chose for a parent's invitation (many parents read little Dutch),
 * so the invite and a resent one come in it; the parent's account takes the portal's language when
 * they accept. Existing invitations were Dutch.
 */
export class GuardianInviteLanguage1796410000000 implements MigrationInterface {
  name = 'GuardianInviteLanguage1796410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE guardian_link ADD COLUMN invite_language text NOT NULL DEFAULT 'nl'
         CONSTRAINT guardian_link_invite_language CHECK (invite_language IN ('nl', 'en', 'ar', 'tr', 'pl'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE guardian_link DROP COLUMN invite_language`);
  }
}
