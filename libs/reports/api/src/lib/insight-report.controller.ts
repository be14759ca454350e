import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import type { OnlineTarget, OnlineTargetReport, TopicTrendReport, TrainingDropoutReport } from '@nabij/reports/contracts';
import type { Response } from 'express';
import { OnlineTargetQueryDto, OnlineTargetYearParam, SetOnlineTargetDto } from './dto/online-target.dto';
import { TopicTrendQueryDto } from './dto/topic-trend-query.dto';
import { TrainingDropoutQueryDto } from './dto/training-dropout-query.dto';
import { onlineTargetCsv, topicCsv, trainingDropoutCsv } from './insight-csv';
import { OnlineTargetService } from './online-target.service';
import { TopicTrendService } from './topic-trend.service';
import { TrainingDropoutService } from './training-dropout.service';

const sendCsv = (res: Response, fileName: string) => {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
};

/** Issue 20: online-dossier targets per financier, drop-out in trainings and topic trends. Aggregates only. */
@ApiTags('reports')
@Controller('reports')
export class InsightReportController {
  constructor(
    private readonly targets: OnlineTargetService,
    private readonly trainings: TrainingDropoutService,
    private readonly topics: TopicTrendService,
  ) {}

  /** Share of cases using the online dossier per financier in a year, against its target; CSV with `format=csv`. */
  @Roles('team_lead', 'admin')
  @Get('online-targets')
  @ApiProduces('application/json', 'text/csv')
  async onlineTargets(
    @CurrentUser() user: AuthUser,
    @Query() query: OnlineTargetQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OnlineTargetReport | string> {
    const report = await this.targets.report(user, query);
    if (query.format !== 'csv') return report;
    sendCsv(res, `${query.dialect === 'excel-nl' ? 'online-doelen' : 'online-targets'}-${query.year}.csv`);
    return onlineTargetCsv(report, query.dialect);
  }

  /** An admin sets a financier's target share for a year (0–100 %); a team lead only reads it. */
  @Roles('admin')
  @Put('online-targets/:financierId/:year')
  setOnlineTarget(
    @CurrentUser() user: AuthUser,
    @Param() params: OnlineTargetYearParam,
    @Body() dto: SetOnlineTargetDto,
  ): Promise<OnlineTarget> {
    return this.targets.setTarget(user, params.financierId, params.year, dto);
  }

  /**
   * Participants who started a course in the period: finished, active, stalled, stopped, where they
   * dropped out, and the trainer's response time on homework. CSV with `format=csv&table=courses|modules`.
   */
  @Roles('team_lead', 'admin')
  @Get('trainings')
  @ApiProduces('application/json', 'text/csv')
  async trainingDropout(
    @CurrentUser() user: AuthUser,
    @Query() query: TrainingDropoutQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TrainingDropoutReport | string> {
    const report = await this.trainings.report(user, query);
    if (query.format !== 'csv') return report;
    const table = query.table ?? 'courses';
    const dutch = { courses: 'trainingen-uitval', modules: 'trainingen-per-module' }[table];
    sendCsv(res, `${query.dialect === 'excel-nl' ? dutch : `trainings-${table}`}-${query.from}-${query.to}.csv`);
    return trainingDropoutCsv(report, table, query.dialect);
  }

  /** Problem areas of new cases per month and per financier. CSV with `format=csv&table=months|financiers`. */
  @Roles('team_lead', 'admin')
  @Get('topics')
  @ApiProduces('application/json', 'text/csv')
  async topicTrends(
    @CurrentUser() user: AuthUser,
    @Query() query: TopicTrendQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TopicTrendReport | string> {
    const report = await this.topics.topics(user, query);
    if (query.format !== 'csv') return report;
    const table = query.table ?? 'months';
    const dutch = { months: 'probleemgebieden-per-maand', financiers: 'probleemgebieden-per-financier' }[table];
    sendCsv(res, `${query.dialect === 'excel-nl' ? dutch : `topics-${table}`}-${query.from}-${query.to}.csv`);
    return topicCsv(report, table, query.dialect);
  }
}
