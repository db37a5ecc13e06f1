#!/usr/bin/env bash
# Whole-process timing of the CLI (issue 17's end-to-end targets), with /usr/bin/time -v:
#   benchmarks/run-e2e.sh [OUT.tsv] [REPEATS]
# Builds reports/target-bench/euromesh.jar (the root pom's buildDirName: does not disturb other
# builds), then runs `euromesh run ... --no-sensitivity --quiet` for
#   - 10^7 samples, MC, 2 threads and 1 thread (thread scaling; the < 5 s target on 2 threads),
#   - 10^7 samples, LHS and Sobol, 2 threads (their throughput against MC),
#   - 10^6 and 10^8 samples, MC, 2 threads (max RSS flat in N; 10^8 takes ~1.5 min),
# It runs the jar with java's defaults (tiered C2), not through ./euromesh, whose JIT choice for
# runs of at most 1.5 million paths would make the 10^6 row measure another compiler.
# REPEATS times each (default 3), interleaved, and writes one row per run: case, repeat, wall s,
# user s, max RSS kB, and the sampling time the CLI reports. Set E2E_SKIP_1E8=1 to skip 10^8.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="${1:-benchmarks/results/e2e-$(date +%Y%m%d-%H%M%S).tsv}"
repeats="${2:-3}"
mkdir -p "$(dirname "$out")"
mvn -B -ntp -q -DbuildDirName=target-bench -pl reports -am package -DskipTests
jar=reports/target-bench/euromesh.jar
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cases=("mc-1e7-2t|10000000|mc|2" "mc-1e7-1t|10000000|mc|1" "lhs-1e7-2t|10000000|lhs|2"
       "sobol-1e7-2t|10000000|sobol|2" "mc-1e6-2t|1000000|mc|2")
if [ "${E2E_SKIP_1E8:-0}" != 1 ]; then
    cases+=("mc-1e8-2t|100000000|mc|2")
fi
printf 'case\trepeat\twall_s\tuser_s\tmax_rss_kb\tsampling_s\tload_1min\n' > "$out"
for r in $(seq 1 "$repeats"); do
    for c in "${cases[@]}"; do
        IFS='|' read -r name n method threads <<<"$c"
        load="$(cut -d' ' -f1 /proc/loadavg)"
        /usr/bin/time -v -o "$tmp/time" java -jar "$jar" run --samples "$n" --method "$method" \
            --threads "$threads" --no-sensitivity --quiet --out "$tmp/out" > "$tmp/stdout"
        wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$tmp/time")"
        user="$(awk -F': ' '/User time/ {print $2}' "$tmp/time")"
        rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")"
        # the CLI's first line ends with the sampling time: "..., 2 threads, sampled in 8.3 s"
        sampling="$(head -1 "$tmp/stdout" | sed -n 's/.*sampled in \([0-9.]*\) s$/\1/p')"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$r" "$wall" "$user" "$rss" "$sampling" "$load" | tee -a "$out"
        rm -rf "$tmp/out"
    done
done
echo "end-to-end results: $out"
