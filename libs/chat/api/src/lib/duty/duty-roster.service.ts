import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Workers the roster puts on duty on the Amsterdam day of a moment. */
export interface DutyToday {
  /** On duty at that moment. */
  now: string[];
  /** On duty some time that day (including `now`). */
  today: string[];
}

/**
 * The duty roster (bureaudienst, table `chat_duty`): who staffs chat, and who answers what no
 * assigned worker can (messages escalates to them). Chat owns the table; others ask this service.
 */
@Injectable()
export class DutyRosterService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Workers (accounts with the worker role) on the organisation's roster at `at`, every week on
   * that weekday or once on that date. `db`: read inside the caller's transaction.
   */
  async onDutyToday(organisationId: string, at: Date, db: EntityManager = this.dataSource.manager): Promise<DutyToday> {
    const rows: Array<{ id: string; now_on_duty: boolean }> = await db.query(
      `WITH local AS (SELECT ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam') AS ts)
       SELECT DISTINCT a.id, (d.starts_at <= local.ts::time AND d.ends_at > local.ts::time) AS now_on_duty
         FROM chat_duty d CROSS JOIN local JOIN account a ON a.id = d.worker_id AND a.role = 'worker'
        WHERE d.organisation_id = $1
          AND (d.on_date = local.ts::date OR d.weekday = extract(isodow FROM local.ts))`,
      [organisationId, at],
    );
    return {
      now: [...new Set(rows.filter((r) => r.now_on_duty).map((r) => r.id))],
      today: [...new Set(rows.map((r) => r.id))],
    };
  }
}
