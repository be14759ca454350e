import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The rows of a new organisation that intake owns: the organisation, its financiers and their service areas. */
@Injectable()
export class OrganisationRecordsRepository {
  /** Held until the caller's transaction ends. */
  async lockSetups(db: EntityManager): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock(7246020)');
  }

  async slugTaken(db: EntityManager, slug: string): Promise<boolean> {
    const rows = await db.query(`SELECT 1 FROM organisation WHERE slug = $1`, [slug]);
    return rows.length > 0;
  }

  /** Postcode ranges that another organisation's financiers already serve (overlaps make the check ambiguous). */
  async servedElsewhere(
    db: EntityManager,
    ranges: Array<[number, number]>,
  ): Promise<Array<{ organisation: string; from: number; to: number }>> {
    if (ranges.length === 0) return [];
    return db.query(
      `SELECT o.name AS organisation, sa.postcode_from AS "from", sa.postcode_to AS "to"
         FROM service_area sa JOIN financier f ON f.id = sa.financier_id JOIN organisation o ON o.id = f.organisation_id
         JOIN unnest($1::int[], $2::int[]) AS r(lo, hi) ON sa.postcode_from <= r.hi AND sa.postcode_to >= r.lo
        ORDER BY sa.postcode_from`,
      [ranges.map((r) => r[0]), ranges.map((r) => r[1])],
    );
  }

  async insertOrganisation(db: EntityManager, name: string, slug: string): Promise<string> {
    const [row] = await db.query(`INSERT INTO organisation (name, slug) VALUES ($1, $2) RETURNING id`, [name, slug]);
    return row.id;
  }

  async insertFinancier(
    db: EntityManager,
    organisationId: string,
    f: {
      name: string;
      reportName: string | null;
      socialTeamName: string | null;
      socialTeamPhone: string | null;
      socialTeamUrl: string | null;
    },
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO financier (organisation_id, name, report_name, social_team_name, social_team_phone, social_team_url)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [organisationId, f.name, f.reportName, f.socialTeamName, f.socialTeamPhone, f.socialTeamUrl],
    );
    return row.id;
  }

  async insertServiceArea(db: EntityManager, financierId: string, from: number, to: number): Promise<void> {
    await db.query(`INSERT INTO service_area (financier_id, postcode_from, postcode_to) VALUES ($1, $2, $3)`, [financierId, from, to]);
  }
}
