module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/licensing',
  rootDir: __dirname,
};
