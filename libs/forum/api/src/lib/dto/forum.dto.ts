import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MAX_MUTE_DAYS,
  MAX_POST_LENGTH,
  MAX_REASON_LENGTH,
  MAX_TITLE_LENGTH,
  MODERATION_ACTIONS,
  NICKNAME_PATTERN,
} from '@nabij/forum/contracts';
import type {
  ChooseNickname,
  CreateTopic,
  ModeratePost,
  ModerationAction,
  MuteMember,
  ReportPost,
  WritePost,
} from '@nabij/forum/contracts';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class ChooseNicknameDto implements ChooseNickname {
  @ApiProperty({ minLength: 3, maxLength: 30, example: 'Zonnebloem' })
  @IsString({ message: 'nickname must be text' })
  @Matches(NICKNAME_PATTERN, { message: 'nickname must be 3 to 30 letters or digits (spaces, dots, dashes and underscores in between)' })
  nickname: string;
}

export class WritePostDto implements WritePost {
  @ApiProperty({ maxLength: MAX_POST_LENGTH })
  @IsString({ message: 'body must be text' })
  @Matches(/\S/, { message: 'body must not be empty' })
  @MaxLength(MAX_POST_LENGTH, { message: `body must be at most ${MAX_POST_LENGTH} characters` })
  body: string;
}

export class CreateTopicDto extends WritePostDto implements CreateTopic {
  @ApiProperty({ maxLength: MAX_TITLE_LENGTH })
  @IsString({ message: 'title must be text' })
  @Matches(/\S/, { message: 'title must not be empty' })
  @MaxLength(MAX_TITLE_LENGTH, { message: `title must be at most ${MAX_TITLE_LENGTH} characters` })
  title: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The module step this conversation belongs to ("Praat erover in de groep")' })
  @IsOptional()
  @IsUUID('all', { message: 'stepId must be the id of a module step' })
  stepId?: string;
}

export class ReportPostDto implements ReportPost {
  @ApiProperty({ maxLength: MAX_REASON_LENGTH })
  @IsString({ message: 'reason must be text' })
  @Matches(/\S/, { message: 'reason must not be empty' })
  @MaxLength(MAX_REASON_LENGTH, { message: `reason must be at most ${MAX_REASON_LENGTH} characters` })
  reason: string;
}

export class ModeratePostDto implements ModeratePost {
  @ApiProperty({ enum: MODERATION_ACTIONS })
  @IsIn(MODERATION_ACTIONS, { message: `action must be one of ${MODERATION_ACTIONS.join(', ')}` })
  action: ModerationAction;

  @ApiPropertyOptional({ maxLength: MAX_REASON_LENGTH, description: 'Required to hide or restore' })
  @IsOptional()
  @IsString({ message: 'reason must be text' })
  @MaxLength(MAX_REASON_LENGTH, { message: `reason must be at most ${MAX_REASON_LENGTH} characters` })
  reason?: string;
}

export class MuteMemberDto extends ReportPostDto implements MuteMember {
  @ApiProperty({ minimum: 1, maximum: MAX_MUTE_DAYS })
  @IsInt({ message: 'days must be a whole number' })
  @Min(1, { message: 'days must be at least 1' })
  @Max(MAX_MUTE_DAYS, { message: `days must be at most ${MAX_MUTE_DAYS}` })
  days: number;
}
