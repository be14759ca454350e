import fc from 'fast-check';

/** The parts of an OpenAPI 3 schema the fuzz reads. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
}

export interface FuzzContext {
  components: Record<string, Schema>;
  /** Ids that exist in the seeded database, so requests get past "not found". */
  knownIds: string[];
  /** The same ids per table, to pick a training id for `trainingId`. */
  idsByTable: Record<string, string[]>;
}

/**
 * Real ids for a parameter or field named like `caseId` (table care_case), `moduleId`
 * (training_module), or `id` after a path segment like `entries` (time_entry); any known id otherwise.
 */
export function idsFor(name: string, ctx: FuzzContext, segment?: string): string[] {
  const base = name === 'id' && segment ? singular(segment) : name.replace(/Id$/, '');
  const snake = base.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/-/g, '_');
  const table = Object.keys(ctx.idsByTable).find((t) => t === snake || t.endsWith(`_${snake}`));
  return table && ctx.idsByTable[table].length ? ctx.idsByTable[table] : ctx.knownIds;
}

function singular(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
}

const INT_MAX = 2 ** 31 - 1;

/** Text that broke PostgreSQL, JSON columns or date handling once, or could, by kind. */
const HOSTILE_TEXT = {
  nul: ['\u0000', 'a\u0000b', 'Grenzen\u0000 aangeven'],
  surrogate: ['\ud800', 'x\udfffy', '\ud83d', 'ok \udc00'],
  id: [
    '-'.repeat(36),
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    '6F1C1C5E-0000-4000-8000-00000000000G',
    '{6f1c1c5e-0000-4000-8000-000000000000}',
    '6f1c1c5e00004000800000000000000',
  ],
  date: [
    '0000-01-01',
    '9999-12-31',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59-12:00',
    '275760-09-13T00:00:00Z',
    '2026-02-30',
    '2026-W10-1',
    '2026-068',
    '1899-12-31',
  ],
  number: ['2147483648', '-2147483649', '99999999999999999999999', '1e309', 'NaN', '-0', '1.5'],
  other: [
    '',
    ' ',
    '🙂 ünïcödé',
    '=cmd|calc!A0',
    "' OR 1=1 --",
    '<img src=x onerror=alert(1)>',
    '../../../etc/passwd',
    '__proto__',
    'constructor',
    'null',
  ],
  long: ['a'.repeat(10_001), 'é'.repeat(2_000)],
} as const;

export const HOSTILE_STRINGS: readonly string[] = Object.values(HOSTILE_TEXT).flat();

const HOSTILE_NUMBERS: readonly number[] = [2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_VALUE, -1, 0, 1.5, -0.0001];

/** A hostile string, the kinds that caused 500s weighted up. */
export function hostileText(): fc.Arbitrary<string> {
  const t = HOSTILE_TEXT;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...t.nul) },
    { weight: 3, arbitrary: fc.constantFrom(...t.surrogate) },
    { weight: 2, arbitrary: fc.constantFrom(...t.id) },
    { weight: 2, arbitrary: fc.constantFrom(...t.date) },
    { weight: 2, arbitrary: fc.constantFrom(...t.number) },
    { weight: 1, arbitrary: fc.constantFrom(...t.other) },
    { weight: 1, arbitrary: fc.constantFrom(...t.long) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  );
}

/** A value of any type that a careless or hostile client might put anywhere. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: hostileText() },
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    {
      weight: 2,
      arbitrary: fc.constantFrom<unknown>(
        true,
        false,
        [],
        {},
        [null],
        { a: null },
        ['\u0000'],
        { '\u0000': 1 },
        JSON.parse('{"__proto__":{"admin":true}}'),
      ),
    },
    { weight: 1, arbitrary: fc.constant(nested(60)) },
  );
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/**
 * Values for a schema: with `hostile`, each value is now and then replaced by a hostile one; without
 * it every value fits, so the request gets past validation and into the service and the database.
 */
export function fromSchema(schema: Schema | undefined, ctx: FuzzContext, hostile: boolean, name = '', depth = 0): fc.Arbitrary<unknown> {
  const fits = fitting(schema, ctx, hostile, name, depth);
  return hostile ? fc.oneof({ weight: 3, arbitrary: fits }, { weight: 1, arbitrary: hostileValue() }) : fits;
}

function resolve(schema: Schema | undefined, ctx: FuzzContext): Schema {
  let s = schema ?? {};
  for (let i = 0; s.$ref && i < 10; i++) s = ctx.components[s.$ref.replace('#/components/schemas/', '')] ?? {};
  if (s.allOf?.length)
    s = s.allOf
      .map((part) => resolve(part, ctx))
      .reduce(
        (a, b) => ({
          ...a,
          ...b,
          properties: { ...a.properties, ...b.properties },
          required: [...(a.required ?? []), ...(b.required ?? [])],
        }),
        {},
      );
  return s;
}

function fitting(raw: Schema | undefined, ctx: FuzzContext, hostile: boolean, name: string, depth: number): fc.Arbitrary<unknown> {
  const schema = resolve(raw, ctx);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => fitting(v, ctx, hostile, name, depth)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema, ctx, name);
    case 'integer':
    case 'number':
      // TypeScript numbers are documented as "number"; in this API they are counts, minutes, scores.
      return fc.integer({
        min: Math.max(schema.minimum ?? 1, -INT_MAX),
        max: Math.min(schema.maximum ?? Math.max(schema.minimum ?? 1, 100), INT_MAX),
      });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(fromSchema(schema.items, ctx, hostile, name, depth + 1), { maxLength: 4 });
    case 'object':
    default:
      if (!schema.properties)
        return depth > 4
          ? fc.constant({})
          : fc.dictionary(fc.string({ maxLength: 12 }), fromSchema({ type: 'string' }, ctx, hostile, '', depth + 1), { maxKeys: 4 });
      return objectFor(schema, ctx, hostile, depth);
  }
}

function stringFor(schema: Schema, ctx: FuzzContext, name: string): fc.Arbitrary<unknown> {
  const examples = schema.example !== undefined ? [fc.constant(schema.example)] : [];
  if (name === 'id') return fc.uuid();
  if (name === 'email' || schema.format === 'email')
    return fc.oneof(
      fc.emailAddress().filter((e) => e.length <= 254),
      fc.constantFrom('client@demo.nabij.nl', 'worker@demo.nabij.nl'),
    );
  if (!schema.format && /(On|Date|^date|^from|^to)$/.test(name)) return stringFor({ ...schema, format: 'date' }, ctx, '');
  if (!schema.format && /At$/.test(name)) return stringFor({ ...schema, format: 'date-time' }, ctx, '');
  if (schema.format === 'uuid' || /[a-z]Id$/.test(name)) {
    const ids = idsFor(name, ctx);
    return fc.oneof({ weight: 4, arbitrary: ids.length ? fc.constantFrom(...ids) : fc.uuid() }, { weight: 1, arbitrary: fc.uuid() });
  }
  switch (schema.format) {
    case 'date':
      return fc.oneof(
        ...examples,
        recentDate().map((d) => d.toISOString().slice(0, 10)),
      );
    case 'date-time':
      return fc.oneof(
        ...examples,
        recentDate().map((d) => d.toISOString()),
      );
    case 'binary':
      return fc.constant('file');
  }
  const maxLength = Math.min(schema.maxLength ?? 300, 300);
  const minLength = Math.min(schema.minLength ?? 1, maxLength);
  // Text someone could type (any script, emoji), never NUL or half an emoji: those are the hostile mode's.
  return fc.oneof(
    ...examples.map((arbitrary) => ({ weight: 2, arbitrary })),
    {
      weight: 2,
      arbitrary: fc
        .lorem({ maxCount: 12 })
        .map((v) => v.slice(0, maxLength))
        .filter((v) => v.length >= minLength),
    },
    // eslint-disable-next-line no-control-regex -- NUL is refused by design; the valid-text generator must not produce it
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }).filter((v) => !/\u0000/.test(v)) },
  );
}

/** Mostly around the demo's dates, sometimes far out (still a date PostgreSQL accepts). */
function recentDate(): fc.Arbitrary<Date> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.date({ min: new Date('2012-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }) },
    { weight: 1, arbitrary: fc.date({ min: new Date('1850-01-01'), max: new Date('2150-12-31'), noInvalidDate: true }) },
  );
}

function objectFor(schema: Schema, ctx: FuzzContext, hostile: boolean, depth: number): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, prop] of Object.entries(props)) model[key] = fromSchema(prop, ctx, hostile, key, depth + 1);
  const required = (schema.required ?? []).filter((k) => k in props);
  // Leaving required keys out now and then checks "missing" as well as "malformed".
  const record = hostile
    ? fc.oneof(
        { weight: 3, arbitrary: fc.record(model, { requiredKeys: required }) },
        { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
      )
    : fc.record(model, { requiredKeys: required });
  const extraKey = hostile
    ? fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'id', 'role'), hostileValue()), { freq: 6 })
    : fc.constant(null);
  return fc.tuple(record, extraKey).map(([value, extra]) => {
    const out = { ...(value as Record<string, unknown>) };
    if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
    return out;
  });
}

/** Ids for a path parameter: mostly real ones of its table, sometimes unknown ones, with `hostile` also ones that are not ids at all. */
export function pathParam(ids: string[], hostile: boolean): fc.Arbitrary<string> {
  const real = ids.length ? fc.constantFrom(...ids) : fc.uuid();
  if (!hostile) return fc.oneof({ weight: 6, arbitrary: real }, { weight: 1, arbitrary: fc.uuid() });
  return fc.oneof(
    { weight: 3, arbitrary: real },
    { weight: 2, arbitrary: hostileText().filter((v) => v.length > 0 && v.length < 100) },
    { weight: 1, arbitrary: fc.constantFrom(...ids.slice(0, 3).map((id) => id.toUpperCase())) },
  );
}

/** A JSON text nested far deeper than any route accepts (thousands of levels). */
export function deepJson(levels: number): string {
  return '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

/** encodeURIComponent, except that a lone surrogate becomes its raw (invalid) UTF-8 bytes instead of throwing. */
export function encodePathSegment(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff)
      out += `%ED%${(0xa0 | ((code >> 6) & 0x1f)).toString(16).toUpperCase()}%${(0x80 | (code & 0x3f)).toString(16).toUpperCase()}`;
    else out += encodeURIComponent(ch);
  }
  return out;
}
