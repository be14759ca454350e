import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@nabij/identity/contracts';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, isLoginName } from '@nabij/identity/contracts';
import { IsString, MaxLength, MinLength, ValidateBy, isEmail } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'client@demo.nabij.nl', description: 'An e-mail address, or the login name of a client admitted without one' })
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @ValidateBy({
    name: 'isEmailOrLoginName',
    validator: {
      validate: (v) => typeof v === 'string' && (isEmail(v) || isLoginName(v)),
      defaultMessage: () => 'email must be an e-mail address or a login name like leiden-k7m4q',
    },
  })
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
