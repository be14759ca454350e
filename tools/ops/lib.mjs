// Shared by backup.mjs and restore.mjs: settings, the PostgreSQL client tools, the manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export function fail(message) {
  console.error(`[nabij] ${message}`);
  process.exit(1);
}

export function log(message) {
  console.log(`[nabij] ${message}`);
}

/** DATABASE_URL and DOCUMENTS_DIR as the API reads them (same defaults). */
export function settings() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) fail('Set DATABASE_URL to the postgres:// address of the Nabij database.');
  return { databaseUrl, documentsDir: path.resolve(process.env.DOCUMENTS_DIR || path.join('.data', 'documents')) };
}

/** Major version of the server behind `url`. */
export async function serverMajor(url) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

/**
 * A pg_dump / pg_restore at least as new as the server: PG_BIN (a folder) first, then PATH, then
 * Debian's /usr/lib/postgresql/<major>/bin. An older pg_dump refuses a newer server.
 */
export function clientTool(name, major) {
  const candidates = [
    ...(process.env.PG_BIN ? [path.join(process.env.PG_BIN, name)] : []),
    name,
    ...(fs.existsSync('/usr/lib/postgresql')
      ? fs
          .readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin/${name}`)
      : []),
  ];
  for (const tool of candidates) {
    try {
      const version = execFileSync(tool, ['--version'], { encoding: 'utf8' });
      const found = Number(/(\d+)(\.\d+)?/.exec(version)?.[1]);
      if (found >= major) return tool;
    } catch {
      // not there: try the next
    }
  }
  fail(`${name} ${major} or newer is needed (the server is PostgreSQL ${major}): install postgresql-client-${major} or set PG_BIN.`);
}

/** Rows per table of Nabij's schema, as seen by `client` (a snapshot when it is in one). */
export async function tableCounts(client) {
  const { rows } = await client.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts = {};
  for (const { table_name } of rows)
    counts[table_name] = Number((await client.query(`SELECT count(*) FROM "${table_name}"`)).rows[0].count);
  return counts;
}

export function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Uploads in progress (training films) live here until their request ends: never part of a backup. */
export const INCOMING_DIR = '.incoming';

/** Every stored file under `dir` (relative names) with its SHA-256; uploads in progress left out. */
export function checksums(dir) {
  const out = {};
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    if (path.relative(dir, full).split(path.sep)[0] === INCOMING_DIR) continue;
    out[path.relative(dir, full)] = sha256(full);
  }
  return out;
}
