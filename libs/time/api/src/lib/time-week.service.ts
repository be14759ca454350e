import { Injectable } from '@nestjs/common';
import { AuthUser, Clock } from '@nabij/platform/api';
import { CLIENT_BOUND_NORM, WeekView } from '@nabij/time/contracts';
import { DataSource, IsNull } from 'typeorm';
import { formatMinutes, dutchToday, toTimeEntry, weekOf } from './time-rules';
import { TimeEntryEntity } from './time-entry.entities';

/** A worker's week: hours per day, prefills still to confirm, client-bound share vs the 80% norm. */
@Injectable()
export class TimeWeekService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async week(user: AuthUser, date?: string): Promise<WeekView> {
    const now = this.clock.now();
    const week = weekOf(date ?? dutchToday(now));
    const days: Array<{ day: string; minutes: number; client: number }> = await this.dataSource.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS day,
              coalesce(sum(e.minutes), 0)::int AS minutes,
              coalesce(sum(e.minutes) FILTER (WHERE e.case_id IS NOT NULL), 0)::int AS client
         FROM generate_series($2::date, $3::date, interval '1 day') AS d
         LEFT JOIN time_entry e ON e.worker_id = $1 AND e.occurred_on = d::date AND e.deleted_at IS NULL
        GROUP BY d ORDER BY d`,
      [user.id, week.start, week.end],
    );
    const toConfirm = await this.dataSource.getRepository(TimeEntryEntity).find({
      where: { workerId: user.id, status: 'to_confirm', deletedAt: IsNull() },
      order: { occurredOn: 'ASC', createdAt: 'ASC' },
    });
    const total = days.reduce((sum, d) => sum + d.minutes, 0);
    const client = days.reduce((sum, d) => sum + d.client, 0);
    const share = total ? client / total : null;
    return {
      weekStart: week.start,
      weekEnd: week.end,
      days: days.map((d) => ({ date: d.day, minutes: d.minutes, hours: formatMinutes(d.minutes) })),
      totalMinutes: total,
      clientBoundMinutes: client,
      clientBoundShare: share === null ? null : Math.round(share * 1000) / 1000,
      norm: CLIENT_BOUND_NORM,
      meetsNorm: share === null ? null : share >= CLIENT_BOUND_NORM,
      toConfirm: toConfirm.map((e) => toTimeEntry(e, now)),
    };
  }
}
