/**
 * API specs only (jest's setupFilesAfterEnv): fails a spec file whose code sent a query to a `pg`
 * connection that was still running another one. pg queues such a query today with a deprecation
 * warning and will refuse it from pg 9; it comes from independent reads started together
 * (`Promise.all`) on a transaction's manager, which holds one connection. `readsTogether` (platform)
 * runs such reads one after the other inside a transaction and together outside one.
 */
import pg from 'pg';

type Busy = { _activeQuery?: unknown; _queryQueue?: unknown[]; pipeline?: boolean };

const sites: string[] = [];

/**
 * TypeORM's own schema reading (`createSchemaBuilder().log()`, which schema-drift runs) loads tables
 * and types in parallel on one connection: TypeORM's code, not ours, so it is not counted here.
 */
const TYPEORM_SCHEMA_READ = /PostgresQueryRunner\.(getTables|getViews|loadTables|loadViews|getUserDefinedTypeName)\b/;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: Busy, ...args: unknown[]) {
  if (!this.pipeline && (this._activeQuery || (this._queryQueue?.length ?? 0) > 0)) {
    const stack = new Error('a query sent to a busy pg connection').stack ?? '';
    if (!TYPEORM_SCHEMA_READ.test(stack)) sites.push(stack);
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

afterAll(() => {
  if (sites.length === 0) return;
  const first = sites[0].split('\n').slice(1, 14).join('\n');
  throw new Error(`${sites.length} queries were sent to a pg connection that was still running one (first:)\n${first}`);
});
