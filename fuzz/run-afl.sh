#!/usr/bin/env bash
# Coverage-guided fuzzing of the AIS decoder: SharpFuzz instruments Bolwerk.Maritime.dll, AFL++
# mutates inputs seeded with the real fixture feeds. Runs until Ctrl+C or for $1 seconds.
#
#   fuzz/run-afl.sh            # until Ctrl+C
#   fuzz/run-afl.sh 3600       # one hour
#
# Needs Debian's afl++ (apt-get install afl++). Findings (crashing inputs) land in
# artifacts/fuzz/findings/default/crashes/; replay one with
#   dotnet artifacts/fuzz/bin/Bolwerk.Fuzz.dll < that-file
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/fuzz"
command -v afl-fuzz >/dev/null || { echo "needs afl++: apt-get install afl++" >&2; exit 69; }

dotnet tool install --tool-path "$out/tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null 2>&1 || true
dotnet publish "$root/fuzz/Bolwerk.Fuzz/Bolwerk.Fuzz.csproj" -c Release -o "$out/bin" --nologo -v quiet
"$out/tools/sharpfuzz" "$out/bin/Bolwerk.Maritime.dll"

# Seed corpus: small slices of every real fixture feed.
rm -rf "$out/corpus" && mkdir -p "$out/corpus"
i=0
for f in "$root"/tests/Bolwerk.Maritime.Tests/Fixtures/ais/*/*; do
  case "$f" in *.json|*.md|*LICENSE*|*COPYING*) continue ;; esac
  head -c 2000 "$f" > "$out/corpus/seed-$i"; i=$((i + 1))
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_AUTORESUME=1
timeout_args=()
[ -n "${1:-}" ] && timeout_args=(-V "$1")
afl-fuzz "${timeout_args[@]}" -i "$out/corpus" -o "$out/findings" -t 10000 -m none -- dotnet "$out/bin/Bolwerk.Fuzz.dll"
