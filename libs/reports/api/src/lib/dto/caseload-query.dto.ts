import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseloadQuery } from '@nabij/reports/contracts';
import { IsIn, IsOptional, IsUUID, ValidateBy, ValidationOptions } from 'class-validator';

/** A real calendar date written as YYYY-MM-DD (2013-02-30 is refused). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function IsCalendarDate(options?: ValidationOptions) {
  return ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: (a) => `${a?.property} must be a date written as YYYY-MM-DD` } }, options);
}

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
}
