import { ForbiddenException, Injectable } from '@nestjs/common';
import { AuthUser, Clock } from '@nabij/platform/api';
import { WORKER_CONTACT_TYPES, WorkerContactType, WorkerReport, WorkerReportRow } from '@nabij/reports/contracts';
import { DateTime } from 'luxon';
import { CaseloadReportRepository, WorkerCounts } from './caseload-report.repository';
import { WorkerReportQueryDto } from './dto/worker-report-query.dto';
import { formatHoursMinutes } from './hours-minutes';

const ZONE = 'Europe/Amsterdam';

/** Monday..Sunday and the calendar month around a Dutch calendar day. */
export function weekAndMonth(date: string): { weekStart: string; weekEnd: string; monthStart: string; monthEnd: string } {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  const monday = day.minus({ days: day.weekday - 1 });
  return {
    weekStart: monday.toISODate()!,
    weekEnd: monday.plus({ days: 6 }).toISODate()!,
    monthStart: day.startOf('month').toISODate()!,
    monthEnd: day.endOf('month').toISODate()!,
  };
}

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : null);

export function toWorkerRow(w: WorkerCounts): WorkerReportRow {
  const contacts = Object.fromEntries(WORKER_CONTACT_TYPES.map((type) => [type, Number(w.contacts[type] ?? 0)])) as Record<
    WorkerContactType,
    number
  >;
  return {
    workerId: w.worker_id,
    name: w.name,
    teamId: w.team_id,
    team: w.team,
    weekMinutes: w.week_minutes,
    weekTime: formatHoursMinutes(w.week_minutes),
    monthMinutes: w.month_minutes,
    monthTime: formatHoursMinutes(w.month_minutes),
    weekClientBoundShare: share(w.week_client, w.week_minutes),
    monthClientBoundShare: share(w.month_client, w.month_minutes),
    openCases: w.open_cases,
    contactsThisMonth: contacts,
    toConfirm: w.to_confirm,
  };
}

/** Per worker: hours, contacts, open caseload. A team lead sees their own team; an admin the organisation. */
@Injectable()
export class WorkerReportService {
  constructor(
    private readonly repository: CaseloadReportRepository,
    private readonly clock: Clock,
  ) {}

  async workers(user: AuthUser, query: WorkerReportQueryDto): Promise<WorkerReport> {
    if (!user.organisationId)
      throw new ForbiddenException({ message: 'Your account belongs to no organisation.', code: 'common.no_organisation' });
    let teamId = query.teamId ?? null;
    if (user.role === 'team_lead') {
      const ownTeam = await this.repository.teamOf(user.id);
      if (!ownTeam)
        throw new ForbiddenException({
          message: 'You do not lead a team, so there are no workers to show.',
          code: 'reports.not_lead_team',
        });
      if (teamId && teamId !== ownTeam)
        throw new ForbiddenException({ message: 'You can only see the workers of your own team.', code: 'reports.see_workers_own' });
      teamId = ownTeam;
    } else if (teamId && !(await this.repository.teamInOrganisation(teamId, user.organisationId))) {
      throw new ForbiddenException({ message: 'This team is not part of your organisation.', code: 'reports.team_not_part' });
    }
    const date = query.date ?? DateTime.fromJSDate(this.clock.now(), { zone: ZONE }).toISODate()!;
    const period = weekAndMonth(date);
    const rows = await this.repository.workers({ organisationId: user.organisationId, teamId, date, ...period });
    return { date, ...period, teamId, workers: rows.map(toWorkerRow) };
  }
}
