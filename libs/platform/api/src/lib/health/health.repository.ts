import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The one query of the health check. */
@Injectable()
export class HealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Resolves when PostgreSQL answers, rejects when the query fails. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
