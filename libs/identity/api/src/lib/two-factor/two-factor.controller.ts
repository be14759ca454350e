import { Body, Controller, Delete, Get, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { RecoveryCodes, TwoFactorSetup, TwoFactorStatus } from '@nabij/identity/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { RetryAfterInterceptor } from '../login/retry-after.interceptor';
import { TwoFactorCodeDto } from './two-factor.dto';
import { TwoFactorService } from './two-factor.service';

/** Two-factor authentication of the logged-in person ("Tweestapsverificatie" on /account). */
@ApiTags('auth')
@Controller('auth/two-factor')
@UseInterceptors(RetryAfterInterceptor)
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Roles('client', 'worker', 'team_lead', 'admin')
  @Get()
  status(@CurrentUser() user: AuthUser): Promise<TwoFactorStatus> {
    return this.twoFactor.status(user);
  }

  /** Ten new recovery codes (the old ones stop working), after a code from the app or a recovery code. */
  @Roles('client', 'worker', 'team_lead', 'admin')
  @Throttle({ default: { ttl: 60_000, limit: 10 } })
  @Post('recovery-codes')
  @HttpCode(200)
  renewRecoveryCodes(@CurrentUser() user: AuthUser, @Body() body: TwoFactorCodeDto, @ReqMeta() meta: RequestMeta): Promise<RecoveryCodes> {
    return this.twoFactor.renewRecoveryCodes(user, body.code, meta);
  }

  /** Clients turn it on: a secret to scan (staff set theirs up at login, where it is mandatory). */
  @Roles('client')
  @Throttle({ default: { ttl: 60_000, limit: 10 } })
  @Post('setup')
  @HttpCode(200)
  setup(@CurrentUser() user: AuthUser): Promise<TwoFactorSetup> {
    return this.twoFactor.beginSetup(user);
  }

  @Roles('client')
  @Throttle({ default: { ttl: 60_000, limit: 10 } })
  @Post('setup/confirm')
  @HttpCode(200)
  confirmSetup(@CurrentUser() user: AuthUser, @Body() body: TwoFactorCodeDto, @ReqMeta() meta: RequestMeta): Promise<RecoveryCodes> {
    return this.twoFactor.confirmSetup(user, body.code, meta);
  }

  /** Clients turn it off with a code; staff get 403 `two_factor_required` (NEN 7510). */
  @Roles('client', 'worker', 'team_lead', 'admin')
  @Throttle({ default: { ttl: 60_000, limit: 10 } })
  @Delete()
  @HttpCode(204)
  disable(@CurrentUser() user: AuthUser, @Body() body: TwoFactorCodeDto, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.twoFactor.disable(user, body.code, meta);
  }
}
