import { ApiProperty } from '@nestjs/swagger';
import type { ChangePasswordRequest, PasswordResetConfirmRequest, PasswordResetRequest } from '@nabij/identity/contracts';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@nabij/identity/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty({ example: 'client@demo.nabij.nl' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;
}

export class PasswordResetConfirmDto implements PasswordResetConfirmRequest {
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

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @ApiProperty({ description: 'The new password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
