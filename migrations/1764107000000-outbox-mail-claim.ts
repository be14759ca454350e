import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `outbox_mail.claimed_until`: whoever delivers a mail (the request that stored it, its pg-boss job,
 * the retry sweep) first claims the row with one short UPDATE, sends over SMTP with no transaction
 * open, then marks it sent. Nobody else sends it while the claim lasts, so the request path and
 * the retries never send one mail twice; a claim left by a crashed process simply expires.
 */
export class OutboxMailClaim1764107000000 implements MigrationInterface {
  name = 'OutboxMailClaim1764107000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_mail ADD COLUMN claimed_until timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_mail DROP COLUMN claimed_until`);
  }
}
