import { Body, Controller, Get, HttpCode, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type {
  CurrentUser as CurrentUserBody,
  LoginResponse,
  SessionResponse,
  SetupSessionResponse,
  TwoFactorSetup,
} from '@nabij/identity/contracts';
import { AppConfig, AuthUser, CurrentUser, Public, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import type { Request, Response } from 'express';
import { AuthService, IssuedSession } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { RetryAfterInterceptor } from './login/retry-after.interceptor';
import { SecondFactorDto, TwoFactorSetupDto } from './two-factor/two-factor.dto';

export const REFRESH_COOKIE = 'nabij_refresh';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 30 } })
  @UseInterceptors(RetryAfterInterceptor)
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: LoginDto, @ReqMeta() meta: RequestMeta, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    const result = await this.auth.login(body.email, body.password, meta);
    // A second step is needed: no cookie and no token until the code is right.
    if ('secondFactor' in result) return result;
    return this.withCookie(res, result);
  }

  /** The code step after the password: six digits from the app or one recovery code. */
  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 30 } })
  @UseInterceptors(RetryAfterInterceptor)
  @Post('login/second-factor')
  @HttpCode(200)
  async loginSecondFactor(
    @Body() body: SecondFactorDto,
    @ReqMeta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    return this.withCookie(res, await this.auth.loginSecondFactor(body.challenge, body.code, meta));
  }

  /** Staff without an authenticator yet: a new secret and its QR code (again: a new one). */
  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 30 } })
  @Post('login/setup')
  @HttpCode(200)
  loginSetup(@Body() body: TwoFactorSetupDto): Promise<TwoFactorSetup> {
    return this.auth.loginSetup(body.challenge);
  }

  /** The first code from the app confirms the set-up; the answer holds the session and 10 recovery codes (shown once). */
  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 30 } })
  @UseInterceptors(RetryAfterInterceptor)
  @Post('login/setup/confirm')
  @HttpCode(200)
  async loginSetupConfirm(
    @Body() body: SecondFactorDto,
    @ReqMeta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SetupSessionResponse> {
    const issued = await this.auth.loginSetupConfirm(body.challenge, body.code, meta);
    return { ...this.withCookie(res, issued), recoveryCodes: issued.recoveryCodes };
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    return this.withCookie(res, await this.auth.refresh(req.cookies?.[REFRESH_COOKIE]));
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(req.cookies?.[REFRESH_COOKIE]);
    res.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
  }

  /** Sign out everywhere: every session of this account ends (API access and chat sockets within seconds). */
  @Roles('client', 'worker', 'team_lead', 'admin')
  @Post('logout-all')
  @HttpCode(204)
  async logoutAll(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logoutAll(user.id);
    res.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
  }

  @Roles('client', 'worker', 'team_lead', 'admin')
  @Get('me')
  me(@CurrentUser() user: AuthUser): Promise<CurrentUserBody> {
    return this.auth.currentUser(user.id);
  }

  private withCookie(res: Response, issued: IssuedSession): SessionResponse {
    res.cookie(REFRESH_COOKIE, issued.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookies,
      path: '/api/auth',
      expires: issued.refreshExpiresAt,
    });
    return issued.session;
  }
}
