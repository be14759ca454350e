import { Injectable } from '@nestjs/common';
import { INTAKE_CHANNELS, ONLINE_INTAKE_CHANNELS } from '@nabij/dossier/contracts';
import { AuthUser } from '@nabij/platform/api';
import { AGE_BANDS, MIN_GROUP_SIZE } from '@nabij/reports/contracts';
import type { IntakeReport, IntakeReportChannel } from '@nabij/reports/contracts';
import { CaseloadReportService, trendBucket } from './caseload-report.service';
import { IntakeQueryDto } from './dto/intake-query.dto';
import { IntakeReportRepository } from './intake-report.repository';

const YOUNG_BANDS = new Set(['under_18', '18_26']);

/** A count a team lead may see: 0, or MIN_GROUP_SIZE and more; 1–4 become null. */
export const shownCount = (n: number): number | null => (n > 0 && n < MIN_GROUP_SIZE ? null : n);

/**
 * How new clients came in: cases opened in the period per intake channel, per week or month, and per
 * age band online versus other channels (does online reach young people?). Counts only; the age
 * table hides counts of 1–4. Same scope rules as Table B (a team lead: own team).
 */
@Injectable()
export class IntakeReportService {
  constructor(
    private readonly repository: IntakeReportRepository,
    private readonly caseload: CaseloadReportService,
  ) {}

  async intake(user: AuthUser, query: IntakeQueryDto): Promise<IntakeReport> {
    const { organisationId, from, to, teamId, financierId } = await this.caseload.scopeFor(user, query);
    const scope = { organisationId, from, to, teamId, financierId };
    const bucket = trendBucket(from, to);
    const [channels, trend, ages] = await Promise.all([
      this.repository.channels(scope),
      this.repository.trend(scope, bucket),
      this.repository.ages(scope),
    ]);
    const count = new Map(channels.map((c) => [c.channel, c.cases]));
    const listed: IntakeReportChannel[] = [...INTAKE_CHANNELS, ...(count.has('unknown') ? (['unknown'] as const) : [])];
    const zeros = () => Object.fromEntries(listed.map((c) => [c, 0])) as IntakeReport['trend'][number]['cases'];
    const points = new Map<string, IntakeReport['trend'][number]>();
    for (const row of trend) {
      const point = points.get(row.start) ?? { start: row.start, end: row.finish, cases: zeros(), total: 0 };
      if (row.channel) {
        point.cases[row.channel] = row.cases;
        point.total += row.cases;
      }
      points.set(row.start, point);
    }
    const online = (channel: IntakeReportChannel) => (ONLINE_INTAKE_CHANNELS as readonly string[]).includes(channel);
    const sum = (band: string, side: boolean) =>
      ages.filter((a) => a.band === band && a.channel !== 'unknown' && online(a.channel) === side).reduce((n, a) => n + a.cases, 0);
    const young = (side: boolean) => {
      const all = AGE_BANDS.reduce((n, band) => n + sum(band, side), 0);
      const few = [...YOUNG_BANDS].reduce((n, band) => n + sum(band, side), 0);
      return all < MIN_GROUP_SIZE ? null : Math.round((few / all) * 100);
    };
    return {
      from,
      to,
      teamId,
      financierId,
      minGroupSize: MIN_GROUP_SIZE,
      bucket,
      total: channels.reduce((n, c) => n + c.cases, 0),
      channels: listed.map((channel) => ({ channel, cases: count.get(channel) ?? 0 })),
      trend: [...points.values()],
      ages: AGE_BANDS.map((band) => ({ band, online: shownCount(sum(band, true)), other: shownCount(sum(band, false)) })),
      youngPercent: { online: young(true), other: young(false) },
    };
  }
}
