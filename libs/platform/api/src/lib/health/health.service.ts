import { Injectable } from '@nestjs/common';
import { HealthRepository } from './health.repository';

/** Health answers within this time even when PostgreSQL hangs instead of refusing connections. */
export const HEALTH_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(private readonly repository: HealthRepository) {}

  /** True when PostgreSQL answers a query in time; never throws. */
  async databaseAnswers(timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([
        this.repository.ping().then(
          () => true,
          () => false,
        ),
        late,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
