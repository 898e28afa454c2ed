/*
 * Jest settings for browser code (React + EUI) in jsdom. uuid (used by EUI) ships ESM only, so it
 * is compiled by swc like our sources.
 */
const preset = require('./preset');

module.exports = {
  ...preset,
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { customExportConditions: ['@kbn/source', 'browser'] },
  transformIgnorePatterns: ['/node_modules/(?!(uuid)/)'],
  // EUI components with user-event typing take seconds on a loaded 2-core machine.
  testTimeout: 30_000,
  setupFiles: [require.resolve('./browser_setup.js')],
};
