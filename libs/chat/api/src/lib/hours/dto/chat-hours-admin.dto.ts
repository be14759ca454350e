import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHAT_CLOSURE_REASON_MAX,
  CHAT_TIME_PATTERN,
  type AddChatClosureRequest,
  type ChatWeeklySlot,
  type ReplaceChatHoursRequest,
} from '@nabij/chat/contracts';
import { IsCalendarDate } from '@nabij/platform/api';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ChatWeeklySlotDto implements ChatWeeklySlot {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @ApiProperty({ example: '15:00', pattern: CHAT_TIME_PATTERN.source })
  @IsString()
  @Matches(CHAT_TIME_PATTERN, { message: 'start must be a time written as HH:mm' })
  start: string;

  @ApiProperty({ example: '17:00', pattern: CHAT_TIME_PATTERN.source })
  @IsString()
  @Matches(CHAT_TIME_PATTERN, { message: 'end must be a time written as HH:mm' })
  end: string;
}

export class ReplaceChatHoursDto implements ReplaceChatHoursRequest {
  @ApiProperty({ type: [ChatWeeklySlotDto] })
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => ChatWeeklySlotDto)
  slots: ChatWeeklySlotDto[];
}

export class AddChatClosureDto implements AddChatClosureRequest {
  @ApiProperty({ example: '2026-12-31', format: 'date' })
  @IsCalendarDate()
  from: string;

  @ApiPropertyOptional({ example: '2027-01-02', format: 'date', description: 'Last closed day (inclusive); leave out for one day' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiProperty({ example: 'Teamtraining', maxLength: CHAT_CLOSURE_REASON_MAX })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'reason is required' })
  @MaxLength(CHAT_CLOSURE_REASON_MAX)
  reason: string;
}
