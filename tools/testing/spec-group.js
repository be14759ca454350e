// One group of spec files (see spec-groups.js), run in one jest module registry.
//
// Each spec file runs inside a describe named after its path, so its top-level hooks (an API spec's
// app and database) belong to it alone, and a failure names the file. After each file, what a fresh
// jest test file would start without is put back: spies restored, real timers, and in the portal's
// jsdom empty storage, an empty page at http://localhost/ and a bare <html>. The specs still share the
// modules they load: that is the point (NestJS, TypeORM or Angular load once), and it is what one API
// process or one browser tab does too, where every module is loaded once.
/* global describe, afterAll, jest, document, history */
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

function freshPage() {
  if (typeof document === 'undefined') return;
  localStorage.clear();
  sessionStorage.clear();
  for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
  document.title = '';
  history.replaceState(null, '', 'http://localhost/');
}

function runSpecGroup(files) {
  for (const file of files) {
    describe(file, () => {
      require(path.join(root, file));
      afterAll(() => {
        jest.restoreAllMocks();
        jest.useRealTimers();
        freshPage();
      });
    });
  }
}

module.exports = { runSpecGroup };
