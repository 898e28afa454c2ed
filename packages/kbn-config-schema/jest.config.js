module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/config-schema',
  rootDir: __dirname,
};
