module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/saved-objects-import-export',
  rootDir: __dirname,
};
