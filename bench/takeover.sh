#!/usr/bin/env bash
# How long a worker takes to take over lanes that another worker ran, with and without lane
# snapshots, side by side in one sitting: the simulated day (150 vessels, 12 h, about 557,000
# messages) published to two streams on one nats-server; on each a first worker runs every lane
# to the end of the stream and stops — with `--snapshot-every` 10,000, 50,000 (the default) and 0
# (never) — then a second worker takes all thirteen lanes over. Prints, per variant,
# the seconds from the second worker's start until every lane logged "replay done" (its state
# rebuilt: restored from the snapshot and replayed to the checkpoint, or replayed from the first
# message), the time each lane took from "taken" to "replay done", and the snapshots' sizes.
# A lane whose snapshot is at its checkpoint has nothing to replay and counts as rebuilt at its
# first fetch. Usage: bench/takeover.sh   (needs nats-server, Debian nats-server)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
pids=()
# BOLWERK_BENCH_KEEP=1 keeps the work directory (logs, databases) and prints where it is.
trap 'kill "${pids[@]}" 2>/dev/null || true; if [ -n "${BOLWERK_BENCH_KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi' EXIT
b="$root/bolwerk"
nats-server -a 127.0.0.1 -p "$port" -js -sd "$work/js" > "$work/nats.log" 2>&1 &
pids+=($!)
nats="nats://127.0.0.1:$port"
"$b" maritime simulate --vessels 150 --instances 2 --hours 12 --seed 5 --out "$work/day.nmea" >&2

caught_up() { # stream: true when every lane's checkpoint has reached the stream
  "$b" worker status --nats "$nats" --stream "$1" --json 2> /dev/null | python3 -c 'import json,sys; r=[json.loads(l) for l in sys.stdin if l.strip()]; print("no" if len(r) != 13 else sum(x["lag"] for x in r) + sum(1 for x in r if x["stored"] == 0))' || echo no
}

for variant in SNAP10K:10000 SNAP50K:50000 NOSNAP:0; do
  stream="${variant%%:*}"; every="${variant##*:}"; db="$work/$stream.db"
  "$b" users add bench --org kustwacht -d "$db" > /dev/null 2>&1
  "$b" ingest --nats "$nats" --stream "$stream" --end-of-input "$work/day.nmea" 2> "$work/$stream-ingest.log"
  "$b" worker --nats "$nats" --stream "$stream" --id first --org kustwacht -d "$db" --snapshot-every "$every" > "$work/$stream-first.log" 2>&1 &
  first=$!
  until [ "$(caught_up "$stream")" = "0" ]; do sleep 0.5; done
  kill -TERM "$first"; wait "$first" || true
  sleep 6 # the first worker's leases lapse
  start=$(date +%s.%N)
  "$b" worker --nats "$nats" --stream "$stream" --id second --org kustwacht -d "$db" --snapshot-every "$every" > "$work/$stream-second.log" 2>&1 &
  second=$!
  until [ "$(grep -c 'replay done' "$work/$stream-second.log")" -ge 13 ]; do sleep 0.1; done
  took=$(echo "$(date +%s.%N) - $start" | bc)
  kill -TERM "$second"; wait "$second" || true
  sizes=$("$b" worker status --nats "$nats" --stream "$stream" --json | python3 -c 'import json,sys; r=[json.loads(l) for l in sys.stdin]; s=[x["snapshotBytes"] or 0 for x in r]; print(f"snapshots {sum(1 for x in s if x)} of 13, pairs lane {s[-1]/1024:.0f} KiB, partitions {sum(s[:-1])/1024:.0f} KiB in all")')
  echo "--snapshot-every $every: second worker rebuilt all 13 lanes in $took s; $sizes"
  # Per lane, from "taken" to "replay done" (the log's own times): the pairs lane and the slowest partition.
  python3 - "$work/$stream-second.log" <<'PY'
import re, sys
from datetime import datetime
taken, done = {}, {}
for line in open(sys.argv[1]):
    m = re.match(r"(\d\d:\d\d:\d\d\.\d+) worker \S+: (\S+): (taken|replay done)", line)
    if m:
        t = datetime.strptime(m.group(1), "%H:%M:%S.%f")
        (taken if m.group(3) == "taken" else done)[m.group(2)] = t
spans = {lane: (done[lane] - taken[lane]).total_seconds() for lane in done if lane in taken}
partitions = [v for k, v in spans.items() if k != "pairs"]
print(f"  pairs lane rebuilt in {spans.get('pairs', float('nan')):.2f} s; slowest partition {max(partitions):.2f} s, median {sorted(partitions)[len(partitions) // 2]:.2f} s")
PY
done
