// One group of integration spec files (see spec-groups.js), run in one jest module registry.
//
// Each spec file runs inside a describe named after its path, so its top-level beforeAll/afterAll
// hooks (its app and its database) belong to it alone, and a failure names the file. After each
// file every spy is restored, so a prototype spy a spec forgot cannot reach the next file. The specs
// still share the modules they load: that sharing is the point (NestJS and TypeORM load once), and it
// is what one API process does in production too, where every module is loaded once.
/* global describe, afterAll, jest */
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

function runSpecGroup(files) {
  for (const file of files) {
    describe(file, () => {
      require(path.join(root, file));
      afterAll(() => jest.restoreAllMocks());
    });
  }
}

module.exports = { runSpecGroup };
