module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/saved-objects-management',
  rootDir: __dirname,
};
