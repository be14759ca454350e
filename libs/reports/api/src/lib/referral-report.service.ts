import { Injectable } from '@nestjs/common';
import { AuthUser } from '@nabij/platform/api';
import { REFERRAL_REPORT_MIN_GROUP } from '@nabij/reports/contracts';
import type { ReferralReport, ReferralStatusCounts } from '@nabij/reports/contracts';
import { SOCIAL_CATEGORY_WORDS_NL } from '@nabij/socialmap/contracts';
import type { SocialCategory } from '@nabij/socialmap/contracts';
import { CaseloadReportService } from './caseload-report.service';
import { CaseloadQueryDto } from './dto/caseload-query.dto';
import { ReferralCountsRow, ReferralReportRepository } from './referral-report.repository';

/** Referrals to the social map, counted for a team lead (own team) or an admin (organisation): numbers only. */
@Injectable()
export class ReferralReportService {
  constructor(
    private readonly repository: ReferralReportRepository,
    private readonly caseload: CaseloadReportService,
  ) {}

  async referrals(user: AuthUser, query: CaseloadQueryDto): Promise<ReferralReport> {
    const scope = await this.caseload.scopeFor(user, query);
    const [months, categories, total] = await Promise.all([
      this.repository.byMonth(scope),
      this.repository.byCategory(scope),
      this.repository.total(scope),
    ]);
    const shownCategories = categories.filter((c) => counts(c).total >= REFERRAL_REPORT_MIN_GROUP);
    return {
      from: scope.from,
      to: scope.to,
      teamId: scope.teamId,
      workerId: scope.workerId,
      financierId: scope.financierId,
      byMonth: months.map((m) => ({ month: m.key!, ...counts(m) })),
      byCategory: shownCategories.map((c) => ({
        category: c.key ?? 'unknown',
        categoryName: c.key ? (SOCIAL_CATEGORY_WORDS_NL[c.key as SocialCategory] ?? c.key) : 'Dienst niet meer op de kaart',
        ...counts(c),
      })),
      smallCategories: categories.length - shownCategories.length,
      total: counts(total),
    };
  }
}

function counts(row: ReferralCountsRow): ReferralStatusCounts {
  return {
    proposed: row.proposed,
    made: row.made,
    accepted: row.accepted,
    closed: row.closed,
    total: row.proposed + row.made + row.accepted + row.closed,
  };
}
