import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A line of the roster as stored; its worker's name and team come from identity (AccountDirectoryService). */
export type StoredDutyLineRow = Omit<DutyLineRow, 'worker_name' | 'worker_team_id'>;

/** A line of the roster with its worker, as the rota screen shows it. */
export interface DutyLineRow {
  id: string;
  worker_id: string;
  worker_name: string | null;
  worker_team_id: string | null;
  weekday: number | null;
  on_date: string | null;
  starts_at: string;
  ends_at: string;
}

/** The SQL of the duty roster (`chat_duty`) as other domains read it. */
@Injectable()
export class DutyRosterRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Accounts on the organisation's roster on the Amsterdam day of `at`, with whether each is on duty
   * at that moment; one row per duty line. `manager`: the caller's transaction, else the pool.
   */
  onDutyRows(
    organisationId: string,
    at: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ id: string; now_on_duty: boolean }>> {
    return manager.query(
      `WITH local AS (SELECT ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam') AS ts)
       SELECT DISTINCT d.worker_id AS id, (d.starts_at <= local.ts::time AND d.ends_at > local.ts::time) AS now_on_duty
         FROM chat_duty d CROSS JOIN local
        WHERE d.organisation_id = $1
          AND (d.on_date = local.ts::date OR d.weekday = extract(isodow FROM local.ts))`,
      [organisationId, at],
    );
  }

  /** Weekly lines and the dated lines from `from` to `to` (inclusive). */
  linesBetween(organisationId: string, from: string, to: string): Promise<StoredDutyLineRow[]> {
    return this.dataSource.query(
      `SELECT d.id, d.worker_id, d.weekday,
              to_char(d.on_date, 'YYYY-MM-DD') AS on_date, to_char(d.starts_at, 'HH24:MI') AS starts_at,
              to_char(d.ends_at, 'HH24:MI') AS ends_at
         FROM chat_duty d
        WHERE d.organisation_id = $1 AND (d.weekday IS NOT NULL OR d.on_date BETWEEN $2 AND $3)
        ORDER BY d.starts_at, d.id`,
      [organisationId, from, to],
    );
  }

  /** A roster line of this organisation with its worker, locked for removal. */
  async lineForUpdate(db: EntityManager, organisationId: string, id: string): Promise<{ id: string; worker_id: string } | null> {
    const [row] = await db.query(`SELECT d.id, d.worker_id FROM chat_duty d WHERE d.id = $1 AND d.organisation_id = $2 FOR UPDATE OF d`, [
      id,
      organisationId,
    ]);
    return row ?? null;
  }

  async insertDatedLine(
    db: EntityManager,
    organisationId: string,
    line: { workerId: string; date: string; start: string; end: string },
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO chat_duty (organisation_id, worker_id, on_date, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [organisationId, line.workerId, line.date, line.start, line.end],
    );
    return row.id;
  }

  async deleteLine(db: EntityManager, id: string): Promise<void> {
    await db.query(`DELETE FROM chat_duty WHERE id = $1`, [id]);
  }

  /** The worker's weekly lines and dated lines from `fromDate` on (the past stays as it was); the caller's transaction. */
  async deleteLinesOfWorkerFrom(db: EntityManager, organisationId: string, workerId: string, fromDate: string): Promise<number> {
    const [, deleted] = await db.query(
      `DELETE FROM chat_duty WHERE organisation_id = $1 AND worker_id = $2 AND (weekday IS NOT NULL OR on_date >= $3)`,
      [organisationId, workerId, fromDate],
    );
    return Number(deleted ?? 0);
  }
}
