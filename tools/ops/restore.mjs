// `npm run restore <folder>`: puts a backup made by `npm run backup` into an EMPTY database
// (DATABASE_URL) and an empty DOCUMENTS_DIR, then checks every table's row count and every document's
// checksum against the backup's manifest. Start the API only after it reports success.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { INCOMING_DIR, checksums, clientTool, fail, log, serverMajor, settings, tableCounts } from './lib.mjs';

const { databaseUrl, documentsDir } = settings();
const from = process.argv[2] ? path.resolve(process.argv[2]) : fail('Name the backup folder: npm run restore -- backups/nabij-…');
const manifestFile = path.join(from, 'manifest.json');
if (!fs.existsSync(manifestFile) || !fs.existsSync(path.join(from, 'database.dump')))
  fail(`${from} is not a Nabij backup (manifest.json and database.dump).`);
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));

const client = new pg.Client(databaseUrl);
await client.connect();
try {
  const existing = Number(
    (await client.query(`SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`))
      .rows[0].count,
  );
  if (existing > 0) fail('The database in DATABASE_URL is not empty: restore into a new, empty database.');
  if (fs.existsSync(documentsDir) && fs.readdirSync(documentsDir).some((name) => name !== INCOMING_DIR))
    fail(`DOCUMENTS_DIR (${documentsDir}) is not empty: use a new folder.`);

  const pgRestore = clientTool('pg_restore', Math.max(await serverMajor(databaseUrl), manifest.postgresMajor));
  log('Restoring the database ...');
  execFileSync(
    pgRestore,
    ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${databaseUrl}`, path.join(from, 'database.dump')],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  fs.mkdirSync(documentsDir, { recursive: true, mode: 0o700 });
  fs.cpSync(path.join(from, 'documents'), documentsDir, { recursive: true });

  const problems = [];
  const tables = await tableCounts(client);
  for (const [table, count] of Object.entries(manifest.tables)) {
    if (tables[table] !== count) problems.push(`table ${table}: ${tables[table] ?? 'missing'} rows, the backup has ${count}`);
  }
  const files = checksums(documentsDir);
  for (const [file, sum] of Object.entries(manifest.documents)) {
    if (files[file] !== sum) problems.push(`document ${file}: ${files[file] ? 'different content' : 'missing'}`);
  }
  if (problems.length > 0) fail(`The restore does not match the backup:\n- ${problems.join('\n- ')}`);
  log(
    `Restored and checked: ${Object.keys(tables).length} tables, ${Object.keys(files).length} documents match the backup of ${manifest.createdAt}.`,
  );
} finally {
  await client.end();
}
