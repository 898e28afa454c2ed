module.exports = {
  ...require('../../tools/jest/browser_preset'),
  displayName: '@kbn/core-public',
  rootDir: __dirname,
};
