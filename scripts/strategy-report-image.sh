#!/usr/bin/env bash
# Renders the strategy progress report on the test fixtures (NATO 2025, Kiel R29, shipped CRM 2023)
# and screenshots its top in headless Chromium into docs/images/strategy-report.png, so readers of
# docs/strategy.md see what the report looks like. Needs Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fixtures=tests/Bolwerk.Strategy.Tests/Fixtures
./bolwerk strategy report --as-of 2026-12-31 --format html --out "$out/report" \
  --nato "$fixtures/nato_2025ed_defexp_pct_gdp_2014_2024_allies.csv" --nato-edition "NATO 2025 (August)" \
  --kiel "$fixtures/kiel_r29"
mkdir -p docs/images
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1150 \
  --screenshot="$PWD/docs/images/strategy-report.png" "file://$out/report/report.html" 2>/dev/null
echo "docs/images/strategy-report.png"
