#!/usr/bin/env bash
# Builds the JMH jar and runs the short benchmark suite (under 5 minutes on 2 cores), writing JSON.
#   benchmarks/run-short.sh [OUT.json] [extra JMH options...]
# Default output: benchmarks/results/short-<date>.json. Run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="${1:-benchmarks/results/short-$(date +%Y%m%d-%H%M%S).json}"
shift || true
mkdir -p "$(dirname "$out")"
mvn -B -ntp -q -DbuildDirName=target-bench -pl distributions,params,engine,benchmarks -am package -DskipTests
jar=benchmarks/target-bench/benchmarks.jar
# Per-value benchmarks: 2 x 0.5 s warm-up, 3 x 0.5 s measurement, one fork each.
java -jar "$jar" 'org\.euromesh\.benchmarks\.(DistributionSampler|Quantile|Copula|Model|Stages)Benchmark\..*' \
    -f 1 -wi 2 -w 500ms -i 3 -r 500ms -rf json -rff "$out.micro.json" "$@"
# Block (65,536 samples) and full runs (10^6 samples, 1 and 2 threads, MC/LHS/SOBOL).
java -jar "$jar" 'org\.euromesh\.benchmarks\.(Block|Run)Benchmark\..*' \
    -f 1 -wi 1 -w 1s -i 3 -r 1s -rf json -rff "$out.runs.json" "$@"
# One JSON array with every result (JMH writes one array per run: splice them).
python3 - "$out" "$out.micro.json" "$out.runs.json" <<'PY'
import json, sys
rows = []
for f in sys.argv[2:]:
    rows += json.load(open(f))
json.dump(rows, open(sys.argv[1], "w"), indent=2)
PY
rm -f "$out.micro.json" "$out.runs.json"
echo "JMH results: $out"
