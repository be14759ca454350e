// `npm run backup [folder]`: a consistent copy of Nabij — the database (pg_dump custom format) and the
// uploaded documents — with a manifest of row counts and document checksums that `npm run restore`
// checks against. Reads DATABASE_URL and DOCUMENTS_DIR like the API.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { INCOMING_DIR, checksums, clientTool, fail, log, serverMajor, settings, tableCounts } from './lib.mjs';

const { databaseUrl, documentsDir } = settings();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = path.resolve(process.argv[2] || path.join('backups', `nabij-${stamp}`));
if (fs.existsSync(out) && fs.readdirSync(out).length > 0) fail(`${out} exists and is not empty: choose a new folder.`);
fs.mkdirSync(out, { recursive: true, mode: 0o700 });

const major = await serverMajor(databaseUrl);
const pgDump = clientTool('pg_dump', major);

// The counts and the dump see the same moment: pg_dump joins this transaction's snapshot.
const client = new pg.Client(databaseUrl);
await client.connect();
try {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const snapshot = (await client.query('SELECT pg_export_snapshot() AS id')).rows[0].id;
  const tables = await tableCounts(client);
  log(`Dumping the database (${Object.keys(tables).length} tables) ...`);
  execFileSync(
    pgDump,
    [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--snapshot=${snapshot}`,
      `--file=${path.join(out, 'database.dump')}`,
      databaseUrl,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  await client.query('COMMIT');

  // Documents are written once and never changed; one added during the copy is simply extra.
  const documents = path.join(out, 'documents');
  // Uploads still in progress (.incoming) are not documents yet.
  if (fs.existsSync(documentsDir))
    fs.cpSync(documentsDir, documents, {
      recursive: true,
      filter: (src) => path.relative(documentsDir, src).split(path.sep)[0] !== INCOMING_DIR,
    });
  else fs.mkdirSync(documents);
  const files = checksums(documents);
  const manifest = { format: 1, createdAt: new Date().toISOString(), postgresMajor: major, tables, documents: files };
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  log(`Backup written to ${out}: ${Object.values(tables).reduce((a, b) => a + b, 0)} rows, ${Object.keys(files).length} documents.`);
} catch (error) {
  fail(`Backup failed: ${error.message}`);
} finally {
  await client.end();
}
