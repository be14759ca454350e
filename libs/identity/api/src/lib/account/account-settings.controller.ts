import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { DraftKey, PasswordResetAccepted, SessionInfo } from '@nabij/identity/contracts';
import { AuthUser, CurrentUser, Public, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { ChangePasswordDto, PasswordResetConfirmDto, PasswordResetDto } from './account-settings.dto';
import { AccountSettingsService } from './account-settings.service';
import { DraftKeyService } from './draft-key.service';
import { PasswordResetService } from './password-reset.service';

@ApiTags('auth')
@Controller('auth')
export class AccountSettingsController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly settings: AccountSettingsService,
    private readonly drafts: DraftKeyService,
  ) {}

  /** Forgot password: always 202, whether the address has an account or not. */
  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 5 } })
  @Post('password-reset')
  @HttpCode(202)
  requestReset(@Body() body: PasswordResetDto, @ReqMeta() meta: RequestMeta): Promise<PasswordResetAccepted> {
    return this.resets.request(body.email, meta);
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 10 } })
  @Post('password-reset/confirm')
  @HttpCode(204)
  confirmReset(@Body() body: PasswordResetConfirmDto, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.resets.confirm(body.token, body.password, meta);
  }

  @Roles('client', 'worker', 'team_lead', 'admin')
  @Throttle({ default: { ttl: 60_000, limit: 10 } })
  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.settings.changePassword(user, body.currentPassword, body.password, meta);
  }

  /** The key for this account's drafts on the device (see DraftKeyService). */
  @Roles('client', 'worker', 'team_lead', 'admin')
  @Get('draft-key')
  draftKey(@CurrentUser() user: AuthUser): DraftKey {
    return this.drafts.keyOf(user);
  }

  @Roles('client', 'worker', 'team_lead', 'admin')
  @Get('sessions')
  sessions(@CurrentUser() user: AuthUser): Promise<SessionInfo[]> {
    return this.settings.list(user);
  }

  @Roles('client', 'worker', 'team_lead', 'admin')
  @Delete('sessions/:id')
  @HttpCode(204)
  endSession(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.settings.end(user, id);
  }
}
