// Prints one plain closing line ("tests: N passed, N failed") that any CI log reader understands,
// then the slowest test files, so every CI log shows where the run's time goes.
const path = require('node:path');

const SLOWEST = 15;

/** The test files that took longest (wall-clock seconds from start to end), slowest first. */
function slowestSuites(testResults, rootDir, count = SLOWEST) {
  return testResults
    .filter((r) => r.perfStats && r.perfStats.end > 0 && r.perfStats.start > 0)
    .map((r) => ({ file: path.relative(rootDir, r.testFilePath), seconds: (r.perfStats.end - r.perfStats.start) / 1000 }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count);
}

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = (globalConfig && globalConfig.rootDir) || process.cwd();
  }

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    console.log(`\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
    const slowest = slowestSuites(results.testResults, this.rootDir);
    if (slowest.length < 2) return;
    console.log(`slowest ${slowest.length} test files (seconds):`);
    for (const { file, seconds } of slowest) console.log(`${seconds.toFixed(1).padStart(8)}  ${file}`);
  }
}

module.exports = SummaryReporter;
module.exports.slowestSuites = slowestSuites;
