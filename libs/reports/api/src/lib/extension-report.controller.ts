import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import type { ExtensionReport } from '@nabij/reports/contracts';
import type { Response } from 'express';
import { ExtensionQueryDto } from './dto/extension-query.dto';
import { extensionCsv } from './extension-report-csv';
import { ExtensionReportService } from './extension-report.service';

@ApiTags('reports')
@Controller('reports')
export class ExtensionReportController {
  constructor(private readonly reports: ExtensionReportService) {}

  /** Extensions of the conversation limit per team: requested, approved, refused, waiting. CSV with `format=csv`. */
  @Roles('team_lead', 'admin')
  @Get('extensions')
  @ApiProduces('application/json', 'text/csv')
  async extensions(
    @CurrentUser() user: AuthUser,
    @Query() query: ExtensionQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ExtensionReport | string> {
    const report = await this.reports.extensions(user, query);
    if (query.format !== 'csv') return report;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    const name = query.dialect === 'excel-nl' ? 'extra-gesprekken' : 'conversation-extensions';
    res.setHeader('Content-Disposition', `attachment; filename="${name}-${query.from}-${query.to}.csv"`);
    return extensionCsv(report, query.dialect);
  }
}
