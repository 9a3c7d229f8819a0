// Jest's node environment, plus: when a test file ends, however it ended,
// the directories test-support/tmp.ts made for it are removed.
const fs = require('node:fs');
const { TestEnvironment } = require('jest-environment-node');

class CleaningEnvironment extends TestEnvironment {
  async teardown() {
    for (const dir of this.global.__crateCacheTempDirs?.splice(0) ?? []) fs.rmSync(dir, { recursive: true, force: true });
    await super.teardown();
  }
}

module.exports = CleaningEnvironment;
