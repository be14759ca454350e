import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TRAINING_READER_LANGS, TRAINING_TRANSLATION_LANGS } from '@nabij/trainings/contracts';
import type {
  AssignmentTranslation,
  ModuleTranslationText,
  SelfTestQuestionTranslation,
  SelfTestTranslation,
  StepTranslation,
  TrainingReaderLang,
  TrainingTranslationLang,
} from '@nabij/trainings/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

/** ?lang= of a participant's module: every client language; Dutch when there is no translation. */
export class ReaderLangQueryDto {
  @ApiPropertyOptional({ enum: TRAINING_READER_LANGS })
  @IsOptional()
  @IsIn(TRAINING_READER_LANGS, { message: `lang must be one of ${TRAINING_READER_LANGS.join(', ')}` })
  lang?: TrainingReaderLang;
}

export class ModuleTranslationParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'moduleId must be a UUID' })
  moduleId: string;

  @ApiProperty({ enum: TRAINING_TRANSLATION_LANGS })
  @IsIn(TRAINING_TRANSLATION_LANGS, { message: `lang must be one of ${TRAINING_TRANSLATION_LANGS.join(', ')}` })
  lang: TrainingTranslationLang;
}

/** A piece of text a client reads in a self-test or homework form: not empty, at most `max` characters. */
function FormText(name: string, max: number): PropertyDecorator {
  return (target, key) => {
    IsString({ message: `${name} must be text` })(target, key);
    Matches(/\S/, { message: `${name} must not be empty` })(target, key);
    MaxLength(max, { message: `${name} must be at most ${max} characters` })(target, key);
  };
}

export class OptionTranslationDto {
  @ApiProperty()
  @IsString({ message: 'id must be text' })
  @MaxLength(100, { message: 'id must be at most 100 characters' })
  id: string;

  @ApiProperty({ maxLength: 300 })
  @FormText('label', 300)
  label: string;
}

export class SelfTestQuestionTranslationDto implements SelfTestQuestionTranslation {
  @ApiProperty()
  @IsString({ message: 'id must be text' })
  @MaxLength(100, { message: 'id must be at most 100 characters' })
  id: string;

  @ApiProperty({ maxLength: 1_000 })
  @FormText('text', 1_000)
  text: string;

  @ApiPropertyOptional({ type: [OptionTranslationDto], description: 'Multiple choice: every option, by id' })
  @IsOptional()
  @IsArray({ message: 'options must be a list' })
  @ArrayMaxSize(20, { message: 'options must hold at most 20 options' })
  @ValidateNested({ each: true })
  @Type(() => OptionTranslationDto)
  options?: OptionTranslationDto[];

  @ApiPropertyOptional({ maxLength: 100, description: 'Scale: the label at the low end' })
  @IsOptional()
  @FormText('minLabel', 100)
  minLabel?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Scale: the label at the high end' })
  @IsOptional()
  @FormText('maxLabel', 100)
  maxLabel?: string;
}

export class BandTranslationDto {
  @ApiProperty({ maxLength: 200 })
  @FormText('title', 200)
  title: string;

  @ApiProperty({ maxLength: 2_000 })
  @FormText('text', 2_000)
  text: string;
}

export class SelfTestTranslationDto implements SelfTestTranslation {
  @ApiPropertyOptional({ maxLength: 2_000 })
  @IsOptional()
  @IsString({ message: 'intro must be text' })
  @MaxLength(2_000, { message: 'intro must be at most 2000 characters' })
  intro?: string;

  @ApiProperty({ type: [SelfTestQuestionTranslationDto] })
  @IsArray({ message: 'questions must be a list' })
  @ArrayMaxSize(50, { message: 'questions must hold at most 50 questions' })
  @ValidateNested({ each: true })
  @Type(() => SelfTestQuestionTranslationDto)
  questions: SelfTestQuestionTranslationDto[];

  @ApiProperty({ type: [BandTranslationDto], description: "The result texts, in the order of the step's score bands" })
  @IsArray({ message: 'bands must be a list' })
  @ArrayMaxSize(20, { message: 'bands must hold at most 20 result texts' })
  @ValidateNested({ each: true })
  @Type(() => BandTranslationDto)
  bands: BandTranslationDto[];
}

export class OpenQuestionTranslationDto {
  @ApiProperty()
  @IsString({ message: 'id must be text' })
  @MaxLength(100, { message: 'id must be at most 100 characters' })
  id: string;

  @ApiProperty({ maxLength: 1_000 })
  @FormText('text', 1_000)
  text: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString({ message: 'hint must be text' })
  @MaxLength(500, { message: 'hint must be at most 500 characters' })
  hint?: string;
}

export class AssignmentTranslationDto implements AssignmentTranslation {
  @ApiProperty({ maxLength: 2_000 })
  @FormText('intro', 2_000)
  intro: string;

  @ApiPropertyOptional({ type: [OpenQuestionTranslationDto], description: 'Open questions: every question, by id' })
  @IsOptional()
  @IsArray({ message: 'questions must be a list' })
  @ArrayMaxSize(50, { message: 'questions must hold at most 50 questions' })
  @ValidateNested({ each: true })
  @Type(() => OpenQuestionTranslationDto)
  questions?: OpenQuestionTranslationDto[];
}

export class StepTranslationDto implements StepTranslation {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'stepId must be a UUID' })
  stepId: string;

  @ApiProperty({ maxLength: 200 })
  @FormText('title', 200)
  title: string;

  @ApiPropertyOptional({ maxLength: 20_000, description: 'Only for a reading step' })
  @IsOptional()
  @FormText('body', 20_000)
  body?: string;

  @ApiPropertyOptional({ maxLength: 20_000, description: 'Only for a video step: the written version of the film' })
  @IsOptional()
  @FormText('captions', 20_000)
  captions?: string;

  @ApiPropertyOptional({ type: SelfTestTranslationDto, description: 'Only for a self-test step: all of its texts' })
  @IsOptional()
  @IsObject({ message: 'selfTest must be an object' })
  @ValidateNested()
  @Type(() => SelfTestTranslationDto)
  selfTest?: SelfTestTranslationDto;

  @ApiPropertyOptional({ type: AssignmentTranslationDto, description: 'Only for a homework step: its intro and questions' })
  @IsOptional()
  @IsObject({ message: 'assignment must be an object' })
  @ValidateNested()
  @Type(() => AssignmentTranslationDto)
  assignment?: AssignmentTranslationDto;
}

export class ModuleTranslationDto implements ModuleTranslationText {
  @ApiProperty({ maxLength: 200 })
  @FormText('title', 200)
  title: string;

  @ApiProperty({ maxLength: 2_000 })
  @IsString({ message: 'intro must be text' })
  @MaxLength(2_000, { message: 'intro must be at most 2000 characters' })
  intro: string;

  @ApiProperty({ type: [StepTranslationDto] })
  @IsArray({ message: 'steps must be a list' })
  @ArrayMaxSize(50, { message: 'steps must hold at most 50 steps' })
  @ValidateNested({ each: true })
  @Type(() => StepTranslationDto)
  steps: StepTranslationDto[];
}
