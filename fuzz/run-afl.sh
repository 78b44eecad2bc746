#!/usr/bin/env bash
# Coverage-guided fuzzing of a parser of untrusted input: SharpFuzz instruments the assembly that
# holds the parser, AFL++ mutates inputs seeded from the repository's real fixtures. Runs until
# Ctrl+C or for SECONDS.
#
#   fuzz/run-afl.sh                 # the AIS decoder until Ctrl+C
#   fuzz/run-afl.sh stix 600        # the STIX importer for ten minutes
#   fuzz/run-afl.sh all 300         # every target, five minutes each
#
# Targets: ais, geojson, sanctions, stix, posts (fuzz/Bolwerk.Fuzz/FuzzTargets.cs). Needs Debian's
# afl++. Findings (crashing inputs) land in artifacts/fuzz/TARGET/findings/default/crashes/;
# replay one with  dotnet artifacts/fuzz/bin/Bolwerk.Fuzz.dll TARGET < that-file
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/fuzz"
target="${1:-ais}"
seconds="${2:-}"
command -v afl-fuzz >/dev/null || { echo "needs afl++: apt-get install afl++" >&2; exit 69; }

if [ "$target" = all ]; then
  for t in ais geojson sanctions stix posts observation; do "$0" "$t" "${seconds:-300}"; done
  exit 0
fi

case "$target" in
  ais) assembly=Bolwerk.Maritime.dll ;;
  geojson) assembly=Bolwerk.Maritime.dll ;;
  sanctions) assembly=Bolwerk.Sanctions.dll ;;
  stix) assembly=Bolwerk.Core.dll ;;
  posts) assembly=Bolwerk.Information.dll ;;
  observation) assembly=Bolwerk.Maritime.dll ;;
  *) echo "unknown target '$target' (ais, geojson, sanctions, stix, posts, observation, all)" >&2; exit 64 ;;
esac

dotnet tool install --tool-path "$out/tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null 2>&1 || true
if [ ! -f "$out/bin/.instrumented-$target" ]; then
  rm -rf "$out/bin"
  dotnet publish "$root/fuzz/Bolwerk.Fuzz/Bolwerk.Fuzz.csproj" -c Release -o "$out/bin" --nologo -v quiet
  "$out/tools/sharpfuzz" "$out/bin/$assembly"
  touch "$out/bin/.instrumented-$target"
fi

# Seed corpus: small real inputs of the target's kind, from the repository's fixtures.
corpus="$out/$target/corpus"
rm -rf "$corpus" && mkdir -p "$corpus"
i=0
seed() { head -c "${2:-4000}" "$1" > "$corpus/seed-$i"; i=$((i + 1)); }
fixtures="$root/tests"
case "$target" in
  ais)
    for f in "$fixtures"/Bolwerk.Maritime.Tests/Fixtures/ais/*/*; do
      case "$f" in *.json|*.md|*LICENSE*|*COPYING*) continue ;; esac
      seed "$f" 2000
    done ;;
  geojson)
    for f in "$fixtures"/Bolwerk.Maritime.Tests/Fixtures/infrastructure/*.geojson; do seed "$f" 100000000; done
    # Small valid layers: the first features of the shipped ones, closed again.
    for f in "$root"/data/maritime/infrastructure/baltic/*.geojson; do
      python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["features"]=d["features"][:2]; print(json.dumps(d))' "$f" > "$corpus/seed-$i"; i=$((i + 1))
    done ;;
  sanctions)
    for f in "$fixtures"/Bolwerk.Sanctions.Tests/Fixtures/lists/schema_built/* "$fixtures"/Bolwerk.Sanctions.Tests/Fixtures/lists/ofac_sdn_xml/sdn_sample.xml; do seed "$f" 100000000; done
    head -n 20 "$fixtures"/Bolwerk.Sanctions.Tests/Fixtures/lists/ofac_sdn_csv_2021/sdn.csv > "$corpus/seed-$i"; i=$((i + 1))
    head -n 20 "$fixtures"/Bolwerk.Maritime.Tests/Fixtures/watchlists/eu_annex_xlii_designated_vessels_2025-10-23.csv > "$corpus/seed-$i"; i=$((i + 1))
    # The UN list's first two individuals, closed again.
    awk '/<\/INDIVIDUAL>/ { n++ } { print } n == 2 { exit }' "$fixtures"/Bolwerk.Sanctions.Tests/Fixtures/lists/UN_consolidated_2026-02-27.xml > "$corpus/seed-$i"
    printf '</INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>\n' >> "$corpus/seed-$i"; i=$((i + 1)) ;;
  stix)
    for f in "$fixtures"/Bolwerk.Testing/Stix/examples/*.json; do [ "$(wc -c < "$f")" -lt 6000 ] && seed "$f" 100000000; done ;;
  observation)
    for f in "$fixtures"/Bolwerk.Maritime.Tests/Fixtures/observations/*.bin; do seed "$f"; done ;;
  posts)
    head -n 30 "$fixtures"/Bolwerk.Information.Tests/Fixtures/qut_cnt/sample_data.csv > "$corpus/seed-$i"; i=$((i + 1))
    head -n 30 "$fixtures"/Bolwerk.Information.Tests/Fixtures/coortweet/russian_coord_tweets.csv > "$corpus/seed-$i"; i=$((i + 1))
    printf '{"id":"1","account":"a","time":"2026-10-01T00:00:00Z","text":"hallo","urls":["https://example.org/x?utm_source=y"]}\n{"id":"2","account":"b","time":"2026-10-01T00:00:05Z","sharedId":"1"}\n' > "$corpus/seed-$i"; i=$((i + 1)) ;;
esac

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_AUTORESUME=1
timeout_args=()
[ -n "$seconds" ] && timeout_args=(-V "$seconds")
afl-fuzz "${timeout_args[@]}" -i "$corpus" -o "$out/$target/findings" -t 10000 -m none -- dotnet "$out/bin/Bolwerk.Fuzz.dll" "$target"
