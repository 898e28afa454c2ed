module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/core-server',
  rootDir: __dirname,
};
