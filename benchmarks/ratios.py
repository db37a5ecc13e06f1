#!/usr/bin/env python3
"""Prints the ratios BENCHMARKS.md reports from a JMH JSON file (and, with two files, before -> after).

    python3 benchmarks/ratios.py AFTER.json [BEFORE.json]
"""
import json
import sys


def load(path):
    rows = {}
    for r in json.load(open(path)):
        name = r["benchmark"].replace("org.euromesh.benchmarks.", "")
        params = r.get("params", {})
        key = name + "".join(f" {k}={v}" for k, v in sorted(params.items()) if k not in ("samples", "blockSize"))
        rows[key] = (r["primaryMetric"]["score"], r["primaryMetric"]["scoreUnit"])
    return rows


def ratios(rows):
    out = {}
    g = lambda k: rows[k][0] if k in rows else float("nan")
    for m in ("MC", "LHS", "SOBOL"):
        t1 = g(f"RunBenchmark.run method={m} threads=1") / 1000.0
        t2 = g(f"RunBenchmark.run method={m} threads=2") / 1000.0
        out[f"{m} samples/s per core (1 thread, 10^6 run)"] = 1e6 / t1
        out[f"{m} samples/s total (2 threads)"] = 1e6 / t2
        out[f"{m} thread scaling (2 vs 1)"] = t1 / t2
        out[f"{m} block of 65,536: samples/s (1 thread)"] = 65536 / (g(f"BlockBenchmark.block method={m}") / 1000.0)
    for m in ("LHS", "SOBOL"):
        for t in (1, 2):
            out[f"{m} / MC throughput ({t} thread{'s' if t > 1 else ''})"] = (
                g(f"RunBenchmark.run method=MC threads={t}") / g(f"RunBenchmark.run method={m} threads={t}"))
    # Issue 17: one sample against the floor (the same uniforms and one table load per table input).
    floor = g("StagesBenchmark.floor")
    per_sample_block = g("BlockBenchmark.block method=MC") * 1e6 / 65536
    per_sample_run = g("RunBenchmark.run method=MC threads=1") * 1e6 / 1e6
    out["floor of one sample (StagesBenchmark.floor), ns"] = floor
    out["MC sample in a block (1 thread), ns"] = per_sample_block
    out["MC sample in a 10^6 run (1 thread), ns"] = per_sample_run
    out["MC sample in a block / floor (target <= 2)"] = per_sample_block / floor
    out["MC sample in a 10^6 run / floor (target <= 2)"] = per_sample_run / floor
    stages = g("StagesBenchmark.drawAndTransform") + g("ModelBenchmark.evaluate") + g("StagesBenchmark.accumulate")
    out["sum of stages (draw + transform, model, accumulate), ns"] = stages
    out["sum of stages / MC sample in a block"] = stages / per_sample_block
    out["MC M samples/s per core (1 thread, 10^6 run; target >= 1.5)"] = 1.0 / per_sample_run * 1e3
    out["model evaluation / uniform floor (one uniform per input)"] = (
        g("ModelBenchmark.evaluate") / g("ModelBenchmark.baselineUniforms"))
    out["model evaluation, ns"] = g("ModelBenchmark.evaluate")
    out["uniform floor per sample, ns"] = g("ModelBenchmark.baselineUniforms")
    return out


def main():
    after = load(sys.argv[1])
    before = load(sys.argv[2]) if len(sys.argv) > 2 else None
    ra = ratios(after)
    rb = ratios(before) if before else None
    for k, v in ra.items():
        line = f"{k:60s} {v:14.3f}"
        if rb:
            line += f"   before {rb[k]:14.3f}   x{(v / rb[k]) if rb[k] else float('nan'):.2f}"
        print(line)
    print()
    for k in sorted(after):
        s, u = after[k]
        line = f"{k:70s} {s:12.3f} {u}"
        if before and k in before:
            line += f"   before {before[k][0]:12.3f}   after/before {s / before[k][0]:.2f}"
        print(line)


if __name__ == "__main__":
    main()
