module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/actions-common',
  rootDir: __dirname,
};
