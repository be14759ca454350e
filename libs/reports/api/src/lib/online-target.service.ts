import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AuthUser, Clock } from '@nabij/platform/api';
import { MIN_GROUP_SIZE } from '@nabij/reports/contracts';
import type { OnlineTarget, OnlineTargetReport, OnlineTargetRow } from '@nabij/reports/contracts';
import { CaseloadReportService } from './caseload-report.service';
import { OnlineTargetQueryDto, SetOnlineTargetDto } from './dto/online-target.dto';
import { shownCount } from './intake-report.service';
import { OnlineTargetRepository } from './online-target.repository';

type Counts = { cases: number; online: number; movable: number };

/** The counts of one financier (or the total) as a team lead may see them: all three hidden when 1–4 cases. */
function figures({ cases, online, movable }: Counts): Omit<OnlineTargetRow, 'financierId' | 'financier' | 'targetPercent'> {
  if (shownCount(cases) === null) return { cases: null, online: null, actualPercent: null, movable: null };
  return { cases, online, actualPercent: cases ? Math.round((online / cases) * 100) : null, movable };
}

/**
 * Online-dossier targets per financier and year (issue 20): an admin sets them, a team lead and an
 * admin see actual versus target with the cases that could still go online. Counts only.
 */
@Injectable()
export class OnlineTargetService {
  constructor(
    private readonly repository: OnlineTargetRepository,
    private readonly caseload: CaseloadReportService,
    private readonly clock: Clock,
  ) {}

  async report(user: AuthUser, query: OnlineTargetQueryDto): Promise<OnlineTargetReport> {
    const { organisationId, teamId } = await this.caseload.scopeFor(user, { from: '', to: '', teamId: query.teamId });
    const rows = await this.repository.counts(organisationId, query.year, teamId);
    const sum = (key: keyof Counts) => rows.reduce((n, r) => n + r[key], 0);
    return {
      year: query.year,
      teamId,
      minGroupSize: MIN_GROUP_SIZE,
      rows: rows.map((r) => ({ financierId: r.financier_id, financier: r.financier, ...figures(r), targetPercent: r.target_percent })),
      total: figures({ cases: sum('cases'), online: sum('online'), movable: sum('movable') }),
    };
  }

  /** An admin sets a financier's target for a year; another organisation's financier is 404. */
  async setTarget(user: AuthUser, financierId: string, year: number, dto: SetOnlineTargetDto): Promise<OnlineTarget> {
    if (!user.organisationId)
      throw new ForbiddenException({ message: 'Your account belongs to no organisation.', code: 'common.no_organisation' });
    const saved = await this.repository.setTarget(user.organisationId, financierId, year, dto.targetPercent, user.id, this.clock.now());
    if (!saved) throw new NotFoundException({ message: 'No such financier.', code: 'reports.no_financier' });
    return { financierId, year, targetPercent: dto.targetPercent };
  }
}
