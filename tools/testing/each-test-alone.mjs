#!/usr/bin/env node
// Runs every test of the given spec files on its own (`jest -t '^<full name>$'`) and reports the
// ones that fail alone: a test that passes only after an earlier test made its data hides a bug in
// the order, and breaks `jest -t` for whoever debugs it.
//
//   node tools/testing/each-test-alone.mjs libs/messages/api/src/lib/messages.integration-spec.ts [more specs]
//
// One jest run per test, one at a time (the machine is shared); expect a few seconds per test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const jestBin = path.join(root, 'node_modules/jest/bin/jest.js');
const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node tools/testing/each-test-alone.mjs <spec file>...');
  process.exit(2);
}

/** The jest project a spec belongs to (see jest.config.ts). */
function projectOf(file) {
  if (file.includes('apps/portal-e2e/')) return 'e2e';
  if (file.includes('/portal/')) return 'portal';
  return 'api';
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs jest on one file; `--selectProjects=` keeps the file from being read as a project name. */
function jest(file, namePattern) {
  const dir = mkdtempSync(path.join(tmpdir(), 'each-test-alone-'));
  const out = path.join(dir, 'result.json');
  const run = spawnSync(
    process.execPath,
    [
      jestBin,
      `--selectProjects=${projectOf(file)}`,
      '--runTestsByPath',
      file,
      '--testNamePattern',
      namePattern,
      '--json',
      `--outputFile=${out}`,
      '--reporters=default',
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  let result = null;
  try {
    result = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    // jest did not get as far as writing results (syntax error, config problem): shown below.
  }
  rmSync(dir, { recursive: true, force: true });
  return { result, log: `${run.stdout}${run.stderr}` };
}

const failures = [];
let total = 0;
for (const file of files) {
  // A pattern that matches no test lists every name (all "pending") without running hooks.
  const listing = jest(file, '^$^ list only');
  const names = listing.result?.testResults.flatMap((r) => r.assertionResults.map((a) => a.fullName)) ?? [];
  if (!names.length) {
    console.error(`${file}: no tests found\n${listing.log}`);
    failures.push({ file, name: '(no tests found)' });
    continue;
  }
  console.log(`\n${file}: ${names.length} tests, each alone`);
  for (const name of names) {
    total++;
    const { result, log } = jest(file, `^${escapeRegExp(name)}$`);
    const statuses =
      result?.testResults.flatMap((r) => r.assertionResults.filter((a) => a.status !== 'pending').map((a) => a.status)) ?? [];
    const passed = statuses.length > 0 && statuses.every((s) => s === 'passed') && result.numFailedTestSuites === 0;
    console.log(`  ${passed ? 'pass' : 'FAIL'}  ${name}`);
    if (!passed) {
      failures.push({ file, name });
      if (process.env.VERBOSE) console.log(log);
    }
  }
}

console.log(`\neach test alone: ${total - failures.filter((f) => f.name !== '(no tests found)').length} of ${total} passed`);
for (const f of failures) console.log(`  failed alone: ${f.file} › ${f.name}`);
process.exit(failures.length ? 1 : 0);
