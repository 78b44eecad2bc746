#!/usr/bin/env bash
# Ranks every staged anchor-drag and loitering culprit of simulated days with `maritime forensics`
# (fault time = the middle of the staged episode, the staged asset, --window 12h) and counts how
# often the culprit is first and in the top 3 — overall, and among the vessels that are not
# themselves staged at an asset (another drag, loiterer or dark crossing on the same cable the
# same day outranks nobody innocent). Days are ingested once and queried with --stored.
#   bench/forensics-evaluate.sh [instances-per-kind] [seed …]      (default: 20 instances, seeds 1 2 3 4 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
instances="${1:-20}"
shift || true
seeds=("${@:-1 2 3 4 5}")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
layers=()
for layer in "$root"/data/maritime/infrastructure/baltic/*.geojson; do layers+=(--assets "$layer"); done
first=0; top3=0; total=0; firstInnocent=0; top3Innocent=0
for seed in ${seeds[@]}; do
  db="$work/day-$seed.db"
  "$root/bolwerk" maritime simulate --seed "$seed" --instances "$instances" --out "$work/day.nmea" --labels "$work/labels.jsonl" --watchlist-out "$work/watch.csv" 2>/dev/null
  "$root/bolwerk" users add eval --org kustwacht -d "$db" >/dev/null 2>&1
  "$root/bolwerk" maritime ingest -d "$db" --org kustwacht "${layers[@]}" --watchlist "$work/watch.csv" "$work/day.nmea" 2>/dev/null
  while IFS=$'\t' read -r mmsi asset at variant; do
    read -r rank innocent count < <("$root/bolwerk" maritime forensics -d "$db" --stored "${layers[@]}" --asset "$asset" --at "$at" --window 12h --format jsonl 2>/dev/null \
      | python3 -c "
import sys,json
staged={json.loads(l)['mmsi'] for l in open('$work/labels.jsonl') if json.loads(l).get('kind') in ('anchor-drag','infrastructure-loitering','ais-gap') and 'assetId' in json.loads(l)}
r=[json.loads(l) for l in sys.stdin]
me=next((c for c in r if c['mmsi']==$mmsi), None)
if me is None: print('missing missing', len(r))
else: print(me['rank'], 1+sum(1 for c in r if c['rank']<me['rank'] and c['mmsi'] not in staged), len(r))")
    echo "seed $seed $variant $mmsi at $asset $at: rank $rank of $count, $innocent among vessels not staged at an asset"
    total=$((total + 1))
    [ "$rank" = 1 ] && first=$((first + 1))
    [ "$rank" != missing ] && [ "$rank" -le 3 ] && top3=$((top3 + 1))
    [ "$innocent" = 1 ] && firstInnocent=$((firstInnocent + 1))
    [ "$innocent" != missing ] && [ "$innocent" -le 3 ] && top3Innocent=$((top3Innocent + 1))
  done < <(python3 -c "
import json,datetime
for line in open('$work/labels.jsonl'):
    l=json.loads(line)
    if l['kind'] in ('anchor-drag','infrastructure-loitering') and 'assetId' in l:
        s=datetime.datetime.fromisoformat(l['start'].replace('Z','+00:00')); e=datetime.datetime.fromisoformat(l['end'].replace('Z','+00:00'))
        print(l['mmsi'], l['assetId'], (s+(e-s)/2).strftime('%Y-%m-%dT%H:%M:%SZ'), l['kind']+'/'+l['variant'], sep='\t')")
done
echo "culprit first in $first of $total queries, in the top 3 in $top3; among vessels not staged at an asset: first in $firstInnocent, top 3 in $top3Innocent"
