import { ApiProperty } from '@nestjs/swagger';
import {
  LOGIN_CHALLENGE_MAX_LENGTH,
  SECOND_FACTOR_CODE_MAX_LENGTH,
  type SecondFactorRequest,
  type TwoFactorCodeRequest,
  type TwoFactorSetupRequest,
} from '@nabij/identity/contracts';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

const CHALLENGE = /^[A-Za-z0-9_-]+$/;
/** Six digits, or a recovery code ("abcde-fghjk"); spaces and dashes are allowed for typing. */
const CODE = /^[A-Za-z0-9 -]+$/;

export class TwoFactorSetupDto implements TwoFactorSetupRequest {
  @ApiProperty({ description: 'The challenge from POST /api/auth/login' })
  @IsString()
  @MinLength(1)
  @MaxLength(LOGIN_CHALLENGE_MAX_LENGTH)
  @Matches(CHALLENGE, { message: 'challenge must be the challenge the login answered with' })
  challenge: string;
}

export class TwoFactorCodeDto implements TwoFactorCodeRequest {
  @ApiProperty({ example: '123456', description: 'Six digits from the authenticator app, or a recovery code' })
  @IsString()
  @MinLength(6)
  @MaxLength(SECOND_FACTOR_CODE_MAX_LENGTH)
  @Matches(CODE, { message: 'code must be six digits or a recovery code' })
  code: string;
}

export class SecondFactorDto extends TwoFactorSetupDto implements SecondFactorRequest {
  @ApiProperty({ example: '123456', description: 'Six digits from the authenticator app, or a recovery code' })
  @IsString()
  @MinLength(6)
  @MaxLength(SECOND_FACTOR_CODE_MAX_LENGTH)
  @Matches(CODE, { message: 'code must be six digits or a recovery code' })
  code: string;
}
