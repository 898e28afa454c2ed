module.exports = {
  ...require('../../tools/jest/browser_preset'),
  displayName: '@kbn/actions-public',
  rootDir: __dirname,
};
