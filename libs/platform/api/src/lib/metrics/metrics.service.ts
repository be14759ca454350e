import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';

/** One labelled value of a figure a domain reports. */
export interface MetricSample {
  labels?: Record<string, string>;
  value: number;
}

/**
 * Figures for Prometheus at `/api/metrics`, on only when METRICS_TOKEN is set: requests per route
 * (rate and duration), the database pool, job queues, the process itself, and what domains add with
 * `gauge` (messages waiting for an answer, chats waiting, sockets). Each instance has its own
 * registry and reports its own process; domain figures are read from the database when scraped, so
 * every instance reports the same totals for those.
 */
@Injectable()
export class MetricsService {
  private readonly logger = new Logger('Metrics');
  readonly registry = new Registry();
  private readonly requests: Histogram<'method' | 'route' | 'status'>;
  private readonly token: Buffer | null;

  constructor(
    config: AppConfig,
    dataSource: DataSource,
    jobs: JobsService,
    private readonly clock: Clock,
  ) {
    this.token = config.metricsToken ? Buffer.from(`Bearer ${config.metricsToken}`) : null;
    this.requests = new Histogram({
      name: 'nabij_http_request_duration_seconds',
      help: 'API requests by route template, method and status, and how long they took.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    if (!this.enabled) return;
    collectDefaultMetrics({ register: this.registry, prefix: 'nabij_' });
    const pool = (dataSource.driver as unknown as { master?: Pool }).master;
    this.gauge(
      'nabij_db_pool_connections',
      'PostgreSQL connections of this instance by state (idle, busy, waiting requests).',
      () => {
        if (!pool) return [];
        return [
          { labels: { state: 'idle' }, value: pool.idleCount },
          { labels: { state: 'busy' }, value: pool.totalCount - pool.idleCount },
          { labels: { state: 'waiting' }, value: pool.waitingCount },
        ];
      },
      ['state'],
    );
    this.gauge(
      'nabij_job_queue_waiting',
      'Jobs waiting to run, per queue.',
      async () => (await jobs.queueSizes()).map(({ name, waiting }) => ({ labels: { queue: name }, value: waiting })),
      ['queue'],
    );
  }

  get enabled(): boolean {
    return this.token !== null;
  }

  /** Whether an Authorization header carries the metrics token (compared in constant time). */
  authorised(header: string | undefined): boolean {
    if (!this.token || typeof header !== 'string') return false;
    const given = Buffer.from(header);
    return given.length === this.token.length && timingSafeEqual(given, this.token);
  }

  /**
   * A figure read when Prometheus scrapes: one number, or labelled samples. A figure that fails
   * (database away) is left out of that scrape instead of failing all of it.
   */
  gauge(
    name: string,
    help: string,
    read: () => number | MetricSample[] | Promise<number | MetricSample[]>,
    labelNames: string[] = [],
  ): void {
    if (!this.enabled || this.registry.getSingleMetric(name)) return;
    const logger = this.logger;
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          const value = await read();
          if (typeof value === 'number') this.set(value);
          else for (const s of value) this.set(s.labels ?? {}, s.value);
        } catch (error) {
          logger.warn(`${name} could not be read: ${(error as Error).message}`);
        }
      },
    });
  }

  /**
   * One read for several gauges of the same scrape (they are read within the same moment): the
   * result is reused for a second, and a failed read is tried again next time.
   */
  sharedRead<T>(read: (now: Date) => Promise<T>): () => Promise<T> {
    let last: { at: number; value: Promise<T> } | null = null;
    return () => {
      const now = this.clock.now();
      if (!last || now.getTime() - last.at > 1_000) {
        const value = read(now);
        const current = { at: now.getTime(), value };
        last = current;
        value.catch(() => {
          if (last === current) last = null;
        });
      }
      return last.value;
    };
  }

  /** Times every API request; the route is Express's template (`/api/dossier/mine/:id`), never the address itself. */
  requestTimer(): (req: Request, res: Response, next: NextFunction) => void {
    return (req, res, next) => {
      if (!req.url.startsWith('/api/')) return next();
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        const route = (req as Request & { route?: { path?: unknown } }).route?.path;
        this.requests.observe(
          { method: req.method, route: typeof route === 'string' ? route : 'unmatched', status: String(res.statusCode) },
          Number(process.hrtime.bigint() - started) / 1e9,
        );
      });
      next();
    };
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
