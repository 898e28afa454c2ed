#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for one test run and prints its URL:
#   eval "$(bash tools/ci/postgres.sh start)"   -> exports TEST_PG_URL and TEST_PG_DIR
#   bash tools/ci/postgres.sh stop "$TEST_PG_DIR"
# Each suite makes a database of its own on it (@kbn/test startTestPostgres).
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_owner() {
  # initdb refuses to run as root: the cluster then belongs to the postgres user.
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/kbn-ci-pg-XXXXXX)
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$dir"
    port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=300" start >/dev/null
    echo "export TEST_PG_URL=postgres://postgres@127.0.0.1:$port/postgres TEST_PG_DIR=$dir"
    ;;
  stop)
    dir="${2:?usage: postgres.sh stop <dir>}"
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres.sh start | stop <dir>" >&2
    exit 2
    ;;
esac
