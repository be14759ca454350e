import { ApiProperty } from '@nestjs/swagger';
import type { ReminderContactRequest, ReminderSettingRequest } from '@nabij/reminders/contracts';
import { IsCalendarDate } from '@nabij/platform/api';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export class ReminderContactDto implements ReminderContactRequest {
  @ApiProperty({ example: '06 12345678', nullable: true, type: String, description: 'A Dutch mobile number (06…), or null to remove it.' })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(30)
  mobile: string | null;

  @ApiProperty({ description: 'Reminders by SMS too; needs a mobile number.' })
  @IsBoolean()
  smsOptIn: boolean;
}

export class ReminderSettingDto implements ReminderSettingRequest {
  @ApiProperty({ example: '2026-03-01', nullable: true, type: String, description: 'The day reminders start; null switches them off.' })
  @ValidateIf((_, v) => v !== null)
  @IsCalendarDate()
  enabledSince: string | null;
}

export class NoShowReportQuery {
  @ApiProperty({ required: false, example: 12, description: 'How many months back, this month included (1–36).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(36)
  months?: number;
}
