#!/usr/bin/env bash
# Bulk screening, whole process: 100,000 people on no list (the yente synthetic negatives,
# name + birth date + nationality) screened against the UN, OFAC SDN and EU Annex XLII lists
# from the test fixtures, as `bolwerk sanctions screen --queries` runs it (parallel on every core,
# results in input order). Prints the wall time, the rows written and how many had a match.
# Usage: bench/sanctions-bulk.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$root/tests/Bolwerk.Sanctions.Tests/Fixtures"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# id,name,schema,country,birthDate from the two 50,000-row files.
{
  echo "id,name,schema,country,birthDate"
  for f in global us; do
    gzip -dc "$fixtures/eval/candgen_negatives_$f.csv.gz" | python3 -c '
import csv, sys
rows = csv.reader(sys.stdin); next(rows)
out = csv.writer(sys.stdout, lineterminator="\n")
for i, r in enumerate(rows):
    out.writerow([f"'"$f"'-{i}", r[0], "Person", r[7], r[5]])'
  done
} > "$work/queries.csv"

"$root/bolwerk" --help > /dev/null # build once, outside the timing
start=$(date +%s.%N)
"$root/bolwerk" sanctions screen \
  --list "$fixtures/lists/UN_consolidated_2026-02-27.xml" \
  --list "$fixtures/lists/ofac_sdn_csv_2021/sdn.csv" \
  --list "$root/tests/Bolwerk.Maritime.Tests/Fixtures/watchlists/eu_annex_xlii_designated_vessels_2025-10-23.csv" \
  --queries "$work/queries.csv" > "$work/results.jsonl"
end=$(date +%s.%N)
rows=$(wc -l < "$work/results.jsonl")
hits=$(grep -vc '"matches":\[\]' "$work/results.jsonl" || true)
echo "rows $(($(wc -l < "$work/queries.csv") - 1)) results $rows with-a-match $hits seconds $(echo "$end - $start" | bc) cores $(nproc)"
