import { ApiPropertyOptional } from '@nestjs/swagger';
import type { WorkerReportQuery } from '@nabij/reports/contracts';
import { IsCalendarDate } from '@nabij/platform/api';
import { IsOptional, IsUUID } from 'class-validator';
import { ReportFormatDto } from './report-format.dto';

export class WorkerReportQueryDto extends ReportFormatDto implements WorkerReportQuery {
  @ApiPropertyOptional({ example: '2026-03-04', description: 'Any day of the week and month to show; default today (Dutch calendar day)' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({ description: 'One team (an admin may choose; a team lead only their own)' })
  @IsOptional()
  @IsUUID('all')
  teamId?: string;
}
