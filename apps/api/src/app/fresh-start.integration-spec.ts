import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// An embedded PostgreSQL, every migration and the full demo seed: a minute or two on a busy machine.
jest.setTimeout(360_000);

const ROOT = resolve(__dirname, '../../../..');

/**
 * The tests run on the PostgreSQL server of the machine (15 here); `npm start` on a machine without
 * one uses the embedded PostgreSQL (18). A migration that only worked on the older server broke
 * `npm start` unnoticed once (library_word, PostgreSQL 17's search_path for materialized views).
 */
describe('npm start on a machine without PostgreSQL', () => {
  it('migrates and seeds the demo on the embedded PostgreSQL, and the demo logins work', () => {
    if (!existsSync(join(ROOT, 'dist/apps/api/main.js')))
      throw new Error('dist/apps/api/main.js is missing: run `npm run build` (npm test does).');
    const run = spawnSync(process.execPath, [join(ROOT, 'tools/testing/fresh-start-check.mjs')], { encoding: 'utf8', timeout: 330_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).toMatch(/PASS embedded PostgreSQL \d+/);
    expect(output).toContain('PASS the demo worker logs in');
    expect(output).toContain('OK: 4/4 checks passed');
    expect(run.status).toBe(0);
  });
});
