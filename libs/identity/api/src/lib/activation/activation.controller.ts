import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { ActivationDone, AddEmailAccepted } from '@nabij/identity/contracts';
import { AuthUser, CurrentUser, Public, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { RetryAfterInterceptor } from '../login/retry-after.interceptor';
import { ActivationDto, AddEmailDto } from './activation.dto';
import { AddEmailService } from './add-email.service';
import { ActivationService } from './activation.service';

@ApiTags('auth')
@Controller('auth')
export class ActivationController {
  constructor(
    private readonly activation: ActivationService,
    private readonly addEmails: AddEmailService,
  ) {}

  /** The login name and code from the printed letter, and a new password (`/activeren`). */
  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 30 } })
  @UseInterceptors(RetryAfterInterceptor)
  @Post('activate')
  @HttpCode(200)
  activate(@Body() body: ActivationDto, @ReqMeta() meta: RequestMeta): Promise<ActivationDone> {
    return this.activation.activate(body.loginName, body.code, body.password, meta);
  }

  /** A client who logs in with a login name adds an e-mail address; it counts once its mailed link is opened. */
  @Roles('client')
  @Throttle({ default: { ttl: 60_000, limit: 5 } })
  @Post('email')
  @HttpCode(202)
  addEmail(@CurrentUser() user: AuthUser, @Body() body: AddEmailDto, @ReqMeta() meta: RequestMeta): Promise<AddEmailAccepted> {
    return this.addEmails.add(user, body.email, meta);
  }
}
