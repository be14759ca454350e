import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import type { ReferralReport } from '@nabij/reports/contracts';
import type { Response } from 'express';
import { ReferralReportQueryDto } from './dto/referral-report-query.dto';
import { referralReportCsv } from './referral-report-csv';
import { ReferralReportService } from './referral-report.service';

@ApiTags('reports')
@Controller('reports')
export class ReferralReportController {
  constructor(private readonly referrals: ReferralReportService) {}

  /**
   * Referrals to the social map made in the period, per month and per topic, by status now; numbers
   * only, small topics left out. CSV of one table with `format=csv&table=months|categories`.
   */
  @Roles('team_lead', 'admin')
  @Get('referrals')
  @ApiProduces('application/json', 'text/csv')
  async report(
    @CurrentUser() user: AuthUser,
    @Query() query: ReferralReportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReferralReport | string> {
    const report = await this.referrals.referrals(user, query);
    if (query.format !== 'csv') return report;
    const table = query.table ?? 'months';
    const dutch = query.dialect === 'excel-nl';
    const name = `${dutch ? { months: 'verwijzingen-per-maand', categories: 'verwijzingen-per-onderwerp' }[table] : `referrals-${table}`}-${query.from}-${query.to}.csv`;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    return referralReportCsv(report, table, query.dialect);
  }
}
