import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ENROLMENT_MODES,
  EnrolmentMode,
  EnrolRequest,
  FeedbackRequest,
  HomeworkRequest,
  ModuleInput,
  REMINDER_FREQUENCIES,
  ReminderFrequency,
  ReminderSettingsRequest,
  SelfTestAnswersRequest,
  STEP_KINDS,
  StepContent,
  StepInput,
  StepKind,
  TRAINING_LIMITS,
  TRAINING_KINDS,
  TrainingInput,
  TrainingKind,
} from '@nabij/trainings/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class EnrolDto implements EnrolRequest {
  @ApiProperty({ enum: ENROLMENT_MODES, description: 'blended = with group meetings; online = fully online' })
  @IsIn(ENROLMENT_MODES, { message: 'mode must be blended or online' })
  mode: EnrolmentMode;

  @ApiProperty({ type: [String], example: ['Grenzen aangeven', 'Standvastig blijven zonder schuldgevoel'] })
  @Transform(trimAll)
  @IsArray({ message: 'goals must be a list of 2 or 3 goals' })
  @ArrayMinSize(TRAINING_LIMITS.goalsMin, { message: 'write at least 2 goals' })
  @ArrayMaxSize(TRAINING_LIMITS.goalsMax, { message: 'write at most 3 goals' })
  @IsString({ each: true })
  @MinLength(TRAINING_LIMITS.goalMin, { each: true, message: 'each goal needs at least 3 characters' })
  @MaxLength(TRAINING_LIMITS.goalMax, { each: true, message: 'keep each goal under 300 characters' })
  goals: string[];

  @ApiPropertyOptional({ description: 'Only when a worker enrols a client of their caseload' })
  @IsOptional()
  @IsUUID('4')
  clientId?: string;
}

export class ReminderSettingsDto implements ReminderSettingsRequest {
  @ApiProperty()
  @IsBoolean()
  enabled: boolean;

  @ApiPropertyOptional({ enum: REMINDER_FREQUENCIES, default: 'weekly' })
  @IsOptional()
  @IsIn(REMINDER_FREQUENCIES)
  frequency?: ReminderFrequency;
}

export class SelfTestAnswersDto implements SelfTestAnswersRequest {
  @ApiProperty({ description: 'questionId → option id or scale number', example: { q1: 'b', q2: 3 } })
  @IsObject()
  answers: Record<string, string | number>;
}

export class HomeworkDto implements HomeworkRequest {
  @ApiProperty({
    description: 'questionId → answer; diary: situation, thoughts, feelings, actions, wish',
    example: { situation: 'Mijn buurman…' },
  })
  @IsObject()
  answers: Record<string, string>;
}

export class FeedbackDto implements FeedbackRequest {
  @ApiProperty({ description: 'Quick, complimenting, with a follow-up question' })
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'write your feedback' })
  @MaxLength(TRAINING_LIMITS.feedbackMax)
  feedback: string;
}

export class TrainingDto implements TrainingInput {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(TRAINING_LIMITS.titleMax)
  title: string;

  @ApiProperty()
  @IsString()
  @MaxLength(TRAINING_LIMITS.summaryMax)
  summary: string;

  @ApiPropertyOptional({ enum: TRAINING_KINDS, description: 'guided (default): a trainer, feedback moments; self_help: on your own' })
  @IsOptional()
  @IsIn(TRAINING_KINDS, { message: 'kind must be guided or self_help' })
  kind?: TrainingKind;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('4')
  trainerId?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @MaxLength(TRAINING_LIMITS.goalMax, { each: true })
  goalExamples?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  published?: boolean;
}

export class UpdateTrainingDto extends PartialType(TrainingDto) {}

export class ModuleDto implements ModuleInput {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(TRAINING_LIMITS.titleMax)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(TRAINING_LIMITS.summaryMax)
  intro?: string;

  @ApiPropertyOptional({ description: 'Feedback moment: the next module opens after the trainer gave feedback' })
  @IsOptional()
  @IsBoolean()
  requiresFeedback?: boolean;

  @ApiPropertyOptional({ description: '1-based; omitted = at the end' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  position?: number;
}

export class UpdateModuleDto extends PartialType(ModuleDto) {}

export class StepDto implements StepInput {
  @ApiProperty({ enum: STEP_KINDS })
  @IsIn(STEP_KINDS)
  kind: StepKind;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(TRAINING_LIMITS.titleMax)
  title: string;

  @ApiProperty({ description: 'Shape depends on kind; checked by the service' })
  @IsObject()
  content: StepContent;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  position?: number;
}

export class UpdateStepDto extends PartialType(StepDto) {}
