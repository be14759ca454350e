/**
 * Checks on raw request input that hold for every route, so no DTO has to remember them. Each one
 * stops a value that PostgreSQL (or a JSON column) would refuse with an error we would otherwise
 * answer as a 500.
 */

/** Deeper than any body Nabij accepts (step content is the deepest, at about 5 levels). */
export const MAX_JSON_DEPTH = 32;

/** PostgreSQL `integer` range; also the ceiling for sequence numbers and counters. */
export const PG_INT_MAX = 2_147_483_647;

// Canonical 8-4-4-4-12 hex: PostgreSQL's uuid type accepts this (and looser spellings), so every id
// we let through parses. Anything else cannot be an id we ever handed out.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Route parameters that carry an id: `id` and every `somethingId`. */
export function isIdParamName(name: string | undefined): boolean {
  return !!name && (name === 'id' || /[a-z]Id$/.test(name));
}

/** True when `value` nests arrays/objects deeper than `max` levels. Iterative, so depth cannot overflow the stack. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(node as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

// NUL is refused by PostgreSQL text; a lone surrogate becomes "\udXXX" in JSON, which jsonb refuses,
// and it is not text anyone typed.
// eslint-disable-next-line no-control-regex
const NUL_OR_LONE_SURROGATE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasHostileText(value: string): boolean {
  return NUL_OR_LONE_SURROGATE.test(value);
}

export const HOSTILE_TEXT_MESSAGE = 'contains characters that are not allowed (a NUL character or half of an emoji)';

/**
 * Paths (`goals.1`, `answers.situation`) of every string, and every object key, that holds a NUL
 * character or a lone UTF-16 surrogate. Iterative; call it on bodies whose depth is already bounded.
 */
export function findHostileText(value: unknown, root: string): string[] {
  const found: string[] = [];
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (hasHostileText(node)) found.push(path);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
        // A hostile key is named by its parent, so the answer never echoes the bad characters.
        if (hasHostileText(key)) found.push(path ? `${path}.(key)` : '(key)');
        else stack.push([child, path ? `${path}.${key}` : key]);
      }
    }
  }
  return found.sort();
}
