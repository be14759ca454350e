/**
 * SQL for a `timestamptz` column as the ISO 8601 text the API answers (`2026-03-04T09:00:00.000Z`:
 * UTC, milliseconds cut off as a Date read from the column would have them), so a route that only
 * passes a time on does not parse it into a Date and write it out again. NULL stays NULL.
 */
export function isoSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
