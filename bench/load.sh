#!/usr/bin/env bash
# Load on `bolwerk serve` on loopback while AIS arrives live: CLIENTS concurrent readers of the main
# endpoints (alerts, picture, near, cases, strategy status, me), SSE listeners on the alert stream,
# and `maritime ingest tcp://` fed at RATE lines a second by the load generator (bench/Bolwerk.Load).
# Prints the generator's JSON (throughput, p50/p99 per endpoint, failures, SSE events, feed rate)
# and the server's and the ingest's peak resident memory.
# Usage: bench/load.sh [clients=200] [seconds=60] [rate=2000] [sse=20]
# With BOLWERK_LOAD_DB set to an empty PostgreSQL database's connection string the run uses it
# instead of a SQLite file in a temporary directory.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
clients="${1:-200}"; seconds="${2:-60}"; rate="${3:-2000}"; sse="${4:-20}"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000)); feed=$((port + 1))
server=""; ingest=""
trap 'kill $server $ingest 2>/dev/null || true; rm -rf "$work"' EXIT
b="$root/bolwerk"
dotnet build "$root/bench/Bolwerk.Load" -c Release -v quiet --nologo > /dev/null
# A day already stored (6 h of 300 vessels with staged behaviours) and, for the live feed, another
# day of 2,000 vessels (its positions are all new to the database).
"$b" maritime simulate --vessels 300 --hours 6 --instances 1 --out "$work/day.nmea" >&2
"$b" maritime simulate --vessels 2000 --hours 2 --instances 2 --seed 11 --start 2026-03-02T00:00:00Z --out "$work/live.nmea" >&2
db="${BOLWERK_LOAD_DB:-$work/load.db}"
token=$("$b" users add load --org kustwacht --role analyst -d "$db" 2> /dev/null | tail -n 1)
"$b" maritime ingest --org kustwacht -d "$db" "$work/day.nmea" >&2
"$b" serve -d "$db" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done

dotnet "$root/bench/Bolwerk.Load/bin/Release/net10.0/Bolwerk.Load.dll" "http://127.0.0.1:$port" "$token" "$clients" "$sse" "$seconds" "$work/live.nmea" "$feed" "$rate" > "$work/result.json" &
load=$!
sleep 1
"$b" maritime ingest --org kustwacht -d "$db" "tcp://127.0.0.1:$feed" > "$work/ingest.log" 2>&1 &
ingest=$!

peak() { awk '/VmHWM/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
server_peak=0; ingest_peak=0
while kill -0 "$load" 2>/dev/null; do
  s=$(peak "$server"); i=$(peak "$ingest")
  [ "${s:-0}" -gt "$server_peak" ] && server_peak=$s
  [ "${i:-0}" -gt "$ingest_peak" ] && ingest_peak=$i
  sleep 1
done
status=0; wait "$load" || status=$?
cat "$work/result.json"
echo "{\"serverPeakRssMb\": $((server_peak / 1024)), \"ingestPeakRssMb\": $((ingest_peak / 1024))}"
grep -i "error\|exception" "$work/serve.log" | head -5 || true
exit $status
