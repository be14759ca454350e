import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobDefinition, SendJobOptions } from './job-definition';

/** pg-boss keeps its tables in a schema of its own, next to Nabij's tables in the same database. */
export const JOBS_SCHEMA = 'pgboss';
const ZONE = 'Europe/Amsterdam';

/**
 * The id of the request that sent a job (X-Request-Id), kept in the job's data under this key so a
 * job's log lines can be traced back to the request; handlers never see it.
 */
export const JOB_REQUEST_ID = '_requestId';

/** The job's own data and the request id it carries (see JOB_REQUEST_ID). */
function unwrap(data: object | null | undefined): { data: object; requestId: string | undefined } {
  const { [JOB_REQUEST_ID]: requestId, ...rest } = (data ?? {}) as Record<string, unknown>;
  return { data: rest, requestId: typeof requestId === 'string' ? requestId : undefined };
}

/** pg-boss runs its SQL through this: the app's own pool, or the caller's transaction. */
function executorOf(run: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>): PgBoss.Db {
  return { executeSql: (text, values) => run(text, values) };
}

function transactionExecutor(manager: EntityManager): PgBoss.Db | undefined {
  const runner = manager.queryRunner;
  if (!runner || !runner.isTransactionActive) return undefined;
  return executorOf(async (text, values) => ({ rows: (await runner.query(text, values, true)).records ?? [] }));
}

/**
 * Durable jobs and domain events on PostgreSQL (pg-boss). Domains register their queues in
 * `onModuleInit`; with BACKGROUND_JOBS on, this instance works them and keeps the cron schedules.
 * With it off (tests), nothing runs by itself: jobs are still stored, and `drain()` runs the due
 * ones now. pg-boss shares the app's connection pool, so it adds no connections and no start-up
 * cost until a job is first sent.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  // One map holds every queue's definition; each job's data type is checked at register() and send().
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly definitions = new Map<string, JobDefinition<any>>();
  private readonly queues = new Map<string, Promise<void>>();
  private starting: Promise<PgBoss> | null = null;
  private timekeeper: PgBoss | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    // Request-scoped through AsyncLocalStorage: inside a request it is that request's logger.
    @Optional() private readonly requestLog?: PinoLogger,
  ) {}

  /** Call from a module's onModuleInit; the queue exists before the first job is sent or worked. */
  register<T extends object>(definition: JobDefinition<T>): void {
    if (this.definitions.has(definition.name)) throw new Error(`Job ${definition.name} is registered twice`);
    this.definitions.set(definition.name, definition);
    // A job sent before registration (e.g. while seeding) created the queue with defaults: set its options.
    this.queues.delete(definition.name);
  }

  /** Resolves once pg-boss's schema exists in this database (SQL that reads it may run then). */
  async ready(): Promise<void> {
    await this.start();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.backgroundJobs) return;
    const boss = await this.start();
    for (const definition of this.definitions.values()) {
      await this.ensureQueue(definition.name);
      // batchSize 1: a failing job is retried alone, never with its neighbours.
      await boss.work<object>(definition.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
        const { data, requestId } = unwrap(job.data);
        try {
          await this.inContext(definition.name, job.id, requestId, () => definition.handle(data));
        } catch (error) {
          // pg-boss records the failure on the job and retries it; the log says why, and for which request.
          this.logger.warn(this.failure(definition.name, job.id, requestId, error));
          throw error;
        }
      });
      if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: ZONE });
      else await boss.unschedule(definition.name);
    }
    // Cron and maintenance in a second pg-boss on the same pool, started only now: its first cron
    // check (at start, then every 30 s, one instance at a time) already sees the schedules above.
    this.timekeeper = new PgBoss({ ...this.bossOptions(), migrate: false, supervise: true, schedule: true, cronWorkerIntervalSeconds: 5 });
    this.timekeeper.on('error', (error) => this.logger.warn(`pg-boss: ${error.message}`));
    await this.timekeeper.start();
  }

  /**
   * Stores a job. With `manager` (inside `dataSource.transaction`) it is inserted in that
   * transaction. Returns the job id, or null when a singleton key found a job already waiting.
   */
  async send<T extends object>(name: string, data: T, options: SendJobOptions = {}): Promise<string | null> {
    const boss = await this.start();
    await this.ensureQueue(name);
    const db = options.manager ? transactionExecutor(options.manager) : undefined;
    const requestId = this.currentRequestId();
    return boss.send(name, requestId ? { ...data, [JOB_REQUEST_ID]: requestId } : data, {
      ...(db ? { db } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    });
  }

  /**
   * Cancels jobs that have not run yet (e.g. reminders of an appointment that moved), inside the
   * caller's transaction when `manager` is given; ids already done or unknown are left alone.
   */
  async cancel(name: string, ids: string[], options: Pick<SendJobOptions, 'manager'> = {}): Promise<void> {
    if (ids.length === 0) return;
    const boss = await this.start();
    await this.ensureQueue(name);
    const db = options.manager ? transactionExecutor(options.manager) : undefined;
    await boss.cancel(name, ids, db ? { db } : undefined);
  }

  /** Jobs waiting to run (created or waiting for a retry) per registered queue, for the metrics. */
  async queueSizes(): Promise<Array<{ name: string; waiting: number }>> {
    const boss = await this.start();
    const names = [...this.definitions.keys()].sort();
    // Counting needs no queue: one not created yet has no jobs (creating them here would race the workers).
    return Promise.all(names.map(async (name) => ({ name, waiting: (await boss.getQueueSize(name)) ?? 0 })));
  }

  /**
   * Runs the jobs that are due now, in this process, until none are left (handlers may send more).
   * For tests and tools with BACKGROUND_JOBS=false; a failure is recorded and retried as usual.
   */
  async drain(names: string[] = [...this.definitions.keys()]): Promise<number> {
    const boss = await this.start();
    let processed = 0;
    for (let round = 0; round < 10; round++) {
      let found = 0;
      for (const name of names) {
        const definition = this.definitions.get(name);
        if (!definition) throw new Error(`No handler registered for job ${name}`);
        await this.ensureQueue(name);
        for (
          let jobs = await boss.fetch<object>(name, { batchSize: 20 });
          jobs.length;
          jobs = await boss.fetch<object>(name, { batchSize: 20 })
        ) {
          for (const job of jobs) {
            found++;
            const { data, requestId } = unwrap(job.data);
            try {
              await this.inContext(name, job.id, requestId, () => definition.handle(data));
              await boss.complete(name, job.id);
            } catch (error) {
              this.logger.warn(this.failure(name, job.id, requestId, error));
              await boss.fail(name, job.id, { message: (error as Error).message });
            }
          }
        }
      }
      processed += found;
      if (!found) break;
    }
    return processed;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    const starting = this.starting;
    if (!starting) return;
    const boss = await starting.catch(() => null);
    // Before TypeORM closes the pool pg-boss borrows; running jobs get 10 s to finish.
    await this.timekeeper?.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
    await boss?.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
  }

  /** The id of the request this code runs for, when it runs for one (pino-http binds it per request). */
  private currentRequestId(): string | undefined {
    try {
      const id = (this.requestLog?.logger.bindings() as { req?: { id?: unknown } } | undefined)?.req?.id;
      return typeof id === 'string' ? id : undefined;
    } catch {
      return undefined;
    }
  }

  /** Runs a handler with every log line inside it bound to the job and the request that sent it. */
  private inContext<T>(queue: string, jobId: string, requestId: string | undefined, work: () => Promise<T>): Promise<T> {
    if (!this.requestLog) return work();
    return this.requestLog.runInContext(work, { bindings: { job: { queue, id: jobId, requestId } } });
  }

  /** One JSON log line for a failed job: queue, job id, the request that sent it, the reason. */
  private failure(queue: string, jobId: string, requestId: string | undefined, error: unknown): object {
    return { msg: `${queue} ${jobId} failed: ${(error as Error).message}`, job: { queue, id: jobId, requestId } };
  }

  /** Starts pg-boss once (installing or upgrading its schema under pg-boss's advisory lock). */
  private start(): Promise<PgBoss> {
    if (this.stopped) return Promise.reject(new Error('Jobs are stopped: the application is closing'));
    this.starting ??= (async () => {
      const boss = new PgBoss({ ...this.bossOptions(), migrate: true, supervise: false, schedule: false });
      boss.on('error', (error) => this.logger.warn(`pg-boss: ${error.message}`));
      await boss.start();
      return boss;
    })();
    // A failed start (database down) is tried again by the next call, not remembered.
    this.starting.catch(() => (this.starting = null));
    return this.starting;
  }

  private bossOptions(): PgBoss.ConstructorOptions {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    return { db: executorOf((text, values) => pool.query(text, values as unknown[])), schema: JOBS_SCHEMA };
  }

  private ensureQueue(name: string): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      const d = this.definitions.get(name);
      const options: PgBoss.Queue = {
        name,
        policy: d?.policy ?? 'standard',
        retryLimit: d?.retryLimit ?? 3,
        retryDelay: d?.retryDelaySeconds ?? 30,
        retryBackoff: d?.retryBackoff ?? true,
        ...(d?.expireInSeconds ? { expireInSeconds: d.expireInSeconds } : {}),
      };
      created = this.start().then(async (boss) => {
        await boss.createQueue(name, options);
        // createQueue keeps an existing queue as it is; the registered options win.
        if (d) await boss.updateQueue(name, options);
      });
      created.catch(() => this.queues.delete(name));
      this.queues.set(name, created);
    }
    return created;
  }
}
