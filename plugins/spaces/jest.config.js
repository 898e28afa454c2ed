module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/spaces',
  rootDir: __dirname,
};
