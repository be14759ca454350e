import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@nabij/identity/contracts';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@nabij/identity/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'client@demo.nabij.nl' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
