import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHAT_TIME_PATTERN, type AddChatDutyRequest } from '@nabij/chat/contracts';
import { IsCalendarDate } from '@nabij/platform/api';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';

export class ChatRotaQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Any date in the week to show (Monday … Sunday); default this week' })
  @IsOptional()
  @IsCalendarDate()
  week?: string;
}

export class AddChatDutyDto implements AddChatDutyRequest {
  @ApiProperty()
  @IsUUID('4', { message: 'workerId must be the id of a worker' })
  workerId: string;

  @ApiProperty({ format: 'date', example: '2026-03-09' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ example: '15:00', pattern: CHAT_TIME_PATTERN.source })
  @IsString()
  @Matches(CHAT_TIME_PATTERN, { message: 'start must be a time written as HH:mm' })
  start: string;

  @ApiProperty({ example: '17:00', pattern: CHAT_TIME_PATTERN.source })
  @IsString()
  @Matches(CHAT_TIME_PATTERN, { message: 'end must be a time written as HH:mm' })
  end: string;
}
