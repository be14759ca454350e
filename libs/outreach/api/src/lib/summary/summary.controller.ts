import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { WeeklySummary } from '@nabij/outreach/contracts';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import type { Response } from 'express';
import { SummaryQueryDto } from '../dto/call-list.dto';
import { weeklySummaryCsv } from './summary-csv';
import { SummaryService } from './summary.service';

/** The team lead's weekly overview of the calls: figures only, groups under five families suppressed. */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('outreach/summary')
export class SummaryController {
  constructor(private readonly summary: SummaryService) {}

  /** The week as JSON, or with `format=csv` as a file for Dutch Excel. */
  @Roles('team_lead')
  @Get()
  @ApiProduces('application/json', 'text/csv')
  async week(
    @CurrentUser() user: AuthUser,
    @Query() query: SummaryQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WeeklySummary | string> {
    const week = await this.summary.week(user, query.week);
    if (query.format !== 'csv') return week;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="weekoverzicht-bellijsten-${week.weekStart}.csv"`);
    return weeklySummaryCsv(week);
  }
}
