import { ApiPropertyOptional } from '@nestjs/swagger';
import type { WorkerReportQuery } from '@nabij/reports/contracts';
import { IsOptional, IsUUID, ValidateBy } from 'class-validator';
import { isCalendarDate } from './caseload-query.dto';

export class WorkerReportQueryDto implements WorkerReportQuery {
  @ApiPropertyOptional({ example: '2026-03-04', description: 'Any day of the week and month to show; default today (Dutch calendar day)' })
  @IsOptional()
  @ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => 'date must be a date written as YYYY-MM-DD' } })
  date?: string;

  @ApiPropertyOptional({ description: 'One team (an admin may choose; a team lead only their own)' })
  @IsOptional()
  @IsUUID('all')
  teamId?: string;
}
