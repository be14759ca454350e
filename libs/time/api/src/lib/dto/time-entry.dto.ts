import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { CONTACT_TYPES, ContactType, MAX_ENTRY_MINUTES, TimeEntryInput } from '@nabij/time/contracts';
import { IsCalendarDate } from '@nabij/platform/api';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

const MINUTES_MESSAGE = `minutes must be a whole number from 1 to ${MAX_ENTRY_MINUTES} (24 hours)`;

export class CreateTimeEntryDto implements TimeEntryInput {
  @ApiPropertyOptional({
    description: 'The case; leave out for non-client time (preparation, consultation, group training)',
    nullable: true,
  })
  @IsOptional()
  @IsUUID('all')
  caseId?: string | null;

  @ApiProperty({ enum: CONTACT_TYPES })
  @IsIn(CONTACT_TYPES)
  contactType: ContactType;

  @ApiProperty({ minimum: 1, maximum: MAX_ENTRY_MINUTES })
  @IsInt({ message: MINUTES_MESSAGE })
  @Min(1, { message: MINUTES_MESSAGE })
  @Max(MAX_ENTRY_MINUTES, { message: MINUTES_MESSAGE })
  minutes: number;

  @ApiProperty({ example: '2026-03-02', description: 'The day of the contact; not in the future' })
  @IsCalendarDate()
  occurredOn: string;
}

export class UpdateTimeEntryDto extends PartialType(PickType(CreateTimeEntryDto, ['contactType', 'minutes', 'occurredOn'] as const)) {}

export class ConfirmTimeEntryDto {
  @ApiPropertyOptional({ description: 'Corrected minutes; leave out to confirm the prefilled value' })
  @IsOptional()
  @IsInt({ message: MINUTES_MESSAGE })
  @Min(1, { message: MINUTES_MESSAGE })
  @Max(MAX_ENTRY_MINUTES, { message: MINUTES_MESSAGE })
  minutes?: number;
}

export class TimeRangeQueryDto {
  @ApiProperty({ example: '2026-03-02' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2026-03-08' })
  @IsCalendarDate()
  to: string;
}

export class WeekQueryDto {
  @ApiPropertyOptional({ example: '2026-03-04', description: 'Any day of the week; default today' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}
