module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/generators',
  rootDir: __dirname,
  // The end-to-end tests run a generated package's own jest and tsc in a child process.
  testTimeout: 60_000,
};
