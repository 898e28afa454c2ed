#!/usr/bin/env node
// Starts the platform from the compiled package (`npm start` builds it first).
require('../dist/cli/kibana').run(process.argv.slice(2));
