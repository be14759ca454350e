import { Injectable } from '@nestjs/common';
import { AuthUser } from '@nabij/platform/api';
import type { ExtensionReport } from '@nabij/reports/contracts';
import { CaseloadReportService } from './caseload-report.service';
import { ExtensionQueryDto } from './dto/extension-query.dto';
import { ExtensionReportRepository } from './extension-report.repository';

/**
 * How often workers asked for more conversations than the limit, and what the team leads decided:
 * counts per team of the requests made in the period. Numbers of requests only (no reasons, no
 * cases, no clients), so no group is too small to show. Same scope rules as Table B.
 */
@Injectable()
export class ExtensionReportService {
  constructor(
    private readonly repository: ExtensionReportRepository,
    private readonly caseload: CaseloadReportService,
  ) {}

  async extensions(user: AuthUser, query: ExtensionQueryDto): Promise<ExtensionReport> {
    const { organisationId, from, to, teamId } = await this.caseload.scopeFor(user, query);
    const rows = await this.repository.perTeam(organisationId, from, to, teamId);
    const teams = rows.map((r) => ({
      teamId: r.team_id,
      teamName: r.team_name,
      requested: r.requested,
      approved: r.approved,
      refused: r.refused,
      pending: r.pending,
      extraApproved: r.extra_approved,
    }));
    const sum = (key: 'requested' | 'approved' | 'refused' | 'pending' | 'extraApproved') => teams.reduce((n, t) => n + t[key], 0);
    return {
      from,
      to,
      teamId,
      teams,
      total: {
        requested: sum('requested'),
        approved: sum('approved'),
        refused: sum('refused'),
        pending: sum('pending'),
        extraApproved: sum('extraApproved'),
      },
    };
  }
}
