// `npm test` runs the API's integration specs and the portal's specs in groups: one jest test file
// per group of up to GROUP_SIZE spec files of one project (apps/api, a lib's api or portal,
// migrations, the portal app), which requires them one after the other in one module registry. A
// jest test file pays for loading NestJS, TypeORM and our libs (or Angular) into a fresh registry
// (1.3–1.5 s of CPU for an API spec on a 2-core machine); 151 API files paid it 151 times. Measured
// on 14 files of messages and dossier (in band): 36.0 s and 32.8 s of CPU one by one, 20.8 s and
// 13.9 s of CPU as one group, the same 122 tests passing.
//
// jest.config.ts calls writeSpecGroups() when NABIJ_SPEC_GROUPS=1 (`npm test` sets it). The group
// files are written to tmp/spec-groups (ignored by git, lint and prettier) on every such start,
// from the spec files on disk, so a new spec file is always in a group and a removed one never.
// Without the setting (`npx jest <file>`, the editor, each-test-alone.mjs) every spec file runs on
// its own, exactly as before. See spec-group.js for what a group does to keep its specs apart.
const { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { globsToMatcher } = require('jest-util');

const root = path.resolve(__dirname, '../..');
const OUT = path.join(root, 'tmp/spec-groups');
/** Small enough that the two workers share the groups evenly, large enough to save the loading. */
const GROUP_SIZE = 6;

/** The jest test files of the groups, per kind (jest.config.ts puts them in the projects' testMatch). */
const SPEC_GROUP_FILES = {
  api: '<rootDir>/tmp/spec-groups/api/*.group-spec.js',
  portal: '<rootDir>/tmp/spec-groups/portal/*.group-spec.js',
};

/**
 * What runs in groups. Specs in `alone` run as a group of their own:
 * - API: nestjs-pino keeps one root logger per module registry, made by the first app that logs, so
 *   a spec that reads the log lines (it replaces LOG_DESTINATION) must be that first app, and its
 *   info-level destination must not collect the next specs' logs.
 * - Portal: `jest.mock` replaces a module for the whole registry, so the next specs would get it.
 * Write `spec-group: alone` in a spec for any other reason to run it alone.
 */
const ALONE = { api: /LOG_DESTINATION|spec-group: alone/, portal: /jest\.mock\(|spec-group: alone/ };

/** Every spec file under apps/, libs/ and migrations/ (absolute paths), in path order. */
function specFiles() {
  const found = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('spec.ts')) found.push(full);
    }
  };
  for (const dir of ['apps', 'libs', 'migrations']) walk(path.join(root, dir));
  return found.sort();
}

/** The project a spec belongs to: `libs/<domain>/<part>`, `apps/<app>` or `migrations`. */
function projectOf(file) {
  const parts = path.relative(root, file).split(path.sep);
  return parts.slice(0, parts[0] === 'libs' ? 3 : parts[0] === 'apps' ? 2 : 1).join('-');
}

/**
 * Writes the group files (tmp/spec-groups/<kind>/) of the spec files these testMatch globs find, per
 * kind; removes an earlier start's.
 */
function writeSpecGroups(specs) {
  rmSync(OUT, { recursive: true, force: true });
  const files = specFiles();
  for (const [kind, globs] of Object.entries(specs)) {
    mkdirSync(path.join(OUT, kind), { recursive: true });
    // jest's own matcher for its testMatch, so the groups hold exactly what jest runs without them.
    const matches = globsToMatcher(globs.map((glob) => glob.replace('<rootDir>', root)));
    const byProject = new Map();
    for (const file of files.filter(matches)) {
      const project = projectOf(file);
      byProject.set(project, [...(byProject.get(project) ?? []), path.relative(root, file).split(path.sep).join('/')]);
    }
    for (const [project, all] of byProject) {
      const alone = all.filter((file) => ALONE[kind].test(readFileSync(path.join(root, file), 'utf8')));
      const specs = all.filter((file) => !alone.includes(file));
      const count = Math.ceil(specs.length / GROUP_SIZE);
      // Every count-th file, so each group gets a mix of a project's short and long specs.
      const groups = [...Array.from({ length: count }, (_, g) => specs.filter((_, i) => i % count === g)), ...alone.map((file) => [file])];
      for (const [g, listed] of groups.entries()) {
        const file = path.join(OUT, kind, `${project}-${g + 1}.group-spec.js`);
        writeFileSync(
          file,
          `// Written by tools/testing/spec-groups.js for \`npm test\`; not edited, not committed.\n` +
            `require('../../../tools/testing/spec-group').runSpecGroup(${JSON.stringify(listed, null, 2)});\n`,
        );
      }
    }
  }
}

module.exports = { writeSpecGroups, SPEC_GROUP_FILES };
