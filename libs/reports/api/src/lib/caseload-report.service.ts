import { ForbiddenException, Injectable } from '@nestjs/common';
import { KIND_OF_WORK_REPORT_NAME } from '@nabij/dossier/contracts';
import { AuthUser } from '@nabij/platform/api';
import type { CaseloadReport, CaseloadRow } from '@nabij/reports/contracts';
import { CaseloadGroup, CaseloadReportRepository, CaseloadScope } from './caseload-report.repository';
import { CaseloadQueryDto } from './dto/caseload-query.dto';
import { formatHoursMinutes } from './hours-minutes';

const PROBLEM_AREA_REPORT_NAME = { materiele_problematiek: 'materiele problematiek' } as const;

/** Caseload hours (Table B) for a team lead (own team only) or an admin (whole organisation). */
@Injectable()
export class CaseloadReportService {
  constructor(private readonly repository: CaseloadReportRepository) {}

  async caseload(user: AuthUser, query: CaseloadQueryDto): Promise<CaseloadReport> {
    const scope = await this.scopeFor(user, query);
    const groups = await this.repository.groups(scope);
    return {
      from: scope.from,
      to: scope.to,
      teamId: scope.teamId,
      workerId: scope.workerId,
      financierId: scope.financierId,
      rows: groups.map(toRow),
    };
  }

  private async scopeFor(user: AuthUser, query: CaseloadQueryDto): Promise<CaseloadScope> {
    if (!user.organisationId) throw new ForbiddenException('Your account belongs to no organisation.');
    let teamId = query.teamId ?? null;
    if (user.role === 'team_lead') {
      const ownTeam = await this.repository.teamOf(user.id);
      if (!ownTeam) throw new ForbiddenException('You do not lead a team, so there is no caseload to show.');
      if (teamId && teamId !== ownTeam) throw new ForbiddenException('You can only see the caseload of your own team.');
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
