#!/usr/bin/env bash
# The map page with 20,000 vessels, in Debian's Chromium: simulate 15 minutes of 20,000 vessels,
# ingest them into SQLite, serve, and measure (bench/map-20k/measure.mjs): time from login to the
# drawn picture, frame times while panning, zoom latency. Needs chromium and Node.js (npm ci in
# bench/map-20k installs playwright-core, which drives the system Chromium; no browser download).
# Usage: bench/map-20k.sh [vessels=20000]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
vessels="${1:-20000}"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
b="$root/bolwerk"
(cd "$root/bench/map-20k" && npm ci --no-audit --no-fund > /dev/null)
"$b" maritime simulate --vessels "$vessels" --hours 0.25 --instances 0 --out "$work/day.nmea" >&2
token=$("$b" users add bench --org kustwacht --role analyst -d "$work/map.db" 2> /dev/null | tail -n 1)
"$b" maritime ingest --org kustwacht -d "$work/map.db" "$work/day.nmea" >&2
"$b" serve -d "$work/map.db" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done
node "$root/bench/map-20k/measure.mjs" "http://127.0.0.1:$port" "$token"
