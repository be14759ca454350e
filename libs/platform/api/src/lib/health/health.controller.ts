import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/access.decorators';
import { HealthService } from './health.service';

/**
 * Liveness (`/api/health/live`: the process serves HTTP; restart it when this fails) and readiness
 * (`/api/health/ready` and the older `/api/health`: PostgreSQL, and Redis when configured, answer in
 * time; send no traffic here while it fails). Load balancers and orchestrators poll these, so they
 * are not counted against the per-address request limit.
 */
@ApiTags('health')
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly checks: HealthService,
    private readonly terminus: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  /** 200 only when the database answers; 503 within seconds when it does not. `npm start` waits for this. */
  @Public()
  @Get()
  async health(): Promise<{ status: 'ok' }> {
    if (!(await this.checks.databaseAnswers())) throw new ServiceUnavailableException('The database does not answer.');
    return { status: 'ok' };
  }

  /** Answers while the process can serve a request at all; touches nothing outside it. */
  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 with each check `up`; 503 naming the check that is `down` (within the check timeout). */
  @Public()
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.terminus.check([
      async () => {
        const check = this.indicators.check('database');
        return (await this.checks.databaseAnswers()) ? check.up() : check.down('PostgreSQL does not answer.');
      },
      async () => {
        const check = this.indicators.check('redis');
        if (!this.checks.usesRedis) return check.up({ configured: false });
        return (await this.checks.redisAnswers()) ? check.up() : check.down('Redis does not answer.');
      },
    ]);
  }
}
