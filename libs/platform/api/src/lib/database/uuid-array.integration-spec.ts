import { randomUUID } from 'node:crypto';
import { Client, type Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@nabij/platform/testing';
import { queryPrepared } from './prepared-query';
import { arrayLiteral, uuidArrayParam } from './uuid-array';

jest.setTimeout(60_000);

/** What PostgreSQL makes of an array parameter written by uuidArrayParam (or arrayLiteral), against the same array written by pg. */
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

  // arrayLiteral: any list as one literal (the access log's list entries send theirs as one text[] element each).
  it('writes UUIDs, nulls and any other text so that PostgreSQL reads back the same text[]', async () => {
    const values = [randomUUID(), null, 'NULL', 'a,b', 'x"}', 'back\\slash', ' ', '', `{${randomUUID()}}`];
    expect((await read('text[]', arrayLiteral(values))).a).toEqual(values);
    expect(arrayLiteral([])).toBe('{}');
  });
});

/** queryPrepared sends every array parameter through uuidArrayParam: same rows, fewer escapes. */
describe('queryPrepared with array parameters', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const ids = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE t (id uuid PRIMARY KEY, label text NOT NULL)`);
    await dataSource.query(`INSERT INTO t VALUES ($1, 'a,b'), ($2, 'x"}'), ($3, 'NULL')`, ids);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const sent = () => {
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    return jest.spyOn(pool, 'query');
  };

  it('sends an array of ids as one literal and finds the same rows', async () => {
    const spy = sent();
    const rows = await queryPrepared<{ id: string }>(dataSource, `SELECT id FROM t WHERE id = ANY($1::uuid[]) ORDER BY label`, [
      [ids[0], ids[2].toUpperCase()],
    ]);
    expect(rows.map((r) => r.id).sort()).toEqual([ids[0], ids[2]].sort());
    expect((spy.mock.calls[0][0] as unknown as { values: unknown[] }).values[0]).toBe(`{${ids[0]},${ids[2].toUpperCase()}}`);
    spy.mockRestore();
  });

  it('leaves arrays of other text to pg, which finds the rows by their odd labels', async () => {
    const labels = ['a,b', 'x"}', 'NULL'];
    const spy = sent();
    const rows = await queryPrepared<{ id: string }>(dataSource, `SELECT id FROM t WHERE label = ANY($1::text[])`, [labels]);
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect((spy.mock.calls[0][0] as unknown as { values: unknown[] }).values[0]).toBe(labels);
    spy.mockRestore();
  });
});
