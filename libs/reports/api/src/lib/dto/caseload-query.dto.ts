import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseloadQuery } from '@nabij/reports/contracts';
import { IsCalendarDate, isCalendarDate } from '@nabij/platform/api';
import { IsOptional, IsUUID, ValidateBy, ValidationOptions } from 'class-validator';
import { ReportFormatDto } from './report-format.dto';

function IsNotBeforeFrom(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isNotBeforeFrom',
      validator: {
        validate: (to, args) => {
          const from = (args?.object as { from?: unknown }).from;
          return !isCalendarDate(from) || !isCalendarDate(to) || to >= from;
        },
        defaultMessage: () => 'to must be on or after from',
      },
    },
    options,
  );
}

export class CaseloadQueryDto extends ReportFormatDto implements CaseloadQuery {
  @ApiProperty({ example: '2013-01-01', description: 'First day of the period (cases closed on or after it)' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2013-12-31', description: 'Last day of the period (inclusive)' })
  @IsCalendarDate()
  @IsNotBeforeFrom()
  to: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  teamId?: string;

  @ApiPropertyOptional({ description: 'Only cases assigned to this worker' })
  @IsOptional()
  @IsUUID('all')
  workerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  financierId?: string;
}
