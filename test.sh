#!/usr/bin/env bash
# Runs the whole test suite and ends with one line: "N passed, N failed, N skipped".
#
# PostgreSQL: uses $BOLWERK_TEST_POSTGRES when set; otherwise starts a throwaway cluster with
# scripts/pg-test-cluster.sh if Debian's postgresql package is installed, and stops it after.
# Without either, the PostgreSQL variants are skipped (counted), unless BOLWERK_REQUIRE_POSTGRES=1,
# which makes them fail instead (CI sets it).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

started_pg=0
if [ -z "${BOLWERK_TEST_POSTGRES:-}" ]; then
  if exports="$(scripts/pg-test-cluster.sh start 2>/tmp/bolwerk-pg-start.log)"; then
    eval "$exports"
    started_pg=1
    echo "test.sh: started a PostgreSQL test cluster ($BOLWERK_TEST_POSTGRES)"
  else
    echo "test.sh: no PostgreSQL available ($(tail -n 1 /tmp/bolwerk-pg-start.log)); PostgreSQL tests will be skipped" >&2
  fi
fi

results="$root/TestResults/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$results"
dotnet test "$root/Bolwerk.slnx" -c Release --logger "trx;LogFilePrefix=bolwerk" --logger "console;verbosity=minimal" --results-directory "$results" "$@"
status=$?

[ "$started_pg" = 1 ] && scripts/pg-test-cluster.sh stop

# Totals from the TRX files, one per test assembly. Skipped tests count in "total" but in
# neither "passed" nor "failed", so skipped = total - passed - failed.
read -r total passed failed < <(
  cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*' | awk '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); c[kv[1]] += kv[2] } }
    END { printf "%d %d %d\n", c["total"], c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"] }')
echo "${passed:-0} passed, ${failed:-0} failed, $(( ${total:-0} - ${passed:-0} - ${failed:-0} )) skipped"

expected=$(find "$root/tests" -name '*.Tests.csproj' | wc -l)
reports=$(find "$results" -name '*.trx' | wc -l)
if [ "$reports" -lt "$expected" ]; then
  echo "test.sh: $reports test reports for $expected test projects; a test assembly did not run or report" >&2
  status=1
fi

if [ "$status" -ne 0 ] || [ "${failed:-0}" -ne 0 ] || [ "${total:-0}" -eq 0 ]; then
  exit 1
fi
