#!/usr/bin/env bash
# `npm test`: every project's build, typecheck, lint and tests (jest), on SQLite and on a PostgreSQL
# cluster started for the run. Ends with one line: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false
# Nx keeps a cache per machine (~/.nx): in CI every task runs for real.
if [ -n "${CI:-}" ]; then export NX_SKIP_NX_CACHE=true; fi

bash tools/ci/system_deps.sh || exit 1
eval "$(bash tools/ci/postgres.sh start)" || exit 1
trap 'bash tools/ci/postgres.sh stop "$TEST_PG_DIR"' EXIT

rm -f {packages,plugins,tools,test}/*/test-results.json

status=0
npx nx run-many -t build typecheck lint --output-style=static || status=1
if [ $status -eq 0 ]; then
  npx nx run-many -t test --output-style=static -- --json --outputFile=test-results.json || status=1
fi
node tools/ci/summarize_tests.js || status=1
exit $status
