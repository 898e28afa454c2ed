module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/connector-sdk',
  rootDir: __dirname,
};
