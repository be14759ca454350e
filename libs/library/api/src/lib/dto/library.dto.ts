import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LIBRARY_AUDIENCES,
  LIBRARY_LANGS,
  LIBRARY_THEMES,
  LibraryAudience,
  LibraryLang,
  LibraryTheme,
  SEARCH_QUERY_MAX_LENGTH,
  QUESTION_ANSWER_MAX,
  QUESTION_BODY_MAX,
  QUESTION_NICKNAME_MAX,
  QUESTION_TOKEN_PATTERN,
  SELF_TEST_MAX_OPTIONS,
  SELF_TEST_MAX_QUESTIONS,
} from '@nabij/library/contracts';
import type { AnswerQuestion, AskQuestion, KeepSelfTestResult } from '@nabij/library/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class LangQueryDto {
  @ApiPropertyOptional({ enum: LIBRARY_LANGS, description: 'Language of the texts; Dutch when left out' })
  @IsOptional()
  @IsIn(LIBRARY_LANGS, { message: `lang must be one of ${LIBRARY_LANGS.join(', ')}` })
  lang?: LibraryLang;
}

export class ArticlesQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ enum: LIBRARY_THEMES })
  @IsOptional()
  @IsIn(LIBRARY_THEMES, { message: `theme must be one of ${LIBRARY_THEMES.join(', ')}` })
  theme?: LibraryTheme;

  @ApiPropertyOptional({ enum: LIBRARY_AUDIENCES })
  @IsOptional()
  @IsIn(LIBRARY_AUDIENCES, { message: `audience must be one of ${LIBRARY_AUDIENCES.join(', ')}` })
  audience?: LibraryAudience;
}

export class FaqQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ enum: LIBRARY_THEMES })
  @IsOptional()
  @IsIn(LIBRARY_THEMES, { message: `theme must be one of ${LIBRARY_THEMES.join(', ')}` })
  theme?: LibraryTheme;
}

export class SearchQueryDto extends LangQueryDto {
  @ApiProperty({ description: 'What to look for, e.g. "schulden"', maxLength: SEARCH_QUERY_MAX_LENGTH })
  @IsString({ message: 'q must be text' })
  @Matches(/\S/, { message: 'q must hold a word to search for' })
  @MaxLength(SEARCH_QUERY_MAX_LENGTH, { message: `q must be at most ${SEARCH_QUERY_MAX_LENGTH} characters` })
  q: string;
}

export class KeepSelfTestResultDto implements KeepSelfTestResult {
  @ApiProperty({ format: 'uuid', description: 'The published version the answers belong to (versionId of the self-test)' })
  @IsUUID('all', { message: 'versionId must be the id of a self-test version' })
  versionId: string;

  @ApiProperty({
    type: [Number],
    description: 'Per question, in order: the index of the chosen option (0 is the first)',
    maxItems: SELF_TEST_MAX_QUESTIONS,
  })
  @IsArray({ message: 'answers must be a list of option numbers' })
  @ArrayMinSize(1, { message: 'answers must hold an answer for each question' })
  @ArrayMaxSize(SELF_TEST_MAX_QUESTIONS, { message: `answers must hold at most ${SELF_TEST_MAX_QUESTIONS} answers` })
  @IsInt({ each: true, message: 'each answer must be a whole number' })
  @Min(0, { each: true, message: 'each answer must be 0 or more' })
  @Max(SELF_TEST_MAX_OPTIONS - 1, { each: true, message: `each answer must be at most ${SELF_TEST_MAX_OPTIONS - 1}` })
  answers: number[];
}

export class AskQuestionDto implements AskQuestion {
  @ApiProperty({ format: 'uuid', description: 'checkId of a served postcode check (POST /api/postcode-check)' })
  @IsUUID('all', { message: 'checkId must come from a postcode check' })
  checkId: string;

  @ApiProperty({ maxLength: QUESTION_NICKNAME_MAX, description: 'Any name; never a real one needed' })
  @IsString({ message: 'nickname must be text' })
  @Matches(/\S/, { message: 'nickname must not be empty' })
  @MaxLength(QUESTION_NICKNAME_MAX, { message: `nickname must be at most ${QUESTION_NICKNAME_MAX} characters` })
  nickname: string;

  @ApiProperty({ maxLength: QUESTION_BODY_MAX })
  @IsString({ message: 'question must be text' })
  @Matches(/\S/, { message: 'question must not be empty' })
  @MaxLength(QUESTION_BODY_MAX, { message: `question must be at most ${QUESTION_BODY_MAX} characters` })
  question: string;

  @ApiPropertyOptional({ description: 'For a notice without content when the answer is there', maxLength: 254 })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email?: string;

  @ApiPropertyOptional({ enum: LIBRARY_LANGS, description: 'Language of the notice mail' })
  @IsOptional()
  @IsIn(LIBRARY_LANGS, { message: `lang must be one of ${LIBRARY_LANGS.join(', ')}` })
  lang?: LibraryLang;
}

export class ReadQuestionDto {
  @ApiProperty({ description: 'The secret of the private link (after # in the link)' })
  @IsString({ message: 'token must be text' })
  @Matches(QUESTION_TOKEN_PATTERN, { message: 'token must be the code from the private link' })
  token: string;
}

export class AnswerQuestionDto implements AnswerQuestion {
  @ApiProperty({ maxLength: QUESTION_ANSWER_MAX })
  @IsString({ message: 'answer must be text' })
  @Matches(/\S/, { message: 'answer must not be empty' })
  @MaxLength(QUESTION_ANSWER_MAX, { message: `answer must be at most ${QUESTION_ANSWER_MAX} characters` })
  answer: string;
}
