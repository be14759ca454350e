import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@nabij/platform/testing';
import { uuidArrayParam } from './uuid-array';

jest.setTimeout(60_000);

/** What PostgreSQL makes of an array parameter written by uuidArrayParam, against the same array written by pg. */
describe('uuidArrayParam', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client(database.url);
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  const read = async (type: 'uuid[]' | 'text[]', param: unknown) =>
    (await client.query(`SELECT $1::${type} AS a, cardinality($1::${type}) AS n`, [param])).rows[0] as { a: unknown; n: number };

  it('writes UUIDs and nulls as a literal that PostgreSQL reads as the same uuid[] and text[]', async () => {
    const ids = [randomUUID(), null, randomUUID().toUpperCase(), randomUUID(), undefined, randomUUID()];
    const literal = uuidArrayParam(ids);
    expect(typeof literal).toBe('string');
    for (const type of ['uuid[]', 'text[]'] as const) expect(await read(type, literal)).toEqual(await read(type, ids));
    expect((await read('uuid[]', literal)).n).toBe(6);
  });

  it('writes an empty array as an empty literal', async () => {
    expect(uuidArrayParam([])).toBe('{}');
    expect(await read('uuid[]', uuidArrayParam([]))).toEqual(await read('uuid[]', []));
  });

  it('leaves anything not shaped like a UUID to pg, which quotes and escapes it', async () => {
    for (const odd of ['NULL', 'a,b', 'x"}', 'back\\slash', ' ', '', `${randomUUID()} `, `{${randomUUID()}}`]) {
      const values = [randomUUID(), odd];
      expect(uuidArrayParam(values)).toBe(values);
      expect((await read('text[]', uuidArrayParam(values))).a).toEqual(values);
    }
  });
});
