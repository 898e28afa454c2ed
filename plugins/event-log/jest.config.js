module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/event-log',
  rootDir: __dirname,
};
