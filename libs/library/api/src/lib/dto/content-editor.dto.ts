import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FAQ_ANSWER_MAX,
  FAQ_QUESTION_MAX,
  LIBRARY_THEMES,
  SELF_TEST_MAX_OPTIONS,
  SELF_TEST_MAX_QUESTIONS,
  type AdviceStepDefinition,
  type CreateSelfTest,
  type FaqText,
  type LibraryTheme,
  type LocalText,
  type SaveFaq,
  type SaveSelfTestDraft,
  type SelfTestBandDefinition,
  type SelfTestContent,
  type SelfTestOptionDefinition,
  type SelfTestQuestionDefinition,
} from '@nabij/library/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const SELF_TEST_TEXT_MAX = 2_000;
const SELF_TEST_MAX_BANDS = 10;
const SELF_TEST_MAX_STEPS = 6;
const STEP_KINDS = ['article', 'training', 'chat', 'register', 'urgent'] as const;

/** A nested object, validated by its class; the message names what it must hold. */
function Nested(type: () => new () => object, holds: string): PropertyDecorator {
  return (target, key) => {
    IsObject({ message: `${String(key)} must hold ${holds}` })(target, key);
    ValidateNested()(target, key);
    Type(type)(target, key);
  };
}

/** A list of nested objects between `min` and `max` long. */
function NestedList(type: () => new () => object, min: number, max: number): PropertyDecorator {
  return (target, key) => {
    IsArray({ message: `${String(key)} must be a list` })(target, key);
    ArrayMinSize(min, { message: `${String(key)} must hold at least ${min}` })(target, key);
    ArrayMaxSize(max, { message: `${String(key)} must hold at most ${max}` })(target, key);
    ValidateNested({ each: true })(target, key);
    Type(type)(target, key);
  };
}

function Text(max: number): PropertyDecorator {
  return (target, key) => {
    IsString({ message: `${String(key)} must be text` })(target, key);
    Matches(/\S/, { message: `${String(key)} must not be empty` })(target, key);
    MaxLength(max, { message: `${String(key)} must be at most ${max} characters` })(target, key);
  };
}

export class FaqTextDto implements FaqText {
  @ApiProperty({ maxLength: FAQ_QUESTION_MAX })
  @Text(FAQ_QUESTION_MAX)
  question: string;

  @ApiProperty({ maxLength: FAQ_ANSWER_MAX, description: 'Markdown; raw HTML is shown as text' })
  @Text(FAQ_ANSWER_MAX)
  answer: string;
}

export class SaveFaqDto implements SaveFaq {
  @ApiProperty({ enum: LIBRARY_THEMES })
  @IsIn(LIBRARY_THEMES, { message: `theme must be one of ${LIBRARY_THEMES.join(', ')}` })
  theme: LibraryTheme;

  @ApiProperty({ type: FaqTextDto })
  @Nested(() => FaqTextDto, 'question and answer')
  nl: FaqTextDto;

  @ApiProperty({ type: FaqTextDto })
  @Nested(() => FaqTextDto, 'question and answer')
  en: FaqTextDto;
}

export class LocalTextDto implements LocalText {
  @ApiProperty({ maxLength: SELF_TEST_TEXT_MAX })
  @Text(SELF_TEST_TEXT_MAX)
  nl: string;

  @ApiProperty({ maxLength: SELF_TEST_TEXT_MAX })
  @Text(SELF_TEST_TEXT_MAX)
  en: string;

  // Translations (issue 17): optional, but a version that has one language has it in every text
  // (selfTestProblems names what is missing).
  @ApiPropertyOptional({ maxLength: SELF_TEST_TEXT_MAX, description: 'Arabic; every text of the version or none' })
  @IsOptional()
  @Text(SELF_TEST_TEXT_MAX)
  ar?: string;

  @ApiPropertyOptional({ maxLength: SELF_TEST_TEXT_MAX, description: 'Turkish; every text of the version or none' })
  @IsOptional()
  @Text(SELF_TEST_TEXT_MAX)
  tr?: string;

  @ApiPropertyOptional({ maxLength: SELF_TEST_TEXT_MAX, description: 'Polish; every text of the version or none' })
  @IsOptional()
  @Text(SELF_TEST_TEXT_MAX)
  pl?: string;
}

export class SelfTestOptionDto implements SelfTestOptionDefinition {
  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt({ message: 'points must be a whole number' })
  @Min(0, { message: 'points must be 0 or more' })
  @Max(100, { message: 'points must be at most 100' })
  points: number;

  @ApiProperty({ type: LocalTextDto })
  @Nested(() => LocalTextDto, 'nl and en')
  label: LocalTextDto;
}

export class SelfTestQuestionDto implements SelfTestQuestionDefinition {
  @ApiProperty({ example: 'slaap' })
  @IsString({ message: 'key must be text' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'key must be lowercase words joined by hyphens' })
  @MaxLength(40, { message: 'key must be at most 40 characters' })
  key: string;

  @ApiProperty({ type: LocalTextDto })
  @Nested(() => LocalTextDto, 'nl and en')
  text: LocalTextDto;

  @ApiProperty({ type: [SelfTestOptionDto] })
  @NestedList(() => SelfTestOptionDto, 2, SELF_TEST_MAX_OPTIONS)
  options: SelfTestOptionDto[];
}

export class AdviceStepDto {
  @ApiProperty({ enum: STEP_KINDS })
  @IsIn(STEP_KINDS, { message: `kind must be one of ${STEP_KINDS.join(', ')}` })
  kind: AdviceStepDefinition['kind'];

  @ApiPropertyOptional({ description: 'kind article: the slug of a published article' })
  @ValidateIf((step: AdviceStepDto) => step.kind === 'article')
  @IsString({ message: 'slug must be the address of an article' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be the address of an article' })
  slug?: string;

  @ApiPropertyOptional({ type: LocalTextDto, description: 'kind training' })
  @ValidateIf((step: AdviceStepDto) => step.kind === 'training')
  @Nested(() => LocalTextDto, 'nl and en')
  name?: LocalTextDto;

  @ApiPropertyOptional({ type: LocalTextDto, description: 'kind training' })
  @ValidateIf((step: AdviceStepDto) => step.kind === 'training')
  @Nested(() => LocalTextDto, 'nl and en')
  text?: LocalTextDto;
}

export class SelfTestBandDto implements Omit<SelfTestBandDefinition, 'steps'> {
  @ApiProperty()
  @IsString({ message: 'key must be text' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'key must be lowercase words joined by hyphens' })
  key: string;

  @ApiProperty()
  @IsInt({ message: 'min must be a whole number' })
  min: number;

  @ApiProperty()
  @IsInt({ message: 'max must be a whole number' })
  max: number;

  @ApiProperty({ type: LocalTextDto })
  @Nested(() => LocalTextDto, 'nl and en')
  title: LocalTextDto;

  @ApiProperty({ type: LocalTextDto })
  @Nested(() => LocalTextDto, 'nl and en')
  text: LocalTextDto;

  @ApiProperty({ type: [AdviceStepDto] })
  @NestedList(() => AdviceStepDto, 1, SELF_TEST_MAX_STEPS)
  steps: AdviceStepDto[];
}

export class SelfTestContentDto {
  @ApiProperty({ type: LocalTextDto })
  @Nested(() => LocalTextDto, 'nl and en')
  title: LocalTextDto;

  @ApiProperty({ type: LocalTextDto })
  @Nested(() => LocalTextDto, 'nl and en')
  intro: LocalTextDto;

  @ApiProperty({ type: [SelfTestQuestionDto] })
  @NestedList(() => SelfTestQuestionDto, 1, SELF_TEST_MAX_QUESTIONS)
  questions: SelfTestQuestionDto[];

  @ApiProperty({ type: [SelfTestBandDto] })
  @NestedList(() => SelfTestBandDto, 1, SELF_TEST_MAX_BANDS)
  bands: SelfTestBandDto[];
}

export class SaveSelfTestDraftDto implements SaveSelfTestDraft {
  @ApiProperty({ type: SelfTestContentDto })
  @Nested(() => SelfTestContentDto, 'title, intro, questions and bands')
  content: SelfTestContent;
}

export class CreateSelfTestDto implements CreateSelfTest {
  @ApiProperty({ example: 'slaaptest', description: 'lowercase words joined by hyphens' })
  @IsString({ message: 'slug must be text' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase words joined by hyphens' })
  @MaxLength(100, { message: 'slug must be at most 100 characters' })
  slug: string;

  @ApiProperty({ enum: LIBRARY_THEMES })
  @IsIn(LIBRARY_THEMES, { message: `theme must be one of ${LIBRARY_THEMES.join(', ')}` })
  theme: LibraryTheme;

  @ApiProperty({ type: SelfTestContentDto })
  @Nested(() => SelfTestContentDto, 'title, intro, questions and bands')
  content: SelfTestContent;
}
