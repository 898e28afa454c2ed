module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/api-integration',
  rootDir: __dirname,
  // Each suite starts real servers; one at a time keeps ports and the 2-core machine calm.
  maxWorkers: 1,
  testTimeout: 30_000,
};
