import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TRAINING_READER_LANGS, TRAINING_TRANSLATION_LANGS } from '@nabij/trainings/contracts';
import type { ModuleTranslationText, StepTranslation, TrainingReaderLang, TrainingTranslationLang } from '@nabij/trainings/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

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

export class StepTranslationDto implements StepTranslation {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'stepId must be a UUID' })
  stepId: string;

  @ApiProperty({ maxLength: 200 })
  @IsString({ message: 'title must be text' })
  @Matches(/\S/, { message: 'title must not be empty' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title: string;

  @ApiPropertyOptional({ maxLength: 20_000, description: 'Only for a reading step' })
  @IsOptional()
  @IsString({ message: 'body must be text' })
  @Matches(/\S/, { message: 'body must not be empty' })
  @MaxLength(20_000, { message: 'body must be at most 20000 characters' })
  body?: string;
}

export class ModuleTranslationDto implements ModuleTranslationText {
  @ApiProperty({ maxLength: 200 })
  @IsString({ message: 'title must be text' })
  @Matches(/\S/, { message: 'title must not be empty' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
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
