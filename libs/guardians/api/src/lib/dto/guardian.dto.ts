import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GUARDIAN_EMAIL_MAX,
  GUARDIAN_MESSAGE_MAX,
  GUARDIAN_NAME_MAX,
  GUARDIAN_RELATIONS,
  type AcceptGuardianInviteRequest,
  type GuardianRelation,
  type InviteGuardianRequest,
  type SendGuardianMessageRequest,
  type UpdateGuardianSharesRequest,
} from '@nabij/guardians/contracts';
import { LANGUAGES, type Language } from '@nabij/platform/contracts';
import { PASSWORD_MAX_LENGTH } from '@nabij/identity/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UpdateGuardianSharesDto implements UpdateGuardianSharesRequest {
  @ApiPropertyOptional({ description: "The parent sees the case's appointments (time, kind, place; never the note)." })
  @IsOptional()
  @IsBoolean({ message: 'showAppointments must be true or false' })
  showAppointments?: boolean;

  @ApiPropertyOptional({ description: 'The parent sees and downloads the documents the worker put in the dossier.' })
  @IsOptional()
  @IsBoolean({ message: 'showDocuments must be true or false' })
  showDocuments?: boolean;

  @ApiPropertyOptional({ description: 'The parent and the worker write in a separate parent thread.' })
  @IsOptional()
  @IsBoolean({ message: 'showMessages must be true or false' })
  showMessages?: boolean;
}

export class InviteGuardianDto extends UpdateGuardianSharesDto implements InviteGuardianRequest {
  @ApiProperty({ example: 'Fatima El Idrissi', maxLength: GUARDIAN_NAME_MAX })
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(GUARDIAN_NAME_MAX, { message: `name must be at most ${GUARDIAN_NAME_MAX} characters` })
  name: string;

  @ApiProperty({ example: 'f.elidrissi@example.nl', maxLength: GUARDIAN_EMAIL_MAX })
  @Transform(trim)
  @IsString({ message: 'email must be an e-mail address' })
  @MaxLength(GUARDIAN_EMAIL_MAX, { message: 'email must be an e-mail address' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;

  @ApiProperty({ enum: GUARDIAN_RELATIONS })
  @IsIn(GUARDIAN_RELATIONS, { message: `relation must be one of ${GUARDIAN_RELATIONS.join(', ')}` })
  relation: GuardianRelation;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of the invitation mail (Dutch follows below)' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}

export class GuardianInviteTokenQueryDto {
  @ApiProperty({ description: 'The token from the mailed link' })
  @IsString({ message: 'token must be text' })
  @MinLength(1, { message: 'token must not be empty' })
  @MaxLength(200, { message: 'token is too long' })
  token: string;
}

export class AcceptGuardianInviteDto extends GuardianInviteTokenQueryDto implements AcceptGuardianInviteRequest {
  @ApiProperty()
  @IsString({ message: 'password must be text' })
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: "The portal's language: the account reads it, its mails use it" })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}

export class SendGuardianMessageDto implements SendGuardianMessageRequest {
  @ApiProperty({ maxLength: GUARDIAN_MESSAGE_MAX })
  @IsString({ message: 'body must be text' })
  @Matches(/\S/, { message: 'body must not be empty' })
  @MaxLength(GUARDIAN_MESSAGE_MAX, { message: `body must be at most ${GUARDIAN_MESSAGE_MAX} characters` })
  body: string;
}
