import { Injectable } from '@nestjs/common';
import { SOCIAL_CATEGORY_WORDS_NL } from '@nabij/socialmap/contracts';
import type { SaveSocialService, SocialCategory, SocialReferral } from '@nabij/socialmap/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface SocialServiceRow {
  id: string;
  organisation_id: string;
  provider_name: string;
  name: string;
  description: string;
  categories: SocialCategory[];
  audience: string;
  municipality: string;
  address: string | null;
  opening_hours: string | null;
  phone: string | null;
  website: string | null;
  referral: SocialReferral;
  served_areas: number[];
  location_pc4: number | null;
  demo: boolean;
  rank: number;
  updated_at: Date;
}

/** A service as written by the seed, the admin screen and the CSV import: what an admin saves, and whether it is demo data. */
export interface SocialServiceInput extends SaveSocialService {
  demo?: boolean;
}

const COLUMNS = `id, organisation_id, provider_name, name, description, categories, audience, municipality, address,
  opening_hours, phone, website, referral, served_areas, location_pc4, demo, updated_at`;

/** More matches than one page shows: the service sorts them by distance and keeps the first page. */
const CANDIDATES = 300;

/** All SQL of the social map. */
@Injectable()
export class SocialMapRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Services matching the need text and category. Each word of the text is stemmed with the Dutch
   * configuration and matched as a prefix, so "schulden" (stem "schuld") also finds the compound
   * "schuldhulpmaatje"; all words must match. Text of punctuation or stop words alone finds nothing.
   */
  search(filter: { q: string | null; category: SocialCategory | null }): Promise<SocialServiceRow[]> {
    return this.dataSource.query(
      `WITH q AS (
         SELECT to_tsquery('simple', string_agg(quote_literal(lexeme) || ':*', ' & ')) AS query
           FROM unnest(to_tsvector('dutch', coalesce($1::text, ''))))
       SELECT ${COLUMNS}, CASE WHEN q.query IS NULL THEN 0 ELSE ts_rank(s.search, q.query) END AS rank
         FROM social_service s, q
        WHERE ($1::text IS NULL OR (q.query IS NOT NULL AND s.search @@ q.query))
          AND ($2::text IS NULL OR $2 = ANY (s.categories))
        ORDER BY rank DESC, s.provider_name, s.name
        LIMIT ${CANDIDATES}`,
      [filter.q, filter.category],
    );
  }

  /** The services that name this four-digit area among the areas they serve (national lines name none). */
  servingArea(pc4: number): Promise<SocialServiceRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS}, 0 AS rank FROM social_service WHERE served_areas @> ARRAY[$1::int] ORDER BY provider_name, name, id`,
      [pc4],
    );
  }

  /** Writes a service for an organisation; `db` is the caller's transaction. Returns the id. */
  async insert(db: EntityManager, organisationId: string, input: SocialServiceInput, now: Date): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO social_service (organisation_id, provider_name, name, description, categories, category_words, audience, municipality,
         address, opening_hours, phone, website, referral, served_areas, location_pc4, demo, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id`,
      [organisationId, ...values(input), now],
    );
    return row.id;
  }

  /** The services one organisation keeps, for its admins. */
  listForOrganisation(organisationId: string): Promise<SocialServiceRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS}, 0 AS rank FROM social_service WHERE organisation_id = $1 ORDER BY municipality, provider_name, name`,
      [organisationId],
    );
  }

  /** One service of the organisation, or null (another organisation's service is not there for this admin). */
  async findForOrganisation(
    organisationId: string,
    id: string,
    db: EntityManager = this.dataSource.manager,
  ): Promise<SocialServiceRow | null> {
    const [row] = await db.query(`SELECT ${COLUMNS}, 0 AS rank FROM social_service WHERE id = $1 AND organisation_id = $2`, [
      id,
      organisationId,
    ]);
    return row ?? null;
  }

  /** Overwrites a service of the organisation; false when it has no such service. Editing makes it real data, no longer demo. */
  async update(db: EntityManager, organisationId: string, id: string, input: SocialServiceInput, now: Date): Promise<boolean> {
    const [, updated] = await db.query(
      `UPDATE social_service SET provider_name = $3, name = $4, description = $5, categories = $6, category_words = $7, audience = $8,
         municipality = $9, address = $10, opening_hours = $11, phone = $12, website = $13, referral = $14, served_areas = $15,
         location_pc4 = $16, demo = $17, updated_at = $18
        WHERE id = $1 AND organisation_id = $2`,
      [id, organisationId, ...values(input), now],
    );
    return updated > 0;
  }

  async delete(db: EntityManager, organisationId: string, id: string): Promise<boolean> {
    const [, deleted] = await db.query(`DELETE FROM social_service WHERE id = $1 AND organisation_id = $2`, [id, organisationId]);
    return deleted > 0;
  }
}

function values(input: SocialServiceInput): unknown[] {
  return [
    input.providerName,
    input.name,
    input.description,
    input.categories,
    input.categories.map((c) => SOCIAL_CATEGORY_WORDS_NL[c]).join(', '),
    input.audience,
    input.municipality,
    input.address ?? null,
    input.openingHours ?? null,
    input.phone ?? null,
    input.website ?? null,
    input.referral,
    [...new Set(input.servedAreas)].sort((a, b) => a - b),
    input.locationPc4 ?? null,
    input.demo ?? false,
  ];
}
