import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SOCIAL_CATEGORIES, SOCIAL_MAP_CSV_MAX_CHARS, SOCIAL_REFERRALS } from '@nabij/socialmap/contracts';
import type { ImportSocialServices, SaveSocialService, SocialCategory, SocialReferral } from '@nabij/socialmap/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const text = (field: string, max: number) => [
  IsString({ message: `${field} must be text` }),
  Matches(/\S/, { message: `${field} must not be empty` }),
  MaxLength(max, { message: `${field} must be at most ${max} characters` }),
];
const optionalText = (field: string, max: number) => [
  IsOptional(),
  IsString({ message: `${field} must be text` }),
  MaxLength(max, { message: `${field} must be at most ${max} characters` }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const d of decorators) d(target, key);
  };

/** One service as an admin writes it; the CSV import checks every line against the same rules. */
export class SaveSocialServiceDto implements SaveSocialService {
  @ApiProperty({ maxLength: 120, example: 'Gemeente Leiden' })
  @apply(text('providerName', 120))
  providerName: string;

  @ApiProperty({ maxLength: 120, example: 'Schuldhulpverlening' })
  @apply(text('name', 120))
  name: string;

  @ApiProperty({ maxLength: 1000 })
  @apply(text('description', 1000))
  description: string;

  @ApiProperty({ enum: SOCIAL_CATEGORIES, isArray: true })
  @IsArray({ message: 'categories must be a list' })
  @ArrayMinSize(1, { message: 'categories must name at least one topic' })
  @ArrayUnique({ message: 'categories names a topic twice' })
  @IsIn(SOCIAL_CATEGORIES, { each: true, message: `each category must be one of ${SOCIAL_CATEGORIES.join(', ')}` })
  categories: SocialCategory[];

  @ApiProperty({ maxLength: 200, example: 'Inwoners van Leiden met schulden' })
  @apply(text('audience', 200))
  audience: string;

  @ApiProperty({ maxLength: 80, example: 'Leiden' })
  @apply(text('municipality', 80))
  municipality: string;

  @ApiPropertyOptional({ maxLength: 200, nullable: true })
  @apply(optionalText('address', 200))
  address?: string | null;

  @ApiPropertyOptional({ maxLength: 200, nullable: true })
  @apply(optionalText('openingHours', 200))
  openingHours?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '0900-8020' })
  @IsOptional()
  @IsString({ message: 'phone must be text' })
  @Matches(/^\+?[0-9][0-9 -]{2,28}$/, { message: 'phone must be a phone number of digits, spaces and dashes, like 0900-8020' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'https://www.juridischloket.nl' })
  @IsOptional()
  @IsString({ message: 'website must be text' })
  @MaxLength(300, { message: 'website must be at most 300 characters' })
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'website must be an address starting with https://' })
  website?: string | null;

  @ApiProperty({ enum: SOCIAL_REFERRALS })
  @IsIn(SOCIAL_REFERRALS, { message: `referral must be one of ${SOCIAL_REFERRALS.join(', ')}` })
  referral: SocialReferral;

  @ApiProperty({ type: [Number], description: 'Four-digit postcode areas; empty is the whole country' })
  @IsArray({ message: 'servedAreas must be a list of four-digit postcode areas' })
  @ArrayMaxSize(1000, { message: 'servedAreas must hold at most 1000 areas' })
  @IsInt({ each: true, message: 'each served area must be four digits, like 2312' })
  @Min(1000, { each: true, message: 'each served area must be four digits, like 2312' })
  @Max(9999, { each: true, message: 'each served area must be four digits, like 2312' })
  servedAreas: number[];

  @ApiPropertyOptional({ nullable: true, example: 2312 })
  @IsOptional()
  @IsInt({ message: 'locationPc4 must be four digits, like 2312' })
  @Min(1000, { message: 'locationPc4 must be four digits, like 2312' })
  @Max(9999, { message: 'locationPc4 must be four digits, like 2312' })
  locationPc4?: number | null;
}

export class ImportSocialServicesDto implements ImportSocialServices {
  @ApiProperty({ description: 'The CSV text, header row first', maxLength: SOCIAL_MAP_CSV_MAX_CHARS })
  @IsString({ message: 'csv must be text' })
  @Matches(/\S/, { message: 'csv must not be empty' })
  @MaxLength(SOCIAL_MAP_CSV_MAX_CHARS, { message: `csv must be at most ${SOCIAL_MAP_CSV_MAX_CHARS} characters` })
  csv: string;
}
