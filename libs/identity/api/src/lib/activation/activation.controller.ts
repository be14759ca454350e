import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { ActivationDone } from '@nabij/identity/contracts';
import { Public, ReqMeta, RequestMeta } from '@nabij/platform/api';
import { RetryAfterInterceptor } from '../login/retry-after.interceptor';
import { ActivationDto } from './activation.dto';
import { ActivationService } from './activation.service';

@ApiTags('auth')
@Controller('auth')
export class ActivationController {
  constructor(private readonly activation: ActivationService) {}

  /** The login name and code from the printed letter, and a new password (`/activeren`). */
  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 30 } })
  @UseInterceptors(RetryAfterInterceptor)
  @Post('activate')
  @HttpCode(200)
  activate(@Body() body: ActivationDto, @ReqMeta() meta: RequestMeta): Promise<ActivationDone> {
    return this.activation.activate(body.loginName, body.code, body.password, meta);
  }
}
