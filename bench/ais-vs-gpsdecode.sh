#!/usr/bin/env bash
# Whole-process side-by-side: decode the same large NMEA file to JSON with `bolwerk ais decode`
# and with Debian's `gpsdecode -j`, both to /dev/null, in one run, and print the ratio.
#
#   bench/ais-vs-gpsdecode.sh [sentences] [fixtures|simulated]      (default 1,000,000 fixtures)
#
# fixtures: the real fixture feeds (tests/Bolwerk.Maritime.Tests/Fixtures/ais) concatenated until
# the file holds at least that many sentences (a mix of bare sentences, tag blocks and vectors).
# simulated: a shore-network-style feed from `bolwerk maritime simulate` (tag block with source
# and time on every line), cut to exactly that many lines. Needs gpsd-clients (gpsdecode); uses
# hyperfine when installed, else bash's time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want="${1:-1000000}"
source="${2:-fixtures}"
command -v gpsdecode >/dev/null || { echo "needs gpsdecode: apt-get install gpsd-clients" >&2; exit 69; }

input="${TMPDIR:-/tmp}/bolwerk-ais-bench-$source-$want.nmea"
if [ "$source" = simulated ] && [ ! -s "$input" ]; then
  # About 2,000 sentences a day per background vessel at 10 s: size the fleet for the count asked.
  vessels=$(( want / 6000 + 20 ))
  "$root/bolwerk" maritime simulate --vessels "$vessels" --instances 2 --out "$input.all" >/dev/null 2>&1
  head -n "$want" "$input.all" > "$input"
  rm -f "$input.all"
elif [ ! -s "$input" ]; then
  one="$(mktemp)"
  grep -h -E '^(\\[^\\]*\\)?!..VD[MO],' "$root"/tests/Bolwerk.Maritime.Tests/Fixtures/ais/*/*.{aivdm,log,txt,nm4,nmea,ais} 2>/dev/null | tr -d '\r' > "$one" || true
  per=$(wc -l < "$one")
  : > "$input"
  while [ "$(wc -l < "$input")" -lt "$want" ]; do cat "$one" >> "$input"; done
  rm -f "$one"
fi
sentences=$(wc -l < "$input")

"$root/bolwerk" --help >/dev/null   # builds Release once, outside the timing
bolwerk=(dotnet "$root/artifacts/bolwerk/bolwerk.dll" ais decode "$input")

echo "input: $input ($sentences sentences)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(gpsdecode -V 2>&1 | head -n 1)"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 5 --export-markdown "${TMPDIR:-/tmp}/ais-vs-gpsdecode.md" \
    -n gpsdecode "gpsdecode -j < '$input' > /dev/null" \
    -n bolwerk "${bolwerk[*]} > /dev/null 2>&1"
  cat "${TMPDIR:-/tmp}/ais-vs-gpsdecode.md"
else
  t() { local s e; s=$(date +%s.%N); "$@" > /dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
  g=$(t sh -c "gpsdecode -j < '$input'"); b=$(t "${bolwerk[@]}")
  echo "gpsdecode -j: ${g} s; bolwerk ais decode: ${b} s; bolwerk is $(echo "scale=2; $g / $b" | bc)x gpsdecode"
fi
