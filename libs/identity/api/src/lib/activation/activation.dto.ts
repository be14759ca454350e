import { ApiProperty } from '@nestjs/swagger';
import type { ActivationRequest, AddEmailRequest } from '@nabij/identity/contracts';
import { EMAIL_MAX_LENGTH, LOGIN_NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, isLoginName } from '@nabij/identity/contracts';
import { IsEmail, IsString, MaxLength, MinLength, ValidateBy } from 'class-validator';

export class ActivationDto implements ActivationRequest {
  @ApiProperty({ example: 'leiden-k7m4q' })
  @IsString()
  @MaxLength(LOGIN_NAME_MAX_LENGTH + 4)
  @ValidateBy({
    name: 'isLoginName',
    validator: {
      validate: (v) => typeof v === 'string' && isLoginName(v),
      defaultMessage: () => 'loginName must be a login name like leiden-k7m4q',
    },
  })
  loginName: string;

  @ApiProperty({ example: 'K7M4-Q2XA-9RTD', description: 'Spaces, dashes and lower case are fine' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  code: string;

  @ApiProperty({ description: 'The new password (same rules as at registration)' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class AddEmailDto implements AddEmailRequest {
  @ApiProperty({ example: 'dennis@example.nl' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;
}
