#!/usr/bin/env bash
# Co-retweet detection, whole process, side by side with the QUT coordination-network-toolkit on
# the same input: a simulated corpus (bolwerk fimi simulate, N organic posts) written in the
# toolkit's CSV shape; both compute co-retweet edges at a 60 s window, minimum weight 1.
# Prints wall time and peak memory of each, and whether the account-pair sets are equal.
# Needs python3 with networkx and regex, and the toolkit's source in $QUT_CNT_DIR
# (QUT-Digital-Observatory/coordination-network-toolkit; twarc is stubbed: only CSV input is used).
# Usage: QUT_CNT_DIR=/path/to/toolkit bench/fimi-vs-qut.sh [N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
: "${QUT_CNT_DIR:?set QUT_CNT_DIR to the source directory of the toolkit}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/stubs/twarc"
printf 'def ensure_flattened(x):\n    return x\n' > "$work/stubs/twarc/__init__.py"
printf 'class Twarc2:\n    pass\n' > "$work/stubs/twarc/client2.py"

"$root/bolwerk" fimi simulate --organic-posts "$n" --organic-accounts $((n / 10)) --groups 50 --out "$work/posts.jsonl" 2>/dev/null
python3 - "$work/posts.jsonl" "$work/qut.csv" <<'PY'
import csv, json, sys, datetime
with open(sys.argv[1]) as src, open(sys.argv[2], "w", newline="") as dst:
    out = csv.writer(dst)
    out.writerow(["message_id", "user_id", "username", "repost_id", "reply_id", "message", "timestamp", "urls"])
    for line in src:
        p = json.loads(line)
        t = int(datetime.datetime.fromisoformat(p["time"].replace("Z", "+00:00")).timestamp())
        out.writerow([p["id"], p["account"], p["account"], p["sharedId"] or "", p["replyTo"] or "", p["text"], t, " ".join(p["urls"])])
PY
echo "input: $(($(wc -l < "$work/qut.csv") - 1)) posts"

measure() { # label, command…
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r seconds kb < "$work/time"
  printf '%-9s %8.2f s  %8.0f MB\n' "$label" "$seconds" "$((kb / 1024))"
}

export PYTHONPATH="$work/stubs:$QUT_CNT_DIR"
cat > "$work/qut.sh" <<SH
set -e
python3 -m coordination_network_toolkit "$work/qut.db" preprocess --format csv "$work/qut.csv"
python3 -m coordination_network_toolkit "$work/qut.db" compute co_retweet --time_window 60 --min_edge_weight 1 --n_cpus 2 --output_file "$work/qut_edges.graphml"
SH
"$root/bolwerk" --help > /dev/null # build once, outside the timing
measure "qut" bash "$work/qut.sh"
measure "bolwerk" "$root/bolwerk" fimi detect --kinds co-share --window 60s --min-weight 1 --edges "$work/bolwerk_edges.csv" "$work/qut.csv"

# The toolkit's CSV export fails on this version (output_gephi_csv() rejects n_messages), so its
# GraphML output is read.
python3 - "$work/qut_edges.graphml" "$work/bolwerk_edges.csv" <<'PY'
import csv, sys
import networkx as nx
qut = {tuple(sorted((a, b))) for a, b in nx.read_graphml(sys.argv[1]).edges() if a != b}
with open(sys.argv[2]) as f:
    ours = {tuple(sorted((r["account"], r["account_y"]))) for r in csv.DictReader(f)}
print(f"pairs: qut {len(qut)}, bolwerk {len(ours)}, equal: {qut == ours}")
PY
