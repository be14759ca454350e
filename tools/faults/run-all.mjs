// `npm run faults`: every fault scenario, one after the other (each starts and stops what it needs),
// then one summary. Exits non-zero when any scenario failed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const SCENARIOS = [
  ['faults:kill', 'kill-during-sends.mjs'],
  ['faults:pg-restart', 'pg-restart.mjs'],
  ['faults:two-instances', 'two-instances.mjs'],
];

const results = [];
for (const [name, file] of SCENARIOS) {
  console.log(`\n[faults] ${name} ...`);
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(here, file)], { stdio: 'inherit' });
    process.once('SIGINT', () => child.kill('SIGINT'));
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  results.push({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
}
console.log('\n==== faults: all scenarios ====');
for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(0)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`  ${failed ? 'FAILED' : 'OK'}: ${results.length - failed}/${results.length} scenarios passed`);
process.exit(failed ? 1 : 0);
