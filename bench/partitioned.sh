#!/usr/bin/env bash
# Partitioned ingest against the single process, side by side on one machine: the same simulated
# day (150 vessels, 12 h, about 557,000 messages) through `maritime ingest` into one database, and
# through `bolwerk ingest` (one nats-server, JetStream on disk) and WORKERS `bolwerk worker`s into
# another, timed until every partition's checkpoint has caught up with the stream. Prints one line
# per run: the seconds taken and what the command itself reported.
# Usage: bench/partitioned.sh [workers=3] [partitions=12]
# With BOLWERK_LOAD_DB_A and BOLWERK_LOAD_DB_B set to two empty PostgreSQL databases the runs use
# them instead of SQLite files. Needs nats-server (Debian nats-server).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
workers="${1:-3}"; partitions="${2:-12}"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
b="$root/bolwerk"
nats-server -a 127.0.0.1 -p "$port" -js -sd "$work/js" > "$work/nats.log" 2>&1 &
pids+=($!)
"$b" maritime simulate --vessels 150 --instances 2 --hours 12 --seed 5 --out "$work/day.nmea" >&2
single="${BOLWERK_LOAD_DB_A:-$work/single.db}"; split="${BOLWERK_LOAD_DB_B:-$work/split.db}"
for db in "$single" "$split"; do "$b" users add bench --org kustwacht -d "$db" > /dev/null 2>&1; done

start=$(date +%s.%N)
"$b" maritime ingest --org kustwacht -d "$single" "$work/day.nmea" 2> "$work/single.log"
echo "maritime ingest (one process): $(echo "$(date +%s.%N) - $start" | bc) s; $(tail -n 1 "$work/single.log")"

nats="nats://127.0.0.1:$port"
start=$(date +%s.%N)
for i in $(seq 1 "$workers"); do
  "$b" worker --nats "$nats" --partition-count "$partitions" --id "w$i" --org kustwacht -d "$split" > "$work/w$i.log" 2>&1 &
  pids+=($!)
done
"$b" ingest --nats "$nats" --partition-count "$partitions" --end-of-input "$work/day.nmea" 2> "$work/ingest.log"
published=$(echo "$(date +%s.%N) - $start" | bc)
while true; do
  # A status that fails (buckets not made yet) or lists fewer lanes is not "caught up".
  lag=$("$b" worker status --nats "$nats" --partition-count "$partitions" --json 2> /dev/null | python3 -c 'import json,sys; r=[json.loads(l) for l in sys.stdin if l.strip()]; print("no" if len(r) != '"$partitions"' + 1 else sum(x["lag"] for x in r) + sum(1 for x in r if x["stored"] == 0))' || echo no)
  [ "$lag" = "0" ] && break
  sleep 0.2
done
echo "bolwerk ingest + $workers workers ($partitions partitions): published in $published s, all stored after $(echo "$(date +%s.%N) - $start" | bc) s; $(tail -n 1 "$work/ingest.log")"
