import type { EntityManager } from 'typeorm';

type Reads = readonly (() => Promise<unknown>)[];
type Results<T extends Reads> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent reads at the same time when each can take a connection of its own (no manager,
 * or the data source's), and one after the other when they share one: a transaction's manager holds
 * a single connection, and `pg` only queues queries sent to a connection that is still busy (a
 * deprecation today, refused from pg 9). Same answers either way, in the order of `reads`.
 */
export async function readsTogether<T extends Reads>(manager: EntityManager | undefined, reads: T): Promise<Results<T>> {
  if (!manager?.queryRunner) return (await Promise.all(reads.map((read) => read()))) as Results<T>;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as Results<T>;
}
