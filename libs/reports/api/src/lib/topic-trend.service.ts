import { Injectable } from '@nestjs/common';
import { PROBLEM_AREAS } from '@nabij/dossier/contracts';
import { AuthUser } from '@nabij/platform/api';
import { MIN_GROUP_SIZE } from '@nabij/reports/contracts';
import type { TopicArea, TopicTrendReport } from '@nabij/reports/contracts';
import { CaseloadReportService } from './caseload-report.service';
import { TopicTrendQueryDto } from './dto/topic-trend-query.dto';
import { shownCount } from './intake-report.service';
import { TopicTrendRepository } from './topic-trend.repository';

/**
 * Topic trends (issue 20): problem areas of cases opened in the period, per month and per financier
 * (a case with two areas counts in both; the total counts it once). Counts of 1–4 are hidden: a
 * problem area of a handful of clients of one municipality in one month is about people.
 */
@Injectable()
export class TopicTrendService {
  constructor(
    private readonly repository: TopicTrendRepository,
    private readonly caseload: CaseloadReportService,
  ) {}

  async topics(user: AuthUser, query: TopicTrendQueryDto): Promise<TopicTrendReport> {
    const { organisationId, from, to, teamId, financierId } = await this.caseload.scopeFor(user, query);
    const scope = { organisationId, from, to, teamId, financierId };
    const [months, financiers] = await Promise.all([this.repository.months(scope), this.repository.financiers(scope)]);
    const hasNone = [...months, ...financiers].some((r) => !r.total && r.area === 'none' && r.cases > 0);
    const areas: TopicArea[] = [...PROBLEM_AREAS, ...(hasNone ? ['none'] : [])];
    const zeros = () => Object.fromEntries(areas.map((a) => [a, 0])) as Record<TopicArea, number | null>;

    const byMonth = new Map<string, TopicTrendReport['months'][number]>();
    for (const r of months) {
      const month = byMonth.get(r.start) ?? { start: r.start, end: r.finish, cases: 0, areas: zeros() };
      if (r.total) month.cases = shownCount(r.cases);
      else if (r.area) month.areas[r.area] = shownCount(r.cases);
      byMonth.set(r.start, month);
    }
    const byFinancier = new Map<string, TopicTrendReport['financiers'][number]>();
    for (const r of financiers) {
      const row = byFinancier.get(r.financier_id) ?? { financierId: r.financier_id, financier: r.financier, cases: 0, areas: zeros() };
      if (r.total) row.cases = shownCount(r.cases);
      else if (r.area) row.areas[r.area] = shownCount(r.cases);
      byFinancier.set(r.financier_id, row);
    }
    return {
      from,
      to,
      teamId,
      financierId,
      minGroupSize: MIN_GROUP_SIZE,
      areas,
      months: [...byMonth.values()],
      financiers: [...byFinancier.values()],
    };
  }
}
