import { Controller, Get, Headers, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';
import { MetricsService } from './metrics.service';

/**
 * Prometheus scrapes this with `Authorization: Bearer <METRICS_TOKEN>`. Without the setting the
 * route does not exist (404); it holds counts only, never names or content.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Public()
  @SkipThrottle()
  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    if (!this.metrics.enabled) throw new NotFoundException();
    if (!this.metrics.authorised(authorization))
      throw new UnauthorizedException({ message: 'Send the metrics token as a bearer token.', code: 'platform.send_metrics_token' });
    const body = await this.metrics.render();
    res.setHeader('Content-Type', this.metrics.contentType);
    res.send(body);
  }
}
