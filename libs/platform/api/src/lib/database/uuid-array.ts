import { isUuid } from '../http/hostile-input';

/**
 * An array parameter of UUIDs as PostgreSQL's array literal (`{…,…,NULL}`), for a `$n::uuid[]` or
 * `$n::text[]` parameter. pg writes an array parameter by quoting and escaping every element (two
 * regular expressions and three strings each), which was about a tenth of the API's time for the
 * inbox view, whose access-log entries send two arrays of 27 ids per view (issue 12). A UUID needs
 * neither quotes nor escapes in an array literal, so the ids are joined as they are; an array with
 * anything not shaped like a UUID (or null) is handed to pg as it was.
 */
export function uuidArrayParam<T extends string | null | undefined>(values: readonly T[]): string | readonly T[] {
  let literal = '';
  for (const value of values) {
    const element = bareElement(value);
    if (element === undefined) return values;
    literal += `,${element}`;
  }
  return `{${literal.slice(1)}}`;
}

/**
 * Any list of text as an array literal, for a list that travels as one element of a `text[]`
 * parameter and is cast in the statement (the access log's list entries): UUIDs and nulls as in
 * `uuidArrayParam`, anything else quoted with its backslashes and quotes escaped.
 */
export function arrayLiteral(values: readonly (string | null)[]): string {
  return `{${values.map((value) => bareElement(value) ?? `"${String(value).replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/** An element that needs neither quotes nor escapes (`NULL` or a UUID), else undefined. */
function bareElement(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  return isUuid(value) ? value : undefined;
}
