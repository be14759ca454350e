import { ApiPropertyOptional } from '@nestjs/swagger';
import { SOCIAL_CATEGORIES, SOCIAL_MAP_POSTCODE_PATTERN, SOCIAL_MAP_QUERY_MAX } from '@nabij/socialmap/contracts';
import type { SocialCategory, SocialMapQuery } from '@nabij/socialmap/contracts';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class SocialMapQueryDto implements SocialMapQuery {
  @ApiPropertyOptional({ description: 'What someone needs help with, e.g. "schulden"', maxLength: SOCIAL_MAP_QUERY_MAX })
  @IsOptional()
  @IsString({ message: 'q must be text' })
  @Matches(/\S/, { message: 'q must hold a word to search for' })
  @MaxLength(SOCIAL_MAP_QUERY_MAX, { message: `q must be at most ${SOCIAL_MAP_QUERY_MAX} characters` })
  q?: string;

  @ApiPropertyOptional({ enum: SOCIAL_CATEGORIES })
  @IsOptional()
  @IsIn(SOCIAL_CATEGORIES, { message: `category must be one of ${SOCIAL_CATEGORIES.join(', ')}` })
  category?: SocialCategory;

  @ApiPropertyOptional({ description: 'A postcode ("2312 AB") or its four digits ("2312"): nearest first', example: '2312 AB' })
  @IsOptional()
  @IsString({ message: 'postcode must be text' })
  @Matches(SOCIAL_MAP_POSTCODE_PATTERN, { message: 'postcode must be a Dutch postcode like 2312 AB, or its four digits' })
  postcode?: string;
}
