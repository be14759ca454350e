import { ForbiddenException, Injectable } from '@nestjs/common';
import { KIND_OF_WORK_REPORT_NAME } from '@nabij/dossier/contracts';
import { AuthUser, Clock } from '@nabij/platform/api';
import type {
  CaseloadFilters,
  CaseloadReport,
  CaseloadRow,
  CaseloadSummary,
  ComplianceTrend,
  PeriodHoursReport,
  PeriodHoursTotals,
} from '@nabij/reports/contracts';
import {
  CaseloadGroup,
  CaseloadReportRepository,
  CaseloadScope,
  ComplianceCounts,
  PeriodHoursGroup,
  TrendCounts,
} from './caseload-report.repository';
import { CaseloadQueryDto } from './dto/caseload-query.dto';
import { formatHoursMinutes } from './hours-minutes';

const PROBLEM_AREA_REPORT_NAME = { materiele_problematiek: 'materiele problematiek' } as const;

/** Caseload hours (Table B) for a team lead (own team only) or an admin (whole organisation). */
@Injectable()
export class CaseloadReportService {
  constructor(
    private readonly repository: CaseloadReportRepository,
    private readonly clock: Clock,
  ) {}

  async caseload(user: AuthUser, query: CaseloadQueryDto): Promise<CaseloadReport> {
    const scope = await this.scopeFor(user, query);
    const now = this.clock.now();
    const bucket = trendBucket(scope.from, scope.to);
    const [groups, counts, trend] = await Promise.all([
      this.repository.groups(scope),
      this.repository.compliance(scope, now),
      this.repository.trend(scope, now, bucket),
    ]);
    return {
      ...shown(scope),
      rows: groups.map(toRow),
      summary: toSummary(counts),
      complianceTrend: toTrend(bucket, trend),
    };
  }

  /**
   * The live view next to Table B: hours registered in the period on open and closed cases, per
   * financier × kind of work and per worker. Same scope rules as Table B (a team lead: own team).
   */
  async periodHours(user: AuthUser, query: CaseloadQueryDto): Promise<PeriodHoursReport> {
    const scope = await this.scopeFor(user, query);
    const groups = await this.repository.periodHours(scope);
    const total = groups.find((g) => g.kind === 'total');
    return {
      ...shown(scope),
      byFinancier: groups
        .filter((g) => g.kind === 'financier')
        .map((g) => ({
          financierId: g.financier_id!,
          financier: g.financier ?? '',
          kindOfWork: g.kind_of_work!,
          kindOfWorkName: KIND_OF_WORK_REPORT_NAME[g.kind_of_work!],
          ...toTotals(g),
        })),
      byWorker: groups
        .filter((g) => g.kind === 'worker')
        .map((g) => ({ workerId: g.worker_id!, name: g.worker ?? '', team: g.team, ...toTotals(g) })),
      total: toTotals(total ?? { cases: 0, open_minutes: 0, closed_minutes: 0 }),
    };
  }

  /** The filter choices this user may use: a team lead only their own team and its workers. */
  async filters(user: AuthUser): Promise<CaseloadFilters> {
    if (!user.organisationId)
      throw new ForbiddenException({ message: 'Your account belongs to no organisation.', code: 'common.no_organisation' });
    const fixedTeamId = user.role === 'team_lead' ? await this.ownTeam(user) : null;
    return { fixedTeamId, ...(await this.repository.filters(user.organisationId, fixedTeamId)) };
  }

  private async ownTeam(user: AuthUser): Promise<string> {
    const ownTeam = await this.repository.teamOf(user.id);
    if (!ownTeam)
      throw new ForbiddenException({
        message: 'You do not lead a team, so there is no caseload to show.',
        code: 'reports.not_lead_team_2',
      });
    return ownTeam;
  }

  /** The organisation, period and team this user may see (a team lead: only their own team; another is 403); the referral, evaluation and intake reports use it too. */
  async scopeFor(
    user: AuthUser,
    query: Pick<CaseloadQueryDto, 'from' | 'to' | 'teamId' | 'workerId' | 'financierId'>,
  ): Promise<CaseloadScope> {
    if (!user.organisationId)
      throw new ForbiddenException({ message: 'Your account belongs to no organisation.', code: 'common.no_organisation' });
    let teamId = query.teamId ?? null;
    if (user.role === 'team_lead') {
      const ownTeam = await this.ownTeam(user);
      if (teamId && teamId !== ownTeam)
        throw new ForbiddenException({ message: 'You can only see the caseload of your own team.', code: 'reports.see_caseload_own' });
      teamId = ownTeam;
    }
    return {
      organisationId: user.organisationId,
      from: query.from,
      to: query.to,
      teamId,
      workerId: query.workerId ?? null,
      financierId: query.financierId ?? null,
    };
  }
}

/** The period and filters a report was made for (the organisation stays out of the answer). */
const shown = ({ from, to, teamId, workerId, financierId }: CaseloadScope) => ({ from, to, teamId, workerId, financierId });

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : null);

/** Longest period still shown per week (16 weeks); longer periods go per month. */
export const MAX_WEEKLY_TREND_DAYS = 16 * 7;

export function trendBucket(from: string, to: string): 'week' | 'month' {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  return days <= MAX_WEEKLY_TREND_DAYS ? 'week' : 'month';
}

export function toTrend(bucket: 'week' | 'month', rows: TrendCounts[]): ComplianceTrend {
  return {
    bucket,
    points: rows.map((r) => ({
      start: r.start,
      end: r.finish,
      answeredInTime: r.answered_in_time,
      answeredLate: r.answered_late,
      unansweredPastDue: r.unanswered_past_due,
      inTimePercent: percent(r.answered_in_time, r.answered_in_time + r.answered_late + r.unanswered_past_due),
    })),
  };
}

export function toSummary(c: ComplianceCounts): CaseloadSummary {
  const counted = c.answered_in_time + c.answered_late + c.unanswered_past_due;
  return {
    messages: {
      answeredInTime: c.answered_in_time,
      answeredLate: c.answered_late,
      unansweredPastDue: c.unanswered_past_due,
      inTimePercent: percent(c.answered_in_time, counted),
      overdueNow: c.overdue_now,
    },
    appointments: { attended: c.attended, noShow: c.no_show, noShowPercent: percent(c.no_show, c.attended + c.no_show) },
  };
}

/** Minutes on open and closed cases, as numbers and as h:mm. */
export function toTotals(g: Pick<PeriodHoursGroup, 'cases' | 'open_minutes' | 'closed_minutes'>): PeriodHoursTotals {
  const totalMinutes = g.open_minutes + g.closed_minutes;
  return {
    cases: g.cases,
    openMinutes: g.open_minutes,
    openTime: formatHoursMinutes(g.open_minutes),
    closedMinutes: g.closed_minutes,
    closedTime: formatHoursMinutes(g.closed_minutes),
    totalMinutes,
    totalTime: formatHoursMinutes(totalMinutes),
  };
}

const time = (minutes: number | null) => (minutes === null ? null : formatHoursMinutes(minutes));

/** Blanks what Table B leaves empty: a side without cases, and per-case detail in subset rows. */
export function toRow(g: CaseloadGroup): CaseloadRow {
  const subset = g.problem_area !== null;
  const withOd = g.closed_with > 0;
  const withoutOd = g.closed_without > 0;
  const onlyMain = <T>(value: T): T | null => (withOd && !subset ? value : null);
  const w = <T>(value: T): T | null => (withOd ? value : null);
  const wo = <T>(value: T): T | null => (withoutOd ? value : null);
  return {
    financierId: g.financier_id,
    financier: g.financier,
    kindOfWork: g.kind_of_work,
    problemArea: g.problem_area,
    kindOfWorkName: subset
      ? `${KIND_OF_WORK_REPORT_NAME[g.kind_of_work]} - ${PROBLEM_AREA_REPORT_NAME[g.problem_area!]}`
      : KIND_OF_WORK_REPORT_NAME[g.kind_of_work],
    closedWithOd: w(g.closed_with),
    registrationMinutesWithOd: w(g.registration_with),
    registrationTimeWithOd: w(time(g.registration_with)),
    onlineDossierMinutesWithOd: onlyMain(g.online_with),
    onlineDossierTimeWithOd: onlyMain(time(g.online_with)),
    totalMinutesWithOd: w(g.total_with),
    totalTimeWithOd: w(time(g.total_with)),
    avgMinutesPerCaseWithOd: w(g.avg_with),
    avgPerCaseWithOd: w(time(g.avg_with)),
    avgThroughputDaysWithOd: onlyMain(g.throughput_with),
    chatContacts: onlyMain(g.chat),
    messageContacts: onlyMain(g.message),
    homeworkContacts: onlyMain(g.homework),
    closedWithoutOd: wo(g.closed_without),
    totalMinutesWithoutOd: wo(g.total_without),
    totalTimeWithoutOd: wo(time(g.total_without)),
    avgMinutesPerCaseWithoutOd: wo(g.avg_without),
    avgPerCaseWithoutOd: wo(time(g.avg_without)),
    avgThroughputDaysWithoutOd: wo(subset ? null : g.throughput_without),
  };
}
