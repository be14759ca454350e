import { Injectable } from '@nestjs/common';
import { AuthUser, Clock } from '@nabij/platform/api';
import { CLIENT_BOUND_NORM, WeekView } from '@nabij/time/contracts';
import { formatMinutes, dutchToday, toTimeEntry, weekOf } from './time-rules';
import { TimeEntriesRepository } from './time-entries.repository';

/** A worker's week: hours per day, prefills still to confirm, client-bound share vs the 80% norm. */
@Injectable()
export class TimeWeekService {
  constructor(
    private readonly repository: TimeEntriesRepository,
    private readonly clock: Clock,
  ) {}

  async week(user: AuthUser, date?: string): Promise<WeekView> {
    const now = this.clock.now();
    const week = weekOf(date ?? dutchToday(now));
    const days = await this.repository.weekDays(user.id, week.start, week.end);
    const toConfirm = await this.repository.toConfirmOf(user.id);
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
