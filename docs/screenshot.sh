#!/usr/bin/env bash
# Regenerates docs/report-first-screen.png (the first screen of report.html, 1280 x 1000 px) and
# docs/answer_scurves.png (its chart) from a default run on the shipped parameters.
# Needs the built jar (mvn -B -ntp -q package -DskipTests) and Chromium (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "docs/screenshot.sh: no chromium on PATH (Debian: apt-get install chromium)" >&2
  exit 2
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
./euromesh run --quiet --out "$tmp/report" >/dev/null
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$tmp/profile" \
  --window-size=1280,1000 --screenshot="$PWD/docs/report-first-screen.png" "file://$tmp/report/report.html" \
  >/dev/null 2>&1
cp "$tmp/report/charts/answer_scurves.png" docs/answer_scurves.png
echo "wrote docs/report-first-screen.png and docs/answer_scurves.png"
