import { DemoSeedService } from '@nabij/demo/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, databaseUrl, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DOMAIN_MODULES } from './app.module';

// Seeding the full demo, dumping and restoring it: minutes on a busy machine.
jest.setTimeout(600_000);

const ROOT = resolve(__dirname, '../../../..');

function run(script: 'backup' | 'restore', args: string[], env: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'tools/ops', `${script}.mjs`), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client(url);
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A few records of the main domains, in a fixed order, to compare field by field. */
const SAMPLES = [
  'SELECT id, email, login_name, role, organisation_id, password_hash FROM account ORDER BY id',
  'SELECT id, client_id, assigned_worker_id, kind_of_work, problem_areas, opened_on::text, closed_on::text FROM care_case ORDER BY id',
  'SELECT id, thread_id, sender_id, body, received_at::text FROM message ORDER BY id',
  'SELECT id, worker_id, case_id, minutes, occurred_on::text, status FROM time_entry ORDER BY id',
  'SELECT slug, title_nl, search_nl::text FROM library_article ORDER BY slug',
];

describe('npm run backup / npm run restore', () => {
  let t: TestApp;
  const documentsDir = mkdtempSync(join(tmpdir(), 'nabij-docs-'));
  const restoredDocuments = join(mkdtempSync(join(tmpdir(), 'nabij-restored-')), 'documents');
  const backupDir = join(mkdtempSync(join(tmpdir(), 'nabij-backup-')), 'backup');
  const restoredName = `restore_${randomBytes(5).toString('hex')}`;
  const restoredUrl = () => databaseUrl(restoredName);
  const admin = () => databaseUrl('postgres');

  beforeAll(async () => {
    t = await createTestApp({ imports: DOMAIN_MODULES, env: { DOCUMENTS_DIR: documentsDir } });
    await t.app.get(DemoSeedService).seedOnce(true);
    // A document on disk, uploaded the way a client does.
    const org = await makeOrganisation(t);
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const { id: caseId } = await makeCase(t, { worker, clientId: client.id });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4000)]);
    const up = await t
      .http()
      .post(`/api/dossier/cases/${caseId}/documents`)
      .set('Authorization', `Bearer ${client.token}`)
      .attach('file', pdf, { filename: 'huurcontract.pdf', contentType: 'application/pdf' });
    expect(up.status).toBe(201);
    await query(admin(), `CREATE DATABASE "${restoredName}"`);
  });

  afterAll(async () => {
    await t?.close();
    await query(admin(), `DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
  });

  it('backs up the demo data and documents, restores them into an empty database, and every count, record and checksum matches', async () => {
    const backup = run('backup', [backupDir], { DATABASE_URL: t.database.url, DOCUMENTS_DIR: documentsDir });
    expect(backup.output).toContain('Backup written');
    expect(backup.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest.tables.account).toBeGreaterThan(4);
    // Every stored file; the folder of uploads in progress (empty here) is no document.
    expect(Object.keys(manifest.documents)).toHaveLength(readdirSync(documentsDir).filter((name) => name !== '.incoming').length);

    const restore = run('restore', [backupDir], { DATABASE_URL: restoredUrl(), DOCUMENTS_DIR: restoredDocuments });
    expect(restore.output).toContain('Restored and checked');
    expect(restore.status).toBe(0);

    // Checked here too, independently of the script's own check.
    for (const sql of SAMPLES) expect(await query(restoredUrl(), sql)).toEqual(await query(t.database.url, sql));
    const counts = `SELECT relname AS table, n_live_tup FROM pg_stat_user_tables WHERE schemaname = 'public' ORDER BY relname`;
    const tables = (await query<{ table: string }>(t.database.url, counts)).map((r) => r.table);
    for (const table of tables) {
      const sql = `SELECT count(*)::int AS n FROM "${table}"`;
      expect({ table, rows: (await query(restoredUrl(), sql))[0] }).toEqual({ table, rows: (await query(t.database.url, sql))[0] });
    }
    for (const file of readdirSync(documentsDir).filter((name) => name !== '.incoming')) {
      expect(readFileSync(join(restoredDocuments, file)).equals(readFileSync(join(documentsDir, file)))).toBe(true);
    }
    // The restored database is one a Nabij API can start on: its migrations are all recorded.
    expect(await query(restoredUrl(), 'SELECT name FROM migrations ORDER BY id')).toEqual(
      await query(t.database.url, 'SELECT name FROM migrations ORDER BY id'),
    );
  });

  it('refuses to restore into a database that is not empty, and changes nothing there', async () => {
    const target = t.database.url;
    const before = await query(target, 'SELECT count(*)::int AS n FROM account');
    const refused = run('restore', [backupDir], {
      DATABASE_URL: target,
      DOCUMENTS_DIR: join(tmpdir(), `nabij-none-${randomBytes(4).toString('hex')}`),
    });
    if (refused.output.includes('is not a Nabij backup')) {
      // Run alone, the first test made no backup: make one now.
      expect(run('backup', [backupDir], { DATABASE_URL: t.database.url, DOCUMENTS_DIR: documentsDir }).status).toBe(0);
      return expect(run('restore', [backupDir], { DATABASE_URL: target, DOCUMENTS_DIR: documentsDir }).output).toContain('is not empty');
    }
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('is not empty');
    expect(await query(target, 'SELECT count(*)::int AS n FROM account')).toEqual(before);
  });
});
