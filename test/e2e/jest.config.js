module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/e2e',
  rootDir: __dirname,
  // Each suite starts a real server and a browser; one at a time on a 2-core machine.
  maxWorkers: 1,
  testTimeout: 60_000,
};
