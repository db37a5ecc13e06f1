package org.euromesh.distributions;

/**
 * Runs every numeric routine a distribution will need later (implied percentiles, mean and
 * variance, the quantile at both extremes, the Monte Carlo quantile table) once, when it is
 * created from a spec, so that a spec which validates but cannot be computed (e.g.
 * {@code beta(1e300, 1e300)}, whose continued fraction diverges) fails there, with the spec
 * and a reason, and never in the middle of a run.
 */
public final class Usable {

    /** Probability levels probed beyond the implied P5/P50/P95: the ends of the sampled range. */
    private static final double[] LEVELS = {1e-9, 0.001, 0.25, 0.75, 0.999, 1 - 1e-9};

    private Usable() {
    }

    /**
     * @return {@code d}
     * @throws IllegalArgumentException saying which computation failed and how
     */
    public static <D extends Distribution> D check(D d) {
        checkMoments(d);
        return checkTable(d);
    }

    /**
     * The cheap part of {@link #check}: percentiles, moments and extreme quantiles (a handful of
     * evaluations), without the quantile table.
     */
    public static <D extends Distribution> D checkMoments(D d) {
        String what = "quantile";
        try {
            ImpliedSummary s = d.implied();
            finite("P5", s.p5());
            finite("P50", s.p50());
            finite("P95", s.p95());
            if (!(s.p5() <= s.p50() && s.p50() <= s.p95())) {
                throw new ArithmeticException("percentiles out of order: P5 " + s.p5() + ", P50 " + s.p50() + ", P95 "
                        + s.p95());
            }
            what = "mean";
            finite("mean", d.mean());
            what = "variance";
            double v = d.variance();
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new ArithmeticException("variance is " + v);
            }
            what = "quantile";
            double previous = Double.NEGATIVE_INFINITY;
            for (double p : LEVELS) {
                double q = d.quantile(p);
                if (Double.isNaN(q) || q < previous) {
                    throw new ArithmeticException("quantile(" + p + ") = " + q);
                }
                previous = q;
            }
        } catch (RuntimeException e) {
            throw unusable(d, what, e);
        }
        return d;
    }

    /**
     * Builds the Monte Carlo quantile table (thousands of exact quantiles; cached in the
     * distribution, so the run reuses it) and probes it.
     */
    public static <D extends Distribution> D checkTable(D d) {
        String what = "quantile table";
        try {
            FastQuantile f = d.fastQuantile();
            for (double p : LEVELS) {
                if (Double.isNaN(f.apply(p))) {
                    throw new ArithmeticException("table value at " + p + " is NaN");
                }
            }
        } catch (RuntimeException e) {
            // Ours (ArithmeticException above) or Hipparchus's own unchecked exceptions: a
            // continued fraction that diverges, a solver out of evaluations. All mean the same.
            throw unusable(d, what, e);
        }
        return d;
    }

    private static void finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new ArithmeticException(what + " is " + v);
        }
    }

    private static IllegalArgumentException unusable(Distribution d, String what, RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new IllegalArgumentException(d.spec() + " cannot be computed in double precision (" + what + ": "
                + reason + "); use less extreme parameters", e);
    }
}
