import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An anonymous first question can become a registration invitation (issue 14): the worker invites
 * the asker, whose private link then offers to register (through intake's own postcode check and
 * registration). Who invited and when is kept with the question.
 */
export class QuestionInvitation1796193000000 implements MigrationInterface {
  name = 'QuestionInvitation1796193000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE library_question ADD COLUMN invited_at timestamptz, ADD COLUMN invited_by uuid REFERENCES account(id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE library_question DROP COLUMN invited_at, DROP COLUMN invited_by`);
  }
}
