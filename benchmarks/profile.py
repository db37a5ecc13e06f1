#!/usr/bin/env python3
"""Top methods and stage shares of a JFR recording of a run (issue 17's profile in BENCHMARKS.md).

    java -XX:StartFlightRecording=filename=run.jfr,settings=profile \\
        -jar reports/target/euromesh.jar run --samples 5000000 --no-sensitivity --quiet --out /tmp/x
    python3 benchmarks/profile.py run.jfr [TOP]

Reads `jfr print --events jdk.ExecutionSample`, counts each sample's top frame (self time) and
puts each sample in one stage by its top frame. JFR attributes a sample to the inlined method
whose debug information is nearest, so shares of methods inlined into one loop (FastQuantile
into InputTransform) can move between them: read the stage shares, not single frames, and time
stages with JMH.
"""
import collections
import re
import subprocess
import sys


def frames_of(text):
    for event in text.split("jdk.ExecutionSample")[1:]:
        m = re.search(r"stackTrace = \[(.*?)\n\s*\]", event, re.S)
        if not m:
            continue
        frames = [re.sub(r"\s+line:.*", "", l.strip()) for l in m.group(1).strip().split("\n")
                  if l.strip() and l.strip() != "..."]
        if frames:
            yield frames


def stage(frames):
    top, joined = frames[0], " ".join(frames)
    if "BlockEngine" not in joined:
        return "outside the sampling loop (start-up: tables, JIT; report)"
    rules = [(("McPoints", "LhsPoints", "SobolPoints", "XoRoShiRo"), "points: uniforms from the streams"),
             (("GaussianCopula", "NormalMath", "FastNormal"), "inputs: Gaussian copula"),
             (("FastQuantile", "InputTransform"), "inputs: quantiles"),
             (("OutputAccumulator", "Moments"), "accumulation"),
             (("FederationTimeline", "SiteRuns"), "model: timeline (build, merge, delivery solves)"),
             (("Ranking", "scorecard", "addWeighted"), "model: regional scorecard"),
             (("org.euromesh.model",), "model: rest (evaluate, site counts)"),
             (("evaluateChunk", "runBlock"), "engine: chunk loop, output copy")]
    for keys, name in rules:
        if any(k in top for k in keys):
            return name
    return "other: " + top


def main():
    top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", sys.argv[1]],
                          check=True, capture_output=True, text=True).stdout
    tops, stages, n = collections.Counter(), collections.Counter(), 0
    for frames in frames_of(text):
        n += 1
        tops[frames[0]] += 1
        stages[stage(frames)] += 1
    print(f"{n} execution samples")
    print("top frames (self):")
    for f, c in tops.most_common(top_n):
        print(f"  {100 * c / n:5.1f}%  {f}")
    print("stages:")
    for s, c in stages.most_common():
        print(f"  {100 * c / n:5.1f}%  {s}")


if __name__ == "__main__":
    main()
