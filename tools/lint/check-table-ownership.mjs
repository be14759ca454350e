// Each table is queried only by its own domain (README, "Who may import whom"; issue 10): another
// domain asks a service the owner exports (identity's AccountDirectoryService, dossier's
// CaseLookupService, …). This check reads the SQL in every domain's API code (not specs, not test
// factories, not `reports`, whose aggregates may join other domains' tables, not the demo seed, which
// composes every domain) and fails when it names a table another domain owns.
//
// Who owns a table: OWNERS below when listed there, else the domain whose API code declares its
// TypeORM entity (`@Entity('name')`), else the one domain whose code inserts into it. Every table the
// migrations create must have an owner. KNOWN lists the reads that have not moved yet, each with its
// file: a new read fails, and so does a listed one that is gone (take it off the list), so the list
// only shrinks. Before anything else the check proves itself on planted code (in memory only).
// Run by `npm run lint`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(root);

/** Owners that neither an entity nor a sole writer says, or where two domains write (the reason given). */
const OWNERS = {
  // Platform starts, checks and ends logins (SessionRegistry); identity's "my sessions" and data
  // export ask SessionRegistry too.
  auth_session: 'platform',
  app_meta: 'platform',
  // Kept equal to time_entry by triggers in time's migration; reports reads it.
  case_time_rollup: 'time',
  // Online-dossier targets per financier and year (issue 20): set and read only by reports.
  financier_online_target: 'reports',
};

/** Domains whose SQL may name any table: reports (read-only aggregates) and the demo seed. */
const EXEMPT_DOMAINS = new Set(['reports', 'demo']);

/**
 * Reads that still name another domain's table: file → tables. Empty since issue 10 was finished;
 * the check fails on an entry whose read is gone, so a new entry here is a debt with a reason.
 */
const KNOWN = {};

/** The files eslint.config.mjs treats as tests (TEST_FILES there), test fixtures and migrations. */
const NOT_PRODUCTION = /(\.spec\.ts|\.integration-spec\.ts|\.e2e-spec\.ts|-test-fixtures\.ts)$|\/testing\/|\/migrations\//;

const walk = (dir) =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/** Source without comments, so prose about a table is not a query of it. */
const code = (source) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** The tables named after a SQL keyword (upper case, as all SQL in this code base is written). */
const TABLE_AFTER_KEYWORD = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)/g;
const namedTables = (source, tables) =>
  [...new Set([...code(source).matchAll(TABLE_AFTER_KEYWORD)].map((m) => m[1]))].filter((t) => tables.has(t));

function migrationTables() {
  const tables = new Set();
  for (const file of walk('migrations').filter((f) => f.endsWith('.ts') && !NOT_PRODUCTION.test(f.replace('migrations/', '')))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_][a-z0-9_]*)/g)) tables.add(m[1]);
  }
  return tables;
}

/** domain → its API source files (production only), read once. */
function apiSources() {
  const sources = new Map();
  for (const domain of readdirSync('libs')) {
    let files;
    try {
      files = walk(join('libs', domain, 'api', 'src'));
    } catch {
      continue;
    }
    sources.set(
      domain,
      files
        .filter((f) => f.endsWith('.ts') && !NOT_PRODUCTION.test(f))
        .map((f) => ({ file: relative(root, f), source: readFileSync(f, 'utf8') })),
    );
  }
  return sources;
}

function owners(tables, sources) {
  const owner = new Map(Object.entries(OWNERS));
  const problems = [];
  for (const [domain, files] of sources) {
    for (const { source } of files) {
      for (const m of source.matchAll(/@Entity\(\s*(?:\{\s*name:\s*)?'([a-z_][a-z0-9_]*)'/g)) if (!owner.has(m[1])) owner.set(m[1], domain);
    }
  }
  for (const table of tables) {
    if (owner.has(table)) continue;
    const writers = [...sources]
      .filter(([domain]) => !EXEMPT_DOMAINS.has(domain))
      .filter(([, files]) => files.some(({ source }) => new RegExp(`\\bINSERT INTO ${table}\\b`).test(code(source))))
      .map(([domain]) => domain);
    if (writers.length === 1) owner.set(table, writers[0]);
    else
      problems.push(
        `table ${table} has no owner (${writers.length ? `written by ${writers.join(', ')}` : 'no entity, no domain inserts into it'}): add it to OWNERS in tools/lint/check-table-ownership.mjs`,
      );
  }
  return { owner, problems };
}

/** Every read of another domain's table: [file, table, owner]. */
function foreignReads(sources, owner, tables) {
  const reads = [];
  for (const [domain, files] of sources) {
    if (EXEMPT_DOMAINS.has(domain)) continue;
    for (const { file, source } of files) {
      for (const table of namedTables(source, tables)) if (owner.get(table) !== domain) reads.push([file, table, owner.get(table)]);
    }
  }
  return reads;
}

const tables = migrationTables();
const sources = apiSources();
const { owner, problems } = owners(tables, sources);
let failed = problems.length;
for (const problem of problems) console.log(`FAIL ${problem}`);

// The check bites: a planted read of identity's account from messages' production code is reported;
// the same SQL in a spec, in reports and in identity itself is not.
const PLANTED = 'export const sql = `SELECT t.id, a.name FROM message_thread t\n  JOIN account a ON a.id = t.client_id`;';
const PROOFS = [
  {
    domain: 'messages',
    file: 'libs/messages/api/src/lib/planted.repository.ts',
    forbidden: "messages' repository joins identity's account",
  },
  { domain: 'messages', file: 'libs/messages/api/src/lib/planted.integration-spec.ts', allowed: 'a spec may read any table' },
  { domain: 'reports', file: 'libs/reports/api/src/lib/planted.repository.ts', allowed: 'reports may join other domains for aggregates' },
];
for (const proof of PROOFS) {
  const planted = new Map(sources);
  const files = NOT_PRODUCTION.test(proof.file) ? [] : [{ file: proof.file, source: PLANTED }];
  planted.set(proof.domain, [...(sources.get(proof.domain) ?? []), ...files]);
  const found = foreignReads(planted, owner, tables).some(([file, table]) => file === proof.file && table === 'account');
  const ok = proof.forbidden ? found : !found;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${proof.forbidden ? `reported: ${proof.forbidden}` : `not reported: ${proof.allowed}`} (${proof.file})`,
  );
}

const seen = new Set();
for (const [file, table, tableOwner] of foreignReads(sources, owner, tables)) {
  seen.add(`${file} ${table}`);
  if ((KNOWN[file] ?? []).includes(table)) continue;
  failed++;
  console.log(`FAIL ${file} queries ${table}, which ${tableOwner} owns: ask a service ${tableOwner} exports instead`);
}
for (const [file, known] of Object.entries(KNOWN)) {
  for (const table of known) {
    if (seen.has(`${file} ${table}`)) continue;
    failed++;
    console.log(`FAIL ${file} no longer queries ${table}: take it off KNOWN in tools/lint/check-table-ownership.mjs`);
  }
}
const waiting = Object.values(KNOWN).reduce((n, list) => n + list.length, 0);
if (failed) {
  console.error(`${failed} table ownership check(s) failed.`);
  process.exit(1);
}
console.log(
  `ok   ${tables.size} tables: no query of another domain's table${waiting ? ` (${waiting} known reads still to move, listed in KNOWN)` : ''}`,
);
