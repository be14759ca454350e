import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The social map: local and national services people can be sent to, kept by the admins of the
 * organisation that entered them, searchable by everyone. `served_areas` are four-digit postcode
 * areas (empty: the whole country); `location_pc4` is where the service is, for "nearest first".
 * Search text (Dutch configuration) is generated from the names, description, audience and the Dutch
 * names of the categories, which the service writes into `category_words`.
 */
export class SocialMap1796230000000 implements MigrationInterface {
  name = 'SocialMap1796230000000';

  async up(db: QueryRunner): Promise<void> {
    const categories = `'money', 'housing', 'work-income', 'parenting', 'relationships', 'loneliness', 'health', 'safety', 'legal', 'daytime', 'food-goods'`;
    await db.query(`
      CREATE TABLE social_service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        provider_name text NOT NULL CHECK (length(provider_name) BETWEEN 1 AND 120),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
        categories text[] NOT NULL CHECK (cardinality(categories) > 0 AND categories <@ ARRAY[${categories}]::text[]),
        category_words text NOT NULL,
        audience text NOT NULL CHECK (length(audience) BETWEEN 1 AND 200),
        municipality text NOT NULL CHECK (length(municipality) BETWEEN 1 AND 80),
        address text CHECK (length(address) <= 200),
        opening_hours text CHECK (length(opening_hours) <= 200),
        phone text CHECK (length(phone) <= 30),
        website text CHECK (length(website) <= 300 AND website ~ '^https://'),
        referral text NOT NULL CHECK (referral IN ('self', 'worker')),
        served_areas int[] NOT NULL DEFAULT '{}' CHECK (1000 <= ALL (served_areas) AND 9999 >= ALL (served_areas)),
        location_pc4 int CHECK (location_pc4 BETWEEN 1000 AND 9999),
        demo boolean NOT NULL DEFAULT false,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', provider_name || ' ' || name), 'A')
          || setweight(to_tsvector('dutch', category_words), 'B')
          || setweight(to_tsvector('dutch', description || ' ' || audience || ' ' || municipality), 'C')) STORED,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX social_service_search ON social_service USING gin (search)`);
    await db.query(`CREATE INDEX social_service_categories ON social_service USING gin (categories)`);
    await db.query(`CREATE INDEX social_service_organisation ON social_service (organisation_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE social_service`);
  }
}
