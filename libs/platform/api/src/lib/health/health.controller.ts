import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly checks: HealthService) {}

  /** 200 only when the database answers; 503 within seconds when it does not. Load balancers and `npm start` rely on this. */
  @Public()
  @Get()
  async health(): Promise<{ status: 'ok' }> {
    if (!(await this.checks.databaseAnswers())) throw new ServiceUnavailableException('The database does not answer.');
    return { status: 'ok' };
  }
}
