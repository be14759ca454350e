import { Injectable } from '@nestjs/common';
import type { ReferralStatus } from '@nabij/socialmap/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface ReferralRow {
  id: string;
  case_id: string;
  client_id: string;
  service_id: string | null;
  service_label: string;
  reason: string;
  status: ReferralStatus;
  created_at: Date;
  updated_at: Date;
  phone: string | null;
  website: string | null;
  address: string | null;
  opening_hours: string | null;
}

/** The referral and how to reach its service now (nothing when the service was taken off the map). */
const COLUMNS = `r.id, r.case_id, r.client_id, r.service_id, r.service_label, r.reason, r.status, r.created_at, r.updated_at,
  s.phone, s.website, s.address, s.opening_hours`;
const FROM = 'social_referral r LEFT JOIN social_service s ON s.id = r.service_id';

/** SQL of referrals; who may see which case is decided before these are called. */
@Injectable()
export class ReferralRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    db: EntityManager,
    r: {
      organisationId: string;
      caseId: string;
      clientId: string;
      serviceId: string;
      reason: string;
      status: ReferralStatus;
      createdBy: string;
      now: Date;
    },
  ): Promise<string | null> {
    // The label is taken from the service in the same statement: no row when the service does not exist.
    const rows = await db.query(
      `INSERT INTO social_referral (organisation_id, case_id, client_id, service_id, service_label, reason, status, created_by, created_at, updated_at)
       SELECT $1, $2, $3, s.id, s.provider_name || ': ' || s.name, $5, $6, $7, $8, $8 FROM social_service s WHERE s.id = $4
       RETURNING id`,
      [r.organisationId, r.caseId, r.clientId, r.serviceId, r.reason, r.status, r.createdBy, r.now],
    );
    return rows[0]?.id ?? null;
  }

  ofCase(caseId: string): Promise<ReferralRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.case_id = $1 ORDER BY r.created_at, r.id`, [caseId]);
  }

  async find(id: string, db: EntityManager = this.dataSource.manager): Promise<ReferralRow | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1`, [id]);
    return row ?? null;
  }

  async setStatus(db: EntityManager, id: string, status: ReferralStatus, now: Date): Promise<void> {
    await db.query(`UPDATE social_referral SET status = $2, updated_at = $3 WHERE id = $1`, [id, status, now]);
  }
}
