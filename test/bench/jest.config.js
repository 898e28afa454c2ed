module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/bench',
  rootDir: __dirname,
};
