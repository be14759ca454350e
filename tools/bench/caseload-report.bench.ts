/**
 * Benchmark (not a test): the caseload report over 1,000,000 time entries on 50,000 closed cases,
 * next to a bare `SELECT sum(minutes) … GROUP BY` over the same rows, in one run.
 *
 *   npm run bench                      (local server, or DATABASE_URL)
 *   npm run bench -- --keep            (keep the scratch database for EXPLAIN)
 *
 * It creates a scratch database `nabij_bench_<random>` on that server, migrates it, loads the rows
 * with set-based SQL, VACUUM ANALYZEs (as autovacuum would), times each query a few times and drops
 * the database again.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from '../../migrations';
import { CaseloadReportRepository } from '../../libs/reports/api/src/lib/caseload-report.repository';

const CASES = Number(process.env['BENCH_CASES'] ?? 50_000);
const ENTRIES = Number(process.env['BENCH_ENTRIES'] ?? 1_000_000);
const RUNS = 5;
const serverUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const keep = process.argv.includes('--keep');

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client(serverUrl);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function time(label: string, run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up: plans and buffers
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(RUNS / 2)];
  console.log(
    `${label.padEnd(58)} median ${median.toFixed(1).padStart(8)} ms   (min ${samples[0].toFixed(1)}, max ${samples[RUNS - 1].toFixed(1)})`,
  );
  return median;
}

async function load(db: DataSource): Promise<string> {
  const [org] = await db.query(`INSERT INTO organisation (name, slug) VALUES ('Bench', 'bench') RETURNING id`);
  await db.query(
    `INSERT INTO financier (organisation_id, name) SELECT $1, unnest(ARRAY['Leiden', 'Alphen aan den Rijn', 'Gouda', 'Lisse'])`,
    [org.id],
  );
  await db.query(`INSERT INTO team (organisation_id, name) SELECT $1, unnest(ARRAY['Team A', 'Team B'])`, [org.id]);
  await db.query(
    `INSERT INTO account (email, role, organisation_id, team_id, created_at)
     SELECT 'worker' || g || '@bench.test', 'worker', $1, (SELECT id FROM team ORDER BY name OFFSET g % 2 LIMIT 1), now()
       FROM generate_series(1, 50) g`,
    [org.id],
  );
  await db.query(
    `INSERT INTO account (email, role, organisation_id, created_at) SELECT 'client' || g || '@bench.test', 'client', $1, now() FROM generate_series(1, $2::int) g`,
    [org.id, CASES],
  );
  await db.query(
    `WITH f AS (SELECT array_agg(id ORDER BY name) AS ids FROM financier),
          w AS (SELECT array_agg(id ORDER BY email) AS ids, array_agg(team_id ORDER BY email) AS teams FROM account WHERE role = 'worker'),
          c AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM account WHERE role = 'client')
     INSERT INTO care_case (organisation_id, client_id, financier_id, team_id, assigned_worker_id, kind_of_work, problem_areas,
                            uses_online_dossier, opened_on, closed_on, close_reason)
     SELECT $1, c.id, f.ids[1 + c.n % 4], w.teams[1 + c.n % 50], w.ids[1 + c.n % 50],
            (ARRAY['algemeen_mw', 'hulp_online', 'school_mw'])[1 + c.n % 3],
            CASE WHEN c.n % 5 = 0 THEN ARRAY['materiele_problematiek'] ELSE ARRAY['relatie'] END,
            c.n % 4 <> 0,
            date '2013-01-01' + (c.n % 365)::int - (30 + c.n % 200)::int, date '2013-01-01' + (c.n % 365)::int, 'goal_reached'
       FROM c, f, w`,
    [org.id],
  );
  await db.query(
    `WITH cs AS (SELECT id, assigned_worker_id, opened_on, row_number() OVER (ORDER BY id) - 1 AS n FROM care_case),
          types AS (SELECT ARRAY['face_to_face', 'phone', 'video', 'letter', 'other', 'chat', 'message', 'homework_feedback'] AS t)
     INSERT INTO time_entry (organisation_id, worker_id, case_id, contact_type, minutes, occurred_on, created_at, updated_at)
     SELECT $1, cs.assigned_worker_id, cs.id, types.t[1 + g % 8], 1 + (g * 37) % 90, cs.opened_on + (g % 30), now(), now()
       FROM generate_series(0, $2::int - 1) g
       JOIN cs ON cs.n = g % $3::int, types`,
    [org.id, ENTRIES, CASES],
  );
  return org.id;
}

async function main(): Promise<void> {
  const name = `nabij_bench_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = new DataSource({ type: 'postgres', url: url.toString(), migrations: ALL_MIGRATIONS });
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    let started = performance.now();
    const organisationId = await load(db);
    console.log(
      `Loaded ${CASES.toLocaleString('en')} cases and ${ENTRIES.toLocaleString('en')} time entries in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    started = performance.now();
    await db.query('VACUUM ANALYZE');
    console.log(`VACUUM ANALYZE in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

    const report = new CaseloadReportRepository(db);
    const scope = { organisationId, from: '2013-01-01', to: '2013-12-31', teamId: null, workerId: null, financierId: null };
    const bareCase = await time('bare: SELECT case_id, sum(minutes) … GROUP BY case_id', () =>
      db.query(`SELECT case_id, sum(minutes) FROM time_entry GROUP BY case_id`),
    );
    const bareGroup = await time('bare: sum(minutes) JOIN care_case GROUP BY financier, kind', () =>
      db.query(
        `SELECT c.financier_id, c.kind_of_work, sum(te.minutes) FROM time_entry te JOIN care_case c ON c.id = te.case_id
          WHERE c.organisation_id = $1 AND c.closed_on BETWEEN '2013-01-01' AND '2013-12-31' GROUP BY 1, 2`,
        [organisationId],
      ),
    );
    const full = await time('caseload report (whole organisation, one year)', () => report.groups(scope));
    const [team] = await db.query(`SELECT id FROM team ORDER BY name LIMIT 1`);
    await time('caseload report (one team)', () => report.groups({ ...scope, teamId: team.id }));
    const rows = await report.groups(scope);
    // The rollup must hold exactly what the raw rows sum to, or the speed is worth nothing.
    const [mismatch] = await db.query(
      `SELECT count(*)::int AS cases FROM (
         SELECT c.id, coalesce(r.registration_minutes, 0) + coalesce(r.online_minutes, 0) AS rolled,
                coalesce((SELECT sum(minutes) FROM time_entry te WHERE te.case_id = c.id AND te.deleted_at IS NULL), 0) AS raw
           FROM care_case c LEFT JOIN case_time_rollup r ON r.case_id = c.id) x
        WHERE rolled <> raw`,
    );
    const ratio = full / bareGroup;
    console.log(
      `\nreport rows: ${rows.length}; report / bare group-by: ${ratio.toFixed(2)}×; report / bare per-case: ${(full / bareCase).toFixed(2)}×`,
    );
    console.log(`cases whose rollup differs from the raw sum: ${mismatch.cases}`);
    // Issue 12's targets: under 100 ms for a year, and at most half of the bare GROUP BY over the raw rows.
    const goals = [
      { goal: 'caseload report < 100 ms', met: full < 100 },
      { goal: 'caseload report ≤ 0.5× bare GROUP BY', met: ratio <= 0.5 },
      { goal: 'rollup equals the raw sums', met: mismatch.cases === 0 },
    ];
    for (const { goal, met } of goals) console.log(`${met ? 'met    ' : 'MISSED '} ${goal}`);
    if (goals.some((g) => !g.met)) process.exitCode = 1;
  } finally {
    if (db.isInitialized) await db.destroy();
    if (keep) console.log(`kept database ${name}`);
    else await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
