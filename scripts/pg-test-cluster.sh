#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL cluster owned by the test run, on a loopback port.
#
#   eval "$(scripts/pg-test-cluster.sh start)"   # prints export lines for BOLWERK_TEST_POSTGRES
#   scripts/pg-test-cluster.sh stop
#
# Needs Debian's postgresql package (initdb, pg_ctl). As root, the cluster runs as the
# 'postgres' system user, because PostgreSQL refuses to run as root.
set -euo pipefail

dir="${BOLWERK_PG_DIR:-${TMPDIR:-/tmp}/bolwerk-test-pg}"
port="${BOLWERK_PG_PORT:-55432}"

bindir() {
  local initdb
  initdb=$(command -v initdb 2>/dev/null || ls -1 /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$initdb" ] || { echo "pg-test-cluster: no initdb found; install Debian's postgresql package" >&2; exit 3; }
  dirname "$(readlink -f "$initdb")"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    bin=$(bindir)
    # The schema needs PostGIS (migration 0011): without it the cluster would only fail the tests.
    share=$("$bin/pg_config" --sharedir 2>/dev/null || echo "/usr/share/postgresql/$(basename "$(dirname "$bin")")")
    [ -f "$share/extension/postgis.control" ] || { echo "pg-test-cluster: PostGIS is not installed for this PostgreSQL (Debian: postgresql-$(basename "$(dirname "$bin")")-postgis-3)" >&2; exit 3; }
    if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      : # already running: reuse it
    else
      rm -rf "$dir"
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
      as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
      as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    fi
    echo "export BOLWERK_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
    ;;
  stop)
    bin=$(bindir)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
