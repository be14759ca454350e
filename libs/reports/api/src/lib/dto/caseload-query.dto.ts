import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseloadQuery } from '@nabij/reports/contracts';
import { IsCalendarDate, isCalendarDate } from '@nabij/platform/api';
import { IsIn, IsOptional, IsUUID, ValidateBy, ValidationOptions } from 'class-validator';

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

export class CaseloadQueryDto implements CaseloadQuery {
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

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv is the same as sending Accept: text/csv' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({ enum: ['rfc4180', 'excel-nl'], description: 'excel-nl: semicolons, decimal commas, Dutch headers and a BOM' })
  @IsOptional()
  @IsIn(['rfc4180', 'excel-nl'])
  dialect?: 'rfc4180' | 'excel-nl';
}
