import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface VideoNoticeRow {
  appointment_id: string;
  client_id: string;
  starts_at: Date;
  sent_at: Date;
  seen_at: Date | null;
}

/** SQL of the video_notice table. */
@Injectable()
export class VideoNoticesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Notes the notices in the caller's transaction; returns only those not sent before (one per appointment, ever). */
  async insertNew(
    db: EntityManager,
    notices: Array<{ appointmentId: string; clientId: string; startsAt: Date }>,
    now: Date,
  ): Promise<VideoNoticeRow[]> {
    if (notices.length === 0) return [];
    return db.query(
      `INSERT INTO video_notice (appointment_id, client_id, starts_at, sent_at)
       SELECT * , $4::timestamptz FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[])
       ON CONFLICT (appointment_id) DO NOTHING
       RETURNING *`,
      [notices.map((n) => n.appointmentId), notices.map((n) => n.clientId), notices.map((n) => n.startsAt), now],
    );
  }

  /** The client's notices not seen yet of appointments that start after `since`, soonest first. */
  unseen(clientId: string, since: Date): Promise<VideoNoticeRow[]> {
    return this.dataSource.query(
      `SELECT * FROM video_notice WHERE client_id = $1 AND seen_at IS NULL AND starts_at > $2 ORDER BY starts_at, appointment_id`,
      [clientId, since],
    );
  }

  /** Marks the client's own notice seen; false when they have no such notice. */
  async markSeen(clientId: string, appointmentId: string, now: Date): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE video_notice SET seen_at = coalesce(seen_at, $3) WHERE client_id = $1 AND appointment_id = $2`,
      [clientId, appointmentId, now],
    );
    return count > 0;
  }
}
