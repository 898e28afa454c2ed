module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/task-manager',
  rootDir: __dirname,
};
