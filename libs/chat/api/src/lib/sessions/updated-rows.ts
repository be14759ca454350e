/**
 * TypeORM's PostgreSQL `query()` answers `[rows, affectedCount]` for UPDATE … RETURNING but plain
 * rows for SELECT; this gives the rows either way.
 */
export function updatedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
