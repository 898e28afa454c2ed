// Adds up the jest results every project wrote (test-results.json) into the run's closing line.
// Exits non-zero when no test ran at all, so an empty run never looks green.
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ['packages', 'plugins', 'tools', 'test']) {
  if (!existsSync(join(root, group))) continue;
  for (const project of readdirSync(join(root, group))) {
    const file = join(root, group, project, 'test-results.json');
    if (!existsSync(file)) continue;
    const results = JSON.parse(readFileSync(file, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    skipped += results.numPendingTests + results.numTodoTests;
    // A suite that failed to run (syntax error, failing hook) has no failed tests of its own.
    failed += results.numRuntimeErrorTestSuites;
  }
}
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(passed === 0 || failed > 0 ? 1 : 0);
