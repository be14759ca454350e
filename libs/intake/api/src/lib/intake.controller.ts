import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type {
  ActivationLetter,
  AdmissionCreated,
  LoginNameClient,
  PostcodeCheckResponse,
  RegistrationAccepted,
} from '@nabij/intake/contracts';
import { AuthUser, CurrentUser, Public, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { AdmissionService } from './admission.service';
import { AdmissionDto, PostcodeCheckDto, RegistrationDto, ResendDto, VerifyDto } from './dto/intake.dto';
import { PostcodeCheckService } from './postcode-check.service';
import { RegistrationService } from './registration.service';

@ApiTags('intake')
@Controller()
export class IntakeController {
  constructor(
    private readonly postcodes: PostcodeCheckService,
    private readonly registrations: RegistrationService,
    private readonly admissions: AdmissionService,
  ) {}

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 30 } })
  @Post('postcode-check')
  @HttpCode(200)
  check(@Body() body: PostcodeCheckDto): Promise<PostcodeCheckResponse> {
    return this.postcodes.check(body.postcode);
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 20 } })
  @Post('registrations')
  @HttpCode(202)
  register(@Body() body: RegistrationDto, @ReqMeta() meta: RequestMeta): Promise<RegistrationAccepted> {
    return this.registrations.register(body, meta);
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 20 } })
  @Post('registrations/verify')
  @HttpCode(200)
  verify(@Body() body: VerifyDto) {
    return this.registrations.verify(body);
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 10 } })
  @Post('registrations/resend')
  @HttpCode(202)
  resend(@Body() body: ResendDto): Promise<RegistrationAccepted> {
    return this.registrations.resend(body.email);
  }

  @Roles('worker')
  @Post('admissions')
  @HttpCode(201)
  admit(@CurrentUser() user: AuthUser, @Body() body: AdmissionDto, @ReqMeta() meta: RequestMeta): Promise<AdmissionCreated> {
    return this.admissions.admit(user, body, meta);
  }

  /** Clients admitted without an e-mail address: activated or not, and until when their code works. */
  @Roles('worker')
  @Get('admissions/without-email')
  loginNameClients(@CurrentUser() user: AuthUser, @ReqMeta() meta: RequestMeta): Promise<LoginNameClient[]> {
    return this.admissions.loginNameClients(user, meta);
  }

  /** A new printed code for a client with a login name; the older codes stop working. */
  @Roles('worker')
  @Post('admissions/:clientId/activation-code')
  @HttpCode(201)
  newActivationCode(
    @CurrentUser() user: AuthUser,
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ActivationLetter> {
    return this.admissions.newCode(user, clientId, meta);
  }
}
