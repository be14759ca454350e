import { ApiPropertyOptional } from '@nestjs/swagger';
import type { WorkerReportQuery } from '@nabij/reports/contracts';
import { IsCalendarDate } from '@nabij/platform/api';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class WorkerReportQueryDto implements WorkerReportQuery {
  @ApiPropertyOptional({ example: '2026-03-04', description: 'Any day of the week and month to show; default today (Dutch calendar day)' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({ description: 'One team (an admin may choose; a team lead only their own)' })
  @IsOptional()
  @IsUUID('all')
  teamId?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'] })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({ enum: ['rfc4180', 'excel-nl'], description: 'excel-nl: semicolons, decimal commas, Dutch headers and a BOM' })
  @IsOptional()
  @IsIn(['rfc4180', 'excel-nl'])
  dialect?: 'rfc4180' | 'excel-nl';
}
