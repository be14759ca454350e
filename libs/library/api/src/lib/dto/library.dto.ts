import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LIBRARY_AUDIENCES,
  LIBRARY_LANGS,
  LIBRARY_THEMES,
  LibraryAudience,
  LibraryLang,
  LibraryTheme,
  SEARCH_QUERY_MAX_LENGTH,
} from '@nabij/library/contracts';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

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
