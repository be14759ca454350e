import type { EntityManager } from 'typeorm';

/** How pg-boss keeps jobs of one queue apart: see https://timgit.github.io/pg-boss/#/./api/queues */
export type QueuePolicy = 'standard' | 'short' | 'singleton' | 'stately';

/** A queue a domain owns: what a job of it does, how it is retried, and (optionally) when it runs by itself. */
export interface JobDefinition<T extends object = object> {
  /** Unique across Nabij, `<domain>.<what>`, e.g. `messages.deadline-check`. */
  name: string;
  handle(data: T): Promise<void>;
  /**
   * Cron (five fields, Europe/Amsterdam): the job is scheduled once per matching minute across all
   * instances (pg-boss lets one instance per minute insert it, with a per-minute singleton).
   */
  cron?: string;
  /** `short`: a singleton key dedupes while a job waits; `singleton`: never two running at once. */
  policy?: QueuePolicy;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Doubles the delay after each failure (pg-boss's exponential backoff with jitter). */
  retryBackoff?: boolean;
  expireInSeconds?: number;
}

export interface SendJobOptions {
  /**
   * The caller's transaction: the job is inserted through that connection, so it exists only if
   * the caller commits (no event for a rolled-back change, no lost event for a committed one).
   */
  manager?: EntityManager;
  /** With policy `short`/`singleton`/`stately`: one waiting (or running) job per key. */
  singletonKey?: string;
  startAfterSeconds?: number;
  /** Not before this moment (e.g. a reminder's due time); wins over `startAfterSeconds`. */
  startAfter?: Date;
}
