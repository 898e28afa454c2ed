module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/test',
  rootDir: __dirname,
};
