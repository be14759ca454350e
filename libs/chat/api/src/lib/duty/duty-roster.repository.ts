import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The SQL of the duty roster (`chat_duty`) as other domains read it. */
@Injectable()
export class DutyRosterRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Workers (accounts with the worker role) on the organisation's roster on the Amsterdam day of
   * `at`, with whether each is on duty at that moment; one row per duty line. `manager`: the
   * caller's transaction, else the pool.
   */
  onDutyRows(
    organisationId: string,
    at: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ id: string; now_on_duty: boolean }>> {
    return manager.query(
      `WITH local AS (SELECT ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam') AS ts)
       SELECT DISTINCT a.id, (d.starts_at <= local.ts::time AND d.ends_at > local.ts::time) AS now_on_duty
         FROM chat_duty d CROSS JOIN local JOIN account a ON a.id = d.worker_id AND a.role = 'worker'
        WHERE d.organisation_id = $1
          AND (d.on_date = local.ts::date OR d.weekday = extract(isodow FROM local.ts))`,
      [organisationId, at],
    );
  }
}
