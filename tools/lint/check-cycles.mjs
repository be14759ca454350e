// Cycles among production code, project by project (issue 10). Nx's cycle check in eslint.config.mjs
// sees one project graph in which specs and test factories count as much as production code, and
// specs set up their data through other domains' modules and factories: so it has to ignore the edges
// only tests make, and may then miss a production cycle behind such a path. This check leaves test
// files out of the graph first, so every cycle it finds is one production code makes. It first proves
// itself on planted files (in memory only): a production import that closes a cycle is reported, the
// same import from a spec is not.
// Run by `npm run lint`, after `nx show projects` has refreshed the project graph and file map.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const require = createRequire(import.meta.url);
const { readCachedProjectGraph } = require('@nx/devkit');
const { fileDataDepTarget, readFileMapCache } = require('@nx/devkit/internal');

/** The files eslint.config.mjs treats as tests (TEST_FILES there), and test fixtures. */
const TEST_FILE = /(\.spec\.ts|\.integration-spec\.ts|\.e2e-spec\.ts|-test-fixtures\.ts)$|\/testing\/|^apps\/portal-e2e\/|^tools\//;

/** Every cycle among the projects' production files, each as [project, …, project] with the files that import. */
function productionCycles(projects, projectFileMap) {
  /** project → (project it imports → the first production file that does) */
  const edges = new Map(projects.map((name) => [name, new Map()]));
  for (const [project, files] of Object.entries(projectFileMap)) {
    for (const { file, deps = [] } of files) {
      if (TEST_FILE.test(file)) continue;
      for (const target of deps.map(fileDataDepTarget)) {
        if (target !== project && edges.has(target) && !edges.get(project).has(target)) edges.get(project).set(target, file);
      }
    }
  }
  const cycles = [];
  const state = new Map();
  const visit = (project, path) => {
    if (state.get(project) === 'done') return;
    if (state.get(project) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(project)), project];
      cycles.push(cycle.slice(0, -1).map((from, i) => `${from} -> ${cycle[i + 1]} (${edges.get(from).get(cycle[i + 1])})`));
      return;
    }
    state.set(project, 'visiting');
    for (const next of edges.get(project).keys()) visit(next, [...path, project]);
    state.set(project, 'done');
  };
  for (const project of [...projects].sort()) visit(project, []);
  return cycles;
}

const projects = Object.keys(readCachedProjectGraph().nodes);
const { projectFileMap } = readFileMapCache().fileMap;
const plant = (file, target) => ({
  ...projectFileMap,
  'dossier-api': [...projectFileMap['dossier-api'], { file, hash: '', deps: [target] }],
});

let failed = 0;
const PROOFS = [
  { file: 'libs/dossier/api/src/lib/planted.ts', forbidden: 'dossier production code imports chat, which books through dossier' },
  { file: 'libs/dossier/api/src/lib/planted.integration-spec.ts', allowed: 'a dossier spec sets up data through chat' },
];
for (const proof of PROOFS) {
  const found = productionCycles(projects, plant(proof.file, 'chat-api')).length > 0;
  const ok = proof.forbidden ? found : !found;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${proof.forbidden ? `cycle reported: ${proof.forbidden}` : `no cycle: ${proof.allowed}`} (${proof.file})`,
  );
}
for (const cycle of productionCycles(projects, projectFileMap)) {
  failed++;
  console.log(`FAIL production cycle:\n     ${cycle.join('\n     ')}`);
}
if (failed) {
  console.error(`${failed} cycle check(s) failed: production code of these projects imports itself round (or the check no longer bites).`);
  process.exit(1);
}
console.log(`ok   no cycle among the production code of ${projects.length} projects`);
