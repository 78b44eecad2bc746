#!/usr/bin/env bash
# TAXII 2.1 serving, whole process: four simulated FIMI corpora (200,000 posts each, seeds 1–4)
# exported as STIX at GREEN and imported into one collection; a server on SQLite; then
# `bolwerk taxii pull` of the whole collection by a partner (another organisation, ceiling GREEN),
# three times: the first pays for filtering the collection, later ones read the cached view.
# Prints objects stored, objects pulled, requests and wall time per pull.
# Usage: bench/taxii-pull.sh [limit-per-request=1000]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
limit="${1:-1000}"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
b="$root/bolwerk"
"$b" --help > /dev/null # build once, outside the timing
cd "$work"
collection=$("$b" taxii add-collection --alias fimi --title FIMI --org nctv --share-tlp green -d t.db)
for seed in 1 2 3 4; do
  "$b" fimi simulate --out "p$seed.jsonl" --organic-posts 200000 --organic-accounts 20000 --groups 60 --seed "$seed" > /dev/null 2>&1
  "$b" fimi export --stix --tlp green --out "f$seed.json" "p$seed.jsonl" 2> /dev/null
  "$b" stix import --collection fimi "f$seed.json" -d t.db
done
token=$("$b" users add partner --org kustwacht --role analyst -d t.db 2> /dev/null | tail -n 1)
"$b" serve -d t.db --port "$port" > serve.log 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done
for run in 1 2 3; do
  start=$(date +%s.%N)
  "$b" taxii pull "http://127.0.0.1:$port/taxii2/" --collection "$collection" --token "$token" --out pulled.json --limit "$limit" | head -n 1
  end=$(date +%s.%N)
  echo "pull $run: $(echo "$end - $start" | bc) s"
done
