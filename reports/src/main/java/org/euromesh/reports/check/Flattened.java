package org.euromesh.reports.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.euromesh.reports.summary.InputEntry;
import org.euromesh.reports.summary.Metadata;
import org.euromesh.reports.summary.OutputEntry;
import org.euromesh.reports.summary.Percentile;
import org.euromesh.reports.summary.Probability;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.TracePoint;

/**
 * Every value of a summary under a stable name, in a stable order, for exact comparison.
 * Doubles stay doubles (compared bit for bit); texts stay texts. The version and the parameter
 * folder's path are left out: they describe where a result came from, not what it is.
 */
final class Flattened {

    private Flattened() {
    }

    static Map<String, Object> of(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        Metadata md = s.metadata();
        m.put("run.seed", md.seed());
        m.put("run.samples", md.samples());
        m.put("run.maxSamples", md.maxSamples());
        m.put("run.method", md.method());
        m.put("run.blockSize", md.blockSize());
        m.put("run.scenario", md.scenario());
        m.put("run.headline", md.headlineTarget());
        m.put("run.precision", md.precision() == null ? "none" : md.precision());
        m.put("run.precisionMet", md.precisionMet());
        m.put("run.targets", md.targets().toString());
        m.put("run.regions", md.regions().toString());
        for (InputEntry i : s.inputs()) {
            String p = "input." + i.name() + ".";
            m.put(p + "central", i.central());
            m.put(p + "spec", i.spec());
            m.put(p + "fitted", i.fitted());
            m.put(p + "p5", i.p5());
            m.put(p + "p50", i.p50());
            m.put(p + "p95", i.p95());
            m.put(p + "mean", i.mean());
            m.put(p + "unit", i.unit());
            m.put(p + "confidence", i.confidence());
        }
        for (OutputEntry o : s.outputs()) {
            String p = o.name() + ".";
            m.put(p + "n", o.n());
            m.put(p + "censored", o.censored());
            m.put(p + "invalid", o.invalid());
            Probability pr = o.probability();
            if (pr != null) {
                m.put(p + "p", pr.p());
                m.put(p + "p.lo", pr.lo());
                m.put(p + "p.hi", pr.hi());
                m.put(p + "p.successes", pr.successes());
            }
            for (Percentile q : o.percentiles()) {
                String n = p + StatisticalComparison.label(q.level());
                m.put(n, q.value());
                m.put(n + ".lo", q.lo());
                m.put(n + ".hi", q.hi());
            }
            m.put(p + "mean", o.mean().value());
            m.put(p + "mean.se", o.mean().standardError());
            m.put(p + "sd", o.sd());
            m.put(p + "min", o.min());
            m.put(p + "max", o.max());
            m.put(p + "histogram", o.histogram());
        }
        List<TracePoint> trace = s.trace();
        for (int i = 0; i < trace.size(); i++) {
            m.put("trace[" + i + "]", trace.get(i));
        }
        return m;
    }
}
