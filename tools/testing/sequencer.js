// The order jest starts test files in. Jest's own: failed last time first, then by duration when its
// cache knows it (longest first), otherwise by file size, "since big test files usually take longer".
// A group file (tools/testing/spec-groups.js) is a few lines that require up to six spec files, so by
// its own size it would start last, and on a clean checkout (CI has no cache) the longest group
// would keep one worker busy while the other waits. Here a group counts as the size of its specs.
const Sequencer = require('@jest/test-sequencer').default;
const { readFileSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const GROUP = /\.group-spec\.js$/;

function groupSize(file) {
  const listed = readFileSync(file, 'utf8').match(/"[^"]+\.ts"/g) ?? [];
  return listed.reduce((sum, quoted) => sum + statSync(path.join(root, JSON.parse(quoted))).size, 0);
}

class NabijSequencer extends Sequencer {
  sort(tests) {
    const sizes = new Map();
    const size = (test) => {
      if (!sizes.has(test.path))
        sizes.set(test.path, GROUP.test(test.path) ? groupSize(test.path) : (test.context.hasteFS.getSize(test.path) ?? 0));
      return sizes.get(test.path);
    };
    for (const test of tests) test.duration = this.time(test);
    return tests.sort((a, b) => {
      const failedA = this.hasFailed(a);
      if (failedA !== this.hasFailed(b)) return failedA ? -1 : 1;
      const timeA = a.duration != null;
      const timeB = b.duration != null;
      // As jest does: files without a known duration first (they may be long), then the longest.
      if (timeA !== timeB) return timeA ? 1 : -1;
      if (timeA) return b.duration - a.duration;
      return size(b) - size(a);
    });
  }
}

module.exports = NabijSequencer;
