import pg from 'pg';

export default async function globalTeardown() {
  const url = process.env.NABIJ_TEST_PG_URL;
  const run = process.env.NABIJ_TEST_RUN;
  if (url && run) {
    const client = new pg.Client(url);
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${run}%`]);
      // Templates first need to stop being templates before they can be dropped.
      for (const { datname } of rows) {
        await client.query(`ALTER DATABASE "${datname}" IS_TEMPLATE false`).catch(() => undefined);
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
      }
    } finally {
      await client.end();
    }
  }
  await globalThis.__NABIJ_EMBEDDED_PG__?.stop();
}
