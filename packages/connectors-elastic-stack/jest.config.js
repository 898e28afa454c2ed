module.exports = {
  ...require('../../tools/jest/preset'),
  displayName: '@kbn/connectors-elastic-stack',
  rootDir: __dirname,
  // Core loads plugins by package name; until `npm install` links this package into node_modules,
  // the tests' servers find it here (harmless once it is linked).
  moduleNameMapper: { '^@kbn/connectors-elastic-stack/(server|common|public)$': '<rootDir>/src/$1/index.ts' },
};
