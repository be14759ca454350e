import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ARTICLE_BODY_MAX,
  ARTICLE_SLUG_MAX,
  ARTICLE_SLUG_PATTERN,
  ARTICLE_SUMMARY_MAX,
  ARTICLE_TITLE_MAX,
  CONTENT_LANGS,
  ContentLang,
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
  TRANSLATION_LANGS,
  TranslationLang,
} from '@nabij/library/contracts';
import type {
  AnswerQuestion,
  AskQuestion,
  EditableArticleText,
  KeepSelfTestResult,
  PreviewRequest,
  SaveArticle,
} from '@nabij/library/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class LangQueryDto {
  @ApiPropertyOptional({ enum: LIBRARY_LANGS, description: 'Language of the texts; Dutch when left out' })
  @IsOptional()
  @IsIn(LIBRARY_LANGS, { message: `lang must be one of ${LIBRARY_LANGS.join(', ')}` })
  lang?: LibraryLang;
}

/** The public article, FAQ and search routes: every client language (issue 17); Dutch where there is no translation. */
export class ReaderLangQueryDto {
  @ApiPropertyOptional({ enum: CONTENT_LANGS, description: "The reader's language; Dutch when left out" })
  @IsOptional()
  @IsIn(CONTENT_LANGS, { message: `lang must be one of ${CONTENT_LANGS.join(', ')}` })
  lang?: ContentLang;
}

export class ArticlesQueryDto extends ReaderLangQueryDto {
  @ApiPropertyOptional({ enum: LIBRARY_THEMES })
  @IsOptional()
  @IsIn(LIBRARY_THEMES, { message: `theme must be one of ${LIBRARY_THEMES.join(', ')}` })
  theme?: LibraryTheme;

  @ApiPropertyOptional({ enum: LIBRARY_AUDIENCES })
  @IsOptional()
  @IsIn(LIBRARY_AUDIENCES, { message: `audience must be one of ${LIBRARY_AUDIENCES.join(', ')}` })
  audience?: LibraryAudience;
}

export class FaqQueryDto extends ReaderLangQueryDto {
  @ApiPropertyOptional({ enum: LIBRARY_THEMES })
  @IsOptional()
  @IsIn(LIBRARY_THEMES, { message: `theme must be one of ${LIBRARY_THEMES.join(', ')}` })
  theme?: LibraryTheme;
}

export class SearchQueryDto extends ReaderLangQueryDto {
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

  @ApiPropertyOptional({ enum: CONTENT_LANGS, description: 'Language of the page it was asked on: the notice mails use it, Dutch below' })
  @IsOptional()
  @IsIn(CONTENT_LANGS, { message: `lang must be one of ${CONTENT_LANGS.join(', ')}` })
  lang?: ContentLang;
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

export class ArticleTextDto implements EditableArticleText {
  @ApiProperty({ maxLength: ARTICLE_TITLE_MAX })
  @IsString({ message: 'title must be text' })
  @Matches(/\S/, { message: 'title must not be empty' })
  @MaxLength(ARTICLE_TITLE_MAX, { message: `title must be at most ${ARTICLE_TITLE_MAX} characters` })
  title: string;

  @ApiProperty({ maxLength: ARTICLE_SUMMARY_MAX })
  @IsString({ message: 'summary must be text' })
  @Matches(/\S/, { message: 'summary must not be empty' })
  @MaxLength(ARTICLE_SUMMARY_MAX, { message: `summary must be at most ${ARTICLE_SUMMARY_MAX} characters` })
  summary: string;

  @ApiProperty({ maxLength: ARTICLE_BODY_MAX, description: 'Markdown; raw HTML is shown as text' })
  @IsString({ message: 'body must be text' })
  @Matches(/\S/, { message: 'body must not be empty' })
  @MaxLength(ARTICLE_BODY_MAX, { message: `body must be at most ${ARTICLE_BODY_MAX} characters` })
  body: string;
}

/** :id/translations/:lang of the editor's translation routes (articles and FAQ entries). */
export class TranslationParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @ApiProperty({ enum: TRANSLATION_LANGS })
  @IsIn(TRANSLATION_LANGS, { message: `lang must be one of ${TRANSLATION_LANGS.join(', ')}` })
  lang: TranslationLang;
}

export class SaveArticleDto implements SaveArticle {
  @ApiProperty({ maxLength: ARTICLE_SLUG_MAX, example: 'schulden-wat-kun-je-zelf-doen' })
  @IsString({ message: 'slug must be text' })
  @Matches(ARTICLE_SLUG_PATTERN, { message: 'slug must be lowercase words joined by hyphens, like geld-en-schulden' })
  @MaxLength(ARTICLE_SLUG_MAX, { message: `slug must be at most ${ARTICLE_SLUG_MAX} characters` })
  slug: string;

  @ApiProperty({ enum: LIBRARY_THEMES })
  @IsIn(LIBRARY_THEMES, { message: `theme must be one of ${LIBRARY_THEMES.join(', ')}` })
  theme: LibraryTheme;

  @ApiProperty({ enum: LIBRARY_AUDIENCES, isArray: true })
  @IsArray({ message: 'audiences must be a list' })
  @ArrayMinSize(1, { message: 'audiences must name at least one group' })
  @ArrayMaxSize(LIBRARY_AUDIENCES.length, { message: 'audiences names a group twice' })
  @ArrayUnique({ message: 'audiences names a group twice' })
  @IsIn(LIBRARY_AUDIENCES, { each: true, message: `each audience must be one of ${LIBRARY_AUDIENCES.join(', ')}` })
  audiences: LibraryAudience[];

  @ApiProperty({ type: ArticleTextDto })
  @IsObject({ message: 'nl must hold title, summary and body' })
  @ValidateNested()
  @Type(() => ArticleTextDto)
  nl: ArticleTextDto;

  @ApiProperty({ type: ArticleTextDto })
  @IsObject({ message: 'en must hold title, summary and body' })
  @ValidateNested()
  @Type(() => ArticleTextDto)
  en: ArticleTextDto;
}

export class PreviewDto implements PreviewRequest {
  @ApiProperty({ maxLength: ARTICLE_BODY_MAX })
  @IsString({ message: 'markdown must be text' })
  @MaxLength(ARTICLE_BODY_MAX, { message: `markdown must be at most ${ARTICLE_BODY_MAX} characters` })
  markdown: string;
}
