import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import type {
  CaseloadFilters,
  CaseloadReport,
  EvaluationReport,
  IntakeReport,
  PeriodHoursReport,
  WorkerReport,
} from '@nabij/reports/contracts';
import type { Response } from 'express';
import { caseloadCsv } from './caseload-csv';
import { CaseloadReportService } from './caseload-report.service';
import { CaseloadQueryDto } from './dto/caseload-query.dto';
import { PeriodHoursQueryDto } from './dto/period-hours-query.dto';
import { WorkerReportQueryDto } from './dto/worker-report-query.dto';
import { WorkerReportService } from './worker-report.service';
import { workerReportCsv } from './worker-report-csv';
import { periodHoursCsv } from './period-hours-csv';
import { EvaluationQueryDto } from './dto/evaluation-query.dto';
import { evaluationCsv } from './evaluation-csv';
import { EvaluationReportService } from './evaluation-report.service';
import { IntakeQueryDto } from './dto/intake-query.dto';
import { intakeCsv } from './intake-csv';
import { IntakeReportService } from './intake-report.service';

@ApiTags('reports')
@Controller('reports')
export class CaseloadReportController {
  constructor(
    private readonly reports: CaseloadReportService,
    private readonly workerReports: WorkerReportService,
    private readonly evaluationReports: EvaluationReportService,
    private readonly intakeReports: IntakeReportService,
  ) {}

  /**
   * How new clients came in: cases opened per intake channel, per week or month, and per age band
   * online versus other channels (counts of 1–4 suppressed there). CSV of one table with
   * `format=csv&table=channels|trend|ages`.
   */
  @Roles('team_lead', 'admin')
  @Get('intake')
  @ApiProduces('application/json', 'text/csv')
  async intake(
    @CurrentUser() user: AuthUser,
    @Query() query: IntakeQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<IntakeReport | string> {
    const report = await this.intakeReports.intake(user, query);
    if (query.format !== 'csv') return report;
    const table = query.table ?? 'channels';
    const dutch = { channels: 'instroom-per-kanaal', trend: 'instroom-verloop', ages: 'instroom-per-leeftijd' }[table];
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${query.dialect === 'excel-nl' ? dutch : `intake-${table}`}-${query.from}-${query.to}.csv"`,
    );
    return intakeCsv(report, table, query.dialect);
  }

  /**
   * The three questions after chats and closed message threads: averages per team × channel and a
   * trend (groups under five answers suppressed), and remarks without names of groups of five or
   * more. CSV of one table with `format=csv&table=groups|trend|remarks`.
   */
  @Roles('team_lead', 'admin')
  @Get('evaluations')
  @ApiProduces('application/json', 'text/csv')
  async evaluations(
    @CurrentUser() user: AuthUser,
    @Query() query: EvaluationQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EvaluationReport | string> {
    const report = await this.evaluationReports.evaluations(user, query);
    if (query.format !== 'csv') return report;
    const table = query.table ?? 'groups';
    const dutch = { groups: 'evaluaties-per-team', trend: 'evaluaties-verloop', remarks: 'evaluaties-opmerkingen' }[table];
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${query.dialect === 'excel-nl' ? dutch : `evaluations-${table}`}-${query.from}-${query.to}.csv"`,
    );
    return evaluationCsv(report, table, query.dialect);
  }

  /** Per worker: hours this week/month, open caseload, contacts by type; never dossier contents. */
  @Roles('team_lead', 'admin')
  @Get('workers')
  @ApiProduces('application/json', 'text/csv')
  async workers(
    @CurrentUser() user: AuthUser,
    @Query() query: WorkerReportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WorkerReport | string> {
    const report = await this.workerReports.workers(user, query);
    if (query.format !== 'csv') return report;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${query.dialect === 'excel-nl' ? 'uren-per-medewerker' : 'worker-hours'}-${report.date}.csv"`,
    );
    return workerReportCsv(report, query.dialect);
  }

  /** Teams, workers and financiers the report may be filtered on (own team only for a team lead). */
  @Roles('team_lead', 'admin')
  @Get('caseload/filters')
  filters(@CurrentUser() user: AuthUser): Promise<CaseloadFilters> {
    return this.reports.filters(user);
  }

  /**
   * Live "this period": hours registered in the period on open and closed cases, per financier ×
   * kind of work and per worker (numbers only). CSV of one table with `format=csv&table=…`.
   */
  @Roles('team_lead', 'admin')
  @Get('caseload/hours')
  @ApiProduces('application/json', 'text/csv')
  async periodHours(
    @CurrentUser() user: AuthUser,
    @Query() query: PeriodHoursQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PeriodHoursReport | string> {
    const report = await this.reports.periodHours(user, query);
    if (query.format !== 'csv') return report;
    const table = query.table ?? 'financiers';
    const dutch = query.dialect === 'excel-nl';
    const name = `${dutch ? { financiers: 'uren-per-financier', workers: 'uren-per-medewerker' }[table] : `hours-${table}`}-${query.from}-${query.to}.csv`;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    return periodHoursCsv(report, table, query.dialect);
  }

  /** Table B for a period; CSV with `format=csv` or `Accept: text/csv`. */
  @Roles('team_lead', 'admin')
  @Get('caseload')
  @ApiProduces('application/json', 'text/csv')
  async caseload(
    @CurrentUser() user: AuthUser,
    @Query() query: CaseloadQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseloadReport | string> {
    const report = await this.reports.caseload(user, query);
    if (query.format !== 'csv' && !(query.format === undefined && accept?.includes('text/csv'))) return report;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    const name = query.dialect === 'excel-nl' ? `tabel-b-${query.from}-${query.to}.csv` : `caseload-${query.from}-${query.to}.csv`;
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    return caseloadCsv(report.rows, query.dialect);
  }
}
