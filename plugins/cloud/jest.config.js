module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/cloud',
  rootDir: __dirname,
};
