import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH } from '@nabij/identity/contracts';
import {
  INVITE_EMAIL_MAX,
  INVITE_NAME_MAX,
  STAFF_ROLES,
  type AcceptInviteRequest,
  type CreateInviteRequest,
  type StaffRole,
} from '@nabij/organisation/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateInviteDto implements CreateInviteRequest {
  @ApiProperty({ example: 'Samira Haddou', maxLength: INVITE_NAME_MAX })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(INVITE_NAME_MAX)
  name: string;

  @ApiProperty({ example: 's.haddou@mwleiden.nl', maxLength: INVITE_EMAIL_MAX })
  @Transform(trim)
  @IsString()
  @MaxLength(INVITE_EMAIL_MAX)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  role: StaffRole;

  @ApiPropertyOptional({ nullable: true, description: 'An active team of your organisation; null: no team.' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID('all')
  teamId?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  canTrain?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  chatDuty?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Workers only: may write and publish library content' })
  @IsOptional()
  @IsBoolean({ message: 'libraryEditor must be true or false' })
  libraryEditor?: boolean;
}

export class InviteTokenQueryDto {
  @ApiProperty({ description: 'The token from the mailed link' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;
}

export class AcceptInviteDto implements AcceptInviteRequest {
  @ApiProperty({ description: 'The token from the mailed link' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
