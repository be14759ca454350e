import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEmail,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** The municipality's own social team, shown to clients the organisation refers on. */
export class SocialTeamPlanDto {
  @IsString() @MinLength(2) @MaxLength(200) name!: string;
  @IsOptional() @IsString() @Matches(/^[0-9 +()-]{6,20}$/) phone?: string;
  @IsOptional() @IsUrl({ protocols: ['https'], require_protocol: true }) url?: string;
}

export class FinancierPlanDto {
  /** e.g. "Gemeente Leiden". */
  @IsString() @MinLength(2) @MaxLength(200) name!: string;
  /** Shorter name in reports; the name when left out. */
  @IsOptional() @IsString() @MinLength(2) @MaxLength(60) reportName?: string;
  /** Four-digit postcodes or ranges the financier pays for: "2311-2334", "2340". */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @Matches(/^[1-9]\d{3}(-[1-9]\d{3})?$/, { each: true, message: 'each postcode must be four digits or a range like 2311-2334' })
  postcodes!: string[];
  @IsOptional() @ValidateNested() @Type(() => SocialTeamPlanDto) socialTeam?: SocialTeamPlanDto;
}

export class FirstAdminPlanDto {
  @IsString() @MinLength(2) @MaxLength(200) name!: string;
  @IsEmail() @MaxLength(254) email!: string;
}

/**
 * What `setup-organisation` reads: a new organisation with its financiers and their postcodes (who
 * may register), its teams and the first admin, who is invited by mail and then runs the rest from
 * the portal (staff, chat hours, rota).
 */
export class OrganisationPlanDto {
  @IsString() @MinLength(2) @MaxLength(200) name!: string;
  /** In addresses and settings; lowercase letters, digits and hyphens. */
  @Matches(/^[a-z0-9](?:[a-z0-9-]{1,58})[a-z0-9]$/, { message: 'slug must be 3 to 60 lowercase letters, digits or hyphens' })
  slug!: string;
  @IsDefined() @IsObject() @ValidateNested() @Type(() => FirstAdminPlanDto) admin!: FirstAdminPlanDto;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(100, { each: true })
  teams!: string[];
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FinancierPlanDto)
  financiers!: FinancierPlanDto[];
}
