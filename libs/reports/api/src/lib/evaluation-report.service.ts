import { Injectable } from '@nestjs/common';
import { AuthUser } from '@nabij/platform/api';
import { MIN_GROUP_SIZE } from '@nabij/reports/contracts';
import type { EvaluationFigures, EvaluationReport } from '@nabij/reports/contracts';
import { CaseloadReportService, trendBucket } from './caseload-report.service';
import { EvaluationQueryDto } from './dto/evaluation-query.dto';
import { EvaluationReportRepository, EvaluationSums } from './evaluation-report.repository';
import { nameWords, redactRemark } from './remark-redaction';

const oneDecimal = (sum: number, n: number) => Math.round((sum * 10) / n) / 10;

/** Figures of a group, or none at all when fewer than MIN_GROUP_SIZE answered. */
export function toFigures(s: EvaluationSums): EvaluationFigures {
  if (s.answers < MIN_GROUP_SIZE)
    return { suppressed: true, answers: null, helpfulAverage: null, understoodAverage: null, againPercent: null };
  return {
    suppressed: false,
    answers: s.answers,
    helpfulAverage: oneDecimal(s.helpful_sum, s.answers),
    understoodAverage: oneDecimal(s.understood_sum, s.answers),
    againPercent: Math.round((s.again / s.answers) * 100),
  };
}

/**
 * The three questions after chats and closed message threads, for a team lead (own team) or an
 * admin: averages per team × channel, a trend per week or month, and the remarks of groups large
 * enough — all without names. Nothing here identifies a client, so nothing is audit-logged.
 */
@Injectable()
export class EvaluationReportService {
  constructor(
    private readonly repository: EvaluationReportRepository,
    private readonly caseload: CaseloadReportService,
  ) {}

  async evaluations(user: AuthUser, query: EvaluationQueryDto): Promise<EvaluationReport> {
    const { organisationId, from, to, teamId } = await this.caseload.scopeFor(user, query);
    const scope = { organisationId, from, to, teamId };
    const bucket = trendBucket(from, to);
    const [groups, trend, remarks] = await Promise.all([
      this.repository.groups(scope),
      this.repository.trend(scope, bucket),
      this.repository.remarks(scope),
    ]);
    const key = (teamId: string | null, channel: string) => `${teamId ?? '-'}|${channel}`;
    const shownGroups = groups.filter((g) => g.answers >= MIN_GROUP_SIZE);
    const allowed = new Set(shownGroups.map((g) => key(g.team_id, g.channel)));
    const kept = remarks.filter((r) => allowed.has(key(r.team_id, r.channel)));
    const names = kept.length ? nameWords(await this.repository.names(organisationId)) : new Set<string>();
    return {
      from,
      to,
      teamId,
      minGroupSize: MIN_GROUP_SIZE,
      bucket,
      groups: groups.map((g) => {
        const figures = toFigures(g);
        return { teamId: g.team_id, team: g.team, channel: g.channel, ...figures, skipped: figures.suppressed ? null : g.skipped };
      }),
      trend: trend.map((p) => ({ start: p.start, end: p.finish, channel: p.channel, ...toFigures(p) })),
      remarks: shownGroups
        .map((g) => ({
          teamId: g.team_id,
          team: g.team,
          channel: g.channel,
          remarks: kept.filter((r) => key(r.team_id, r.channel) === key(g.team_id, g.channel)).map((r) => redactRemark(r.remark, names)),
        }))
        .filter((g) => g.remarks.length > 0),
    };
  }
}
