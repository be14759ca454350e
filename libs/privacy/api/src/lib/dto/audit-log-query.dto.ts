import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_LOG_MAX_PAGE_SIZE, AuditLogQuery, UnusualAccessQuery } from '@nabij/privacy/contracts';
import { IsCalendarDate, isCalendarDate } from '@nabij/platform/api';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min, ValidateBy, ValidationOptions } from 'class-validator';

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

/** Filters shared by the search and the CSV export. */
export class AuditLogFilterDto implements AuditLogQuery {
  @ApiPropertyOptional({ description: 'Only entries about this client' })
  @IsOptional()
  @IsUUID('all')
  clientId?: string;

  @ApiPropertyOptional({ description: 'Only entries by this user' })
  @IsOptional()
  @IsUUID('all')
  userId?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'First day (Europe/Amsterdam), inclusive' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last day (Europe/Amsterdam), inclusive' })
  @IsOptional()
  @IsCalendarDate()
  @IsNotBeforeFrom()
  to?: string;
}

export class AuditLogQueryDto extends AuditLogFilterDto {
  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: AUDIT_LOG_MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_LOG_MAX_PAGE_SIZE)
  pageSize?: number;
}

export class UnusualAccessQueryDto implements UnusualAccessQuery {
  @ApiProperty({ example: '2026-11-01' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsCalendarDate()
  @IsNotBeforeFrom()
  to: string;
}
