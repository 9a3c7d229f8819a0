// Jest reporter: one line per finished test file (status, time, counts and
// how far the run is), and the failure messages of a file that failed.
// Console output of passing files is left out; run one file with Jest's
// default reporter to see it.
const path = require('node:path');

class ProgressReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.lane = process.env.CC_TEST_LANE ? `${process.env.CC_TEST_LANE} ` : '';
    this.done = 0;
    this.total = 0;
  }

  onRunStart(results) {
    this.total = results.numTotalTestSuites;
  }

  onTestFileResult(test, r) {
    this.done += 1;
    const failed = r.numFailingTests > 0 || Boolean(r.testExecError);
    const secs = ((r.perfStats.end - r.perfStats.start) / 1000).toFixed(1);
    const counts = [`${r.numPassingTests} passed`];
    if (r.numFailingTests) counts.push(`${r.numFailingTests} failed`);
    if (r.numPendingTests) counts.push(`${r.numPendingTests} skipped`);
    const file = path.relative(this.rootDir, test.path);
    process.stderr.write(`${failed ? 'FAIL' : 'PASS'} ${file} (${secs} s, ${counts.join(', ')}) [${this.lane}${this.done}/${this.total}]\n`);
    if (failed) process.stderr.write(`${r.failureMessage || r.testExecError?.stack || r.testExecError?.message || ''}\n`);
  }

  getLastError() {
    return undefined;
  }
}

module.exports = ProgressReporter;
