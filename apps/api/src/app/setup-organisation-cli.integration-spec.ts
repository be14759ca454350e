import { createTestDatabase, TestDatabase } from '@nabij/platform/testing';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

// Starts the built API as a command: seconds, more on a busy machine.
jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '../../../..');
const MAIN = join(ROOT, 'dist/apps/api/main.js');

/** `node dist/apps/api/main.js setup-organisation <plan>`, as `npm run organisation:setup` and the image run it. */
function setupOrganisation(database: TestDatabase, plan: unknown): { status: number | null; out: string; err: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'nabij-plan-')), 'plan.json');
  writeFileSync(file, JSON.stringify(plan));
  const result = spawnSync(process.execPath, [MAIN, 'setup-organisation', file], {
    env: { ...process.env, DATABASE_URL: database.url, PUBLIC_URL: 'https://nabij.example.nl', SMTP_URL: '', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('setup-organisation (the command in the built API)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('dist/apps/api/main.js is missing: run `npm run build` (npm test does).');
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('sets up the example organisation of deploy/organisation.example.json and prints the first admin link', async () => {
    const example = JSON.parse(readFileSync(join(ROOT, 'deploy/organisation.example.json'), 'utf8'));
    const run = setupOrganisation(database, example);
    expect(run.err).toBe('');
    expect(run.status).toBe(0);
    expect(run.out).toContain('Organisation created (3 teams, 2 financiers, 9 postcode ranges).');
    expect(run.out).toMatch(/^https:\/\/nabij\.example\.nl\/uitnodiging\?token=[A-Za-z0-9_-]{43}$/m);
    const client = new Client(database.url);
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT o.slug, count(f.id)::int AS financiers FROM organisation o JOIN financier f ON f.organisation_id = o.id GROUP BY o.slug`,
      );
      expect(rows).toEqual([{ slug: 'welzijn-rijnstreek', financiers: 2 }]);
    } finally {
      await client.end();
    }
  });

  it('refuses a plan with mistakes, naming each field, and exits with 1', () => {
    const run = setupOrganisation(database, { name: 'X', slug: 'welzijn', teams: [], financiers: [] });
    expect(run.status).toBe(1);
    expect(run.err).toContain('The plan is not valid');
    for (const field of ['name', 'admin', 'teams', 'financiers']) expect(run.err).toContain(`- ${field}:`);
  });
});
