import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  BookChatAppointmentRequest,
  ChatEvaluationRequest,
  ChatTopicRequest,
  ConvertChatRequest,
  StartAnonymousChatRequest,
} from '@nabij/chat/contracts';
import { CHAT_NICKNAME_MAX_LENGTH, CHAT_TOPIC_MAX_LENGTH, EVALUATION_REMARK_MAX_LENGTH } from '@nabij/chat/contracts';
import { Transform } from 'class-transformer';
import { IsBirthDate, IsDateTime, blankToUndefined } from '@nabij/platform/api';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class ChatStatusQueryDto {
  @ApiPropertyOptional({ description: 'Organisation slug; may be left out when there is one organisation' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organisation?: string;
}

export class ListChatSessionsQueryDto {
  @ApiPropertyOptional({ description: 'Workers: the case whose chats to list' })
  @IsOptional()
  @IsUUID('4', { message: 'caseId must be the id of a case' })
  caseId?: string;
}

export class StartAnonymousChatDto implements StartAnonymousChatRequest {
  @ApiProperty({ description: 'checkId from a served postcode check' })
  @IsUUID('4', { message: 'checkId must come from a postcode check' })
  checkId: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '1990-04-12', format: 'date' })
  @IsOptional()
  @IsBirthDate()
  birthDate?: string;

  @ApiPropertyOptional({ maxLength: CHAT_NICKNAME_MAX_LENGTH, description: 'A name for the queue' })
  @IsOptional()
  @IsString({ message: 'nickname must be text' })
  @MaxLength(CHAT_NICKNAME_MAX_LENGTH, { message: `nickname can be at most ${CHAT_NICKNAME_MAX_LENGTH} characters` })
  nickname?: string;
}

export class ChatTopicDto implements ChatTopicRequest {
  @ApiProperty({ maxLength: CHAT_TOPIC_MAX_LENGTH, description: 'What the question is about; empty clears it' })
  @IsString({ message: 'topic must be text' })
  @MaxLength(CHAT_TOPIC_MAX_LENGTH, { message: `topic can be at most ${CHAT_TOPIC_MAX_LENGTH} characters` })
  topic: string;
}

export class ConvertChatDto implements ConvertChatRequest {
  @ApiProperty()
  @IsUUID('4', { message: 'caseId must be the id of a case' })
  caseId: string;
}

export class ChatEvaluationDto implements ChatEvaluationRequest {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  helpful: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  understood: number;

  @ApiProperty()
  @IsBoolean()
  again: boolean;

  @ApiPropertyOptional({ maxLength: EVALUATION_REMARK_MAX_LENGTH })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(EVALUATION_REMARK_MAX_LENGTH)
  remark?: string;
}

export class BookChatAppointmentDto implements BookChatAppointmentRequest {
  @ApiProperty({ example: '2026-03-03T14:00:00.000Z', format: 'date-time', description: 'startsAt of one of the offered slots' })
  @IsDateTime({ message: 'startsAt must be a date and time' })
  startsAt: string;
}
