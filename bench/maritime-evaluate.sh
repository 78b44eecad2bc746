#!/usr/bin/env bash
# Scores the maritime watch on simulated days: for each seed, simulate a labelled 24-hour Baltic
# day, run `maritime detect` over it with the shipped layers and the simulated watch list, and
# print `maritime evaluate`. Results are recorded in docs/detection.md.
#   bench/maritime-evaluate.sh [instances-per-kind] [seed …]      (default: 20 instances, seeds 1 2 3 4 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
instances="${1:-20}"
shift || true
seeds=("${@:-1 2 3 4 5}")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
layers=()
for layer in "$root"/data/maritime/infrastructure/baltic/*.geojson; do layers+=(--assets "$layer"); done
for seed in ${seeds[@]}; do
  echo "== seed $seed, $instances instances of each behaviour and confounder"
  "$root/bolwerk" maritime simulate --seed "$seed" --instances "$instances" --out "$work/day.nmea" --labels "$work/labels.jsonl" --watchlist-out "$work/watch.csv"
  /usr/bin/time -f "detect: %e s wall, %M KB max RSS" "$root/bolwerk" maritime detect "${layers[@]}" --watchlist "$work/watch.csv" --format jsonl "$work/day.nmea" > "$work/alerts.jsonl"
  "$root/bolwerk" maritime evaluate --labels "$work/labels.jsonl" "$work/alerts.jsonl"
done
