module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/encrypted-saved-objects',
  rootDir: __dirname,
};
