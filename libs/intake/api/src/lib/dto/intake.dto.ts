import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  isStrongEnoughPassword,
} from '@nabij/identity/contracts';
import type {
  AdmissionRequest,
  PostcodeCheckRequest,
  RegistrationRequest,
  ResendRequest,
  ServiceAreaInput,
  VerifyRequest,
} from '@nabij/intake/contracts';
import { isValidPostcode } from '@nabij/intake/contracts';
import { IsBirthDate } from '@nabij/platform/api';
import { LANGUAGES, type Language } from '@nabij/platform/contracts';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';

function IsDutchPostcode(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isDutchPostcode',
      validator: {
        validate: (v) => typeof v === 'string' && isValidPostcode(v),
        defaultMessage: () => 'postcode must be a Dutch postcode like 2312 AB',
      },
    },
    options,
  );
}

function IsStrongPassword(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isStrongPassword',
      validator: {
        validate: (v) => typeof v === 'string' && isStrongEnoughPassword(v),
        defaultMessage: () =>
          `password must have at least ${PASSWORD_MIN_LENGTH} characters with at least one letter and one number or sign`,
      },
    },
    options,
  );
}

export class PostcodeCheckDto implements PostcodeCheckRequest {
  @ApiProperty({ example: '2312 AB' })
  @IsString()
  @MaxLength(20)
  @IsDutchPostcode()
  postcode: string;
}

export class RegistrationDto implements RegistrationRequest {
  @ApiProperty({ description: 'checkId from a served postcode check' })
  @IsUUID('4', { message: 'checkId must come from a postcode check' })
  checkId: string;

  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @IsStrongPassword()
  password: string;

  @ApiProperty({ example: '1990-04-12', format: 'date' })
  @IsBirthDate()
  birthDate: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: "The portal's language: the account reads it, its mails use it" })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}

export class VerifyDto implements VerifyRequest {
  @ApiProperty()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @IsStrongPassword()
  password?: string;
}

export class ResendDto implements ResendRequest {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;
}

export class AdmissionDto implements AdmissionRequest {
  @ApiPropertyOptional({ description: 'Leave out when the client has no stable e-mail address: they get a login name and a printed code' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(NAME_MAX_LENGTH)
  name: string;

  @ApiProperty({ example: '1980-01-31', format: 'date' })
  @IsBirthDate()
  birthDate: string;

  @ApiProperty()
  @IsUUID('4')
  financierId: string;

  @ApiProperty({ description: 'Why this client is admitted without a postcode in the service area' })
  @IsString()
  @MinLength(10, { message: 'reason must explain in at least 10 characters why this client is admitted' })
  @MaxLength(1000)
  reason: string;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: 'The language the client reads: the account, its mail or printed letter use it; Dutch when left out',
  })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}

export class ServiceAreaDto implements ServiceAreaInput {
  @ApiProperty()
  @IsUUID('4')
  financierId: string;

  @ApiProperty({ example: 2311 })
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(9999)
  postcodeFrom: number;

  @ApiProperty({ example: 2334 })
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(9999)
  postcodeTo: number;
}
