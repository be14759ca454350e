import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LIBRARY_AUDIENCES,
  LIBRARY_LANGS,
  LIBRARY_THEMES,
  LibraryAudience,
  LibraryLang,
  LibraryTheme,
  SEARCH_QUERY_MAX_LENGTH,
  SELF_TEST_MAX_OPTIONS,
  SELF_TEST_MAX_QUESTIONS,
} from '@nabij/library/contracts';
import type { KeepSelfTestResult } from '@nabij/library/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
