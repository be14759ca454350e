import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONDITION_OPS,
  QUESTION_FOLLOW_UPS,
  QUESTION_HELP_MAX,
  QUESTION_KEY_PATTERN,
  QUESTION_MAX_OPTIONS,
  QUESTION_TEXT_MAX,
  QUESTION_TYPES,
  QUESTIONNAIRE_MAX_QUESTIONS,
} from '@nabij/outreach/contracts';
import type {
  ConditionOp,
  QuestionCondition,
  QuestionDefinition,
  QuestionFollowUp,
  QuestionnaireDefinition,
  QuestionOption,
  QuestionType,
  SaveQuestionnaireDraft,
  SectionDefinition,
} from '@nabij/outreach/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const TITLE_MAX = 200;

export class QuestionConditionDto implements QuestionCondition {
  @ApiProperty() @IsString() @Matches(QUESTION_KEY_PATTERN) question!: string;
  @ApiProperty({ enum: CONDITION_OPS }) @IsIn(CONDITION_OPS) op!: ConditionOp;
  /** A number, text or yes/no; whether it fits the question it tests is checked with the whole definition. */
  @ApiProperty() @IsDefined() value!: number | string | boolean;
}

export class QuestionOptionDto implements QuestionOption {
  @ApiProperty() @IsString() @Matches(/^[a-z0-9_]{1,40}$/) value!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TITLE_MAX) label!: string;
}

export class QuestionDto implements QuestionDefinition {
  @ApiProperty() @IsString() @Matches(QUESTION_KEY_PATTERN) key!: string;
  @ApiProperty({ enum: QUESTION_TYPES }) @IsIn(QUESTION_TYPES) type!: QuestionType;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(QUESTION_TEXT_MAX) text!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(QUESTION_HELP_MAX) help?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() required?: boolean;

  @ApiPropertyOptional({ type: [QuestionOptionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionDto)
  options?: QuestionOptionDto[] | null;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(-1_000_000) @Max(1_000_000) min?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(-1_000_000) @Max(1_000_000) max?: number | null;

  @ApiPropertyOptional({ type: QuestionConditionDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuestionConditionDto)
  showIf?: QuestionConditionDto | null;

  @ApiPropertyOptional({ enum: QUESTION_FOLLOW_UPS }) @IsOptional() @IsIn(QUESTION_FOLLOW_UPS) followUp?: QuestionFollowUp | null;
}

export class SectionDto implements SectionDefinition {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TITLE_MAX) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(QUESTION_HELP_MAX) intro?: string | null;

  @ApiProperty({ type: [QuestionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(QUESTIONNAIRE_MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions!: QuestionDto[];
}

export class QuestionnaireDefinitionDto implements QuestionnaireDefinition {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TITLE_MAX) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(QUESTION_HELP_MAX) intro?: string | null;

  @ApiProperty({ type: [SectionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SectionDto)
  sections!: SectionDto[];
}

export class SaveQuestionnaireDraftDto implements SaveQuestionnaireDraft {
  @ApiProperty({ type: QuestionnaireDefinitionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => QuestionnaireDefinitionDto)
  definition!: QuestionnaireDefinitionDto;
}
