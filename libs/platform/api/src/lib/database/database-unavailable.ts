/** PostgreSQL SQLSTATEs that mean "the server cannot serve now": connection exceptions and operator intervention. */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3])/;
/** Socket-level codes of a server that is down or unreachable. */
const UNAVAILABLE_SYSCALL = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/**
 * node-postgres raises the first three without a code (connection lost mid-query, pool connect
 * timeout); the last is PostgreSQL's answer (55000) for a database closed for maintenance.
 */
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|database ".*" is not currently accepting connections)/;

/**
 * True when `error` says PostgreSQL is down or unreachable rather than that the request was wrong;
 * the API then answers 503 (try again) instead of 500. TypeORM wraps driver errors in `driverError`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of [error, (error as { driverError?: unknown } | null)?.driverError]) {
    if (!e || typeof e !== 'object') continue;
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SYSCALL.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  }
  return false;
}
