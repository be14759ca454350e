import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ConversationLimitsUpdate,
  EXTENSION_REASON_MAX,
  EXTENSION_REASONS,
  ExtensionReason,
  ExtensionRequestInput,
  MAX_CONVERSATION_LIMIT,
  MAX_ENTRY_MINUTES,
  MAX_EXTENSION,
  ReportLineDefaultsUpdate,
} from '@nabij/time/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidationArguments } from 'class-validator';

const limitMessage = (a: ValidationArguments) =>
  `${a.property} must be a whole number of conversations from 1 to ${MAX_CONVERSATION_LIMIT}, or null for no limit`;

/** Optional; null removes the setting; else a whole number in range (the message names the field). */
function WholeOrNull(max: number, message: (a: ValidationArguments) => string) {
  return (target: object, key: string) => {
    IsOptional()(target, key);
    IsInt({ message })(target, key);
    Min(1, { message })(target, key);
    Max(max, { message })(target, key);
  };
}

/** Any subset of the kinds of work: the maximum of conversations per case, or null for none. */
export class ConversationLimitsDto implements ConversationLimitsUpdate {
  [kind: string]: number | null | undefined;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CONVERSATION_LIMIT, nullable: true, example: 5 })
  @WholeOrNull(MAX_CONVERSATION_LIMIT, limitMessage)
  algemeen_mw?: number | null;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CONVERSATION_LIMIT, nullable: true })
  @WholeOrNull(MAX_CONVERSATION_LIMIT, limitMessage)
  hulp_online?: number | null;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CONVERSATION_LIMIT, nullable: true })
  @WholeOrNull(MAX_CONVERSATION_LIMIT, limitMessage)
  school_mw?: number | null;
}

const reportMessage = (a: ValidationArguments) =>
  `${a.property} must be a whole number of minutes from 1 to ${MAX_ENTRY_MINUTES} (24 hours), or null for no report line`;

/** The minutes of the prefilled report line per contact type; null: no report line. */
export class ReportLineDefaultsDto implements ReportLineDefaultsUpdate {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_ENTRY_MINUTES, nullable: true, example: 60 })
  @WholeOrNull(MAX_ENTRY_MINUTES, reportMessage)
  face_to_face?: number | null;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_ENTRY_MINUTES, nullable: true })
  @WholeOrNull(MAX_ENTRY_MINUTES, reportMessage)
  phone?: number | null;
}

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ExtensionRequestDto implements ExtensionRequestInput {
  @ApiProperty({ minimum: 1, maximum: MAX_EXTENSION, example: 2, description: 'How many conversations more' })
  @IsInt({ message: `extra must be a whole number from 1 to ${MAX_EXTENSION}` })
  @Min(1, { message: `extra must be a whole number from 1 to ${MAX_EXTENSION}` })
  @Max(MAX_EXTENSION, { message: `extra must be a whole number from 1 to ${MAX_EXTENSION}` })
  extra: number;

  @ApiProperty({ enum: EXTENSION_REASONS })
  @IsIn(EXTENSION_REASONS, { message: `reasonCategory must be one of ${EXTENSION_REASONS.join(', ')}` })
  reasonCategory: ExtensionReason;

  @ApiProperty({ maxLength: EXTENSION_REASON_MAX, description: "The worker's justification; no client details" })
  @Transform(trimmed)
  @IsString({ message: 'reason must be text' })
  @MinLength(1, { message: 'reason must not be empty' })
  @MaxLength(EXTENSION_REASON_MAX, { message: `reason must be at most ${EXTENSION_REASON_MAX} characters` })
  @Matches(/^\P{Cc}*$/u, { message: 'reason must be one line without control characters' })
  reason: string;
}

export class ExtensionListQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'decided'], description: 'Open requests (default) or the last 100 decided ones' })
  @IsOptional()
  @IsIn(['pending', 'decided'])
  status?: 'pending' | 'decided';
}
