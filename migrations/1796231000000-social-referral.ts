import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals on a case: a worker sends a client to a service of the social map and follows it
 * (proposed → made → accepted → closed). `service_label` keeps the service's name as it was, so the
 * referral still reads right when the service is later changed or removed from the map.
 */
export class SocialReferral1796231000000 implements MigrationInterface {
  name = 'SocialReferral1796231000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE social_referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        client_id uuid NOT NULL,
        service_id uuid REFERENCES social_service(id) ON DELETE SET NULL,
        service_label text NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        status text NOT NULL CHECK (status IN ('proposed', 'made', 'accepted', 'closed')),
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX social_referral_case ON social_referral (case_id, created_at)`);
    await db.query(`CREATE INDEX social_referral_client ON social_referral (client_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE social_referral`);
  }
}
