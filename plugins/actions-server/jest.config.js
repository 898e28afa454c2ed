module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/actions-server',
  rootDir: __dirname,
};
