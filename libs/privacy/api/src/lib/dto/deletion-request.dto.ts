import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateDeletionRequest,
  type DeclineDeletionRequest,
  DECISION_NOTE_MAX,
  DELETION_REASON_MAX,
  RETENTION_YEARS_MAX,
  RETENTION_YEARS_MIN,
  type RetentionSetting,
} from '@nabij/privacy/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateDeletionRequestDto implements CreateDeletionRequest {
  @ApiPropertyOptional({ maxLength: DELETION_REASON_MAX, description: 'Why, in the client’s own words (optional).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(DELETION_REASON_MAX)
  reason?: string;
}

export class DeclineDeletionRequestDto implements DeclineDeletionRequest {
  @ApiProperty({ maxLength: DECISION_NOTE_MAX, description: 'Why the request is declined; the client reads it.' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(DECISION_NOTE_MAX)
  note: string;
}

export class RetentionSettingDto implements RetentionSetting {
  @ApiProperty({ minimum: RETENTION_YEARS_MIN, maximum: RETENTION_YEARS_MAX, example: 7 })
  @IsInt()
  @Min(RETENTION_YEARS_MIN)
  @Max(RETENTION_YEARS_MAX)
  retentionYears: number;
}
