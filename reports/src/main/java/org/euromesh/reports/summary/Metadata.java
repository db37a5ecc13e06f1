package org.euromesh.reports.summary;

import java.util.List;
import java.util.Objects;

/**
 * What a result depends on, and nothing else: no timestamp, thread count or elapsed time, so the
 * same run gives the same bytes on any machine load and any number of threads.
 *
 * @param version         euromesh version that produced the result
 * @param seed            the run's seed
 * @param samples         samples actually evaluated (N)
 * @param maxSamples      the requested N, or the cap of a precision-controlled run
 * @param method          sampling method: mc, lhs or sobol
 * @param blockSize       samples per block (part of the result's identity)
 * @param scenario        scenario name (baseline, optimistic, ...)
 * @param params          the parameter folder as given, or {@link #SHIPPED}
 * @param headlineTarget  the headline target, e.g. 405B (scorecard and precision control use it)
 * @param headlineOutput  the traced indicator, e.g. 405B.win; null when none
 * @param precision       target 95% half-width of the headline probability; null for a fixed-N run
 * @param precisionMet    true when a precision target was set and reached
 * @param targets         the targets, in parameter-file order
 * @param regions         the region names, in parameter-file order
 */
public record Metadata(String version, long seed, long samples, long maxSamples, String method, int blockSize,
                       String scenario, String params, String headlineTarget, String headlineOutput, Double precision,
                       boolean precisionMet, List<TargetInfo> targets, List<String> regions) {

    /** {@link #params} of a run on the parameters shipped in the jar. */
    public static final String SHIPPED = "shipped";

    public Metadata {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(headlineTarget, "headlineTarget");
        targets = List.copyOf(targets);
        regions = List.copyOf(regions);
    }
}
