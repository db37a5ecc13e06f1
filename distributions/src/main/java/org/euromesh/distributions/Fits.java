package org.euromesh.distributions;

/**
 * Distributions fitted to what sources actually publish: a range with a mode, a range with a
 * mean, two percentiles, or P10/P50/P90. Each fit validates its input and says what is feasible.
 */
public final class Fits {
    /** Standardised triangular (min 0, max 1) P10/P50/P90 ratio at mode 0: (√.9 − √.5)/(√.9 − √.1). */
    private static final double TRI_RATIO_MIN = ratio(0);

    private Fits() {
    }

    /**
     * "range + mean" (e.g. IEA: 2–10 years, mean 7.6): the λ = 4 PERT with that mean, whose mode is
     * (6·mean − min − max)/4, here PERT(2, 8.4, 10).
     *
     * @throws IllegalArgumentException if min &gt; max, or the mean puts the mode outside [min, max];
     *                                  the message gives the feasible mean range [(5min+max)/6, (min+5max)/6]
     */
    public static Distribution pertFromMean(double min, double max, double mean) {
        Checks.finite("pert min", min);
        Checks.finite("pert max", max);
        Checks.finite("pert mean", mean);
        if (!(min <= max)) {
            throw new IllegalArgumentException("pert requires min <= max, got min=" + Specs.num(min) + ", max="
                    + Specs.num(max));
        }
        double lowMean = (5 * min + max) / 6;
        double highMean = (min + 5 * max) / 6;
        double mode = (6 * mean - min - max) / 4;
        // tolerate rounding at the ends of the feasible range
        double slack = 1e-12 * Math.max(1, Math.max(Math.abs(min), Math.abs(max)));
        if (!(mode >= min - slack && mode <= max + slack)) {
            throw new IllegalArgumentException("pert mean " + Specs.num(mean) + " is not reachable on ["
                    + Specs.num(min) + ", " + Specs.num(max) + "]: it puts the mode at " + Specs.num(mode)
                    + "; a PERT (lambda 4) mean must lie in [" + Specs.num(lowMean) + ", " + Specs.num(highMean) + "]");
        }
        return Pert.of(min, Math.max(min, Math.min(max, tidy(mode))), max);
    }

    /**
     * Removes binary rounding noise from a value computed from decimal inputs: 6·7.6 − 12 is
     * 33.599999999999994 in binary, but the user wrote decimals and expects mode 8.4. Snaps to
     * 12 significant digits only when that moves the value by a few ulps.
     */
    static double tidy(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        double r = new java.math.BigDecimal(x).round(new java.math.MathContext(12)).doubleValue();
        return Math.abs(r - x) <= 8 * Math.ulp(x) ? r : x;
    }

    /**
     * "P5/P95" (or any two percentiles): the lognormal with F(xLow) = pLow and F(xHigh) = pHigh.
     *
     * @throws IllegalArgumentException unless 0 &lt; pLow &lt; pHigh &lt; 1 and 0 &lt; xLow &lt; xHigh
     */
    public static LogNormal lognormalFromPercentiles(double pLow, double xLow, double pHigh, double xHigh) {
        checkPercentiles("lognormal", pLow, xLow, pHigh, xHigh);
        if (!(xLow > 0)) {
            throw new IllegalArgumentException("lognormal percentiles must be > 0, got " + Specs.num(xLow));
        }
        double zLow = NormalMath.inversePhi(pLow);
        double zHigh = NormalMath.inversePhi(pHigh);
        double sigma = (Math.log(xHigh) - Math.log(xLow)) / (zHigh - zLow);
        double mu = Math.log(xLow) - sigma * zLow;
        return LogNormal.of(mu, sigma);
    }

    /** As {@link #lognormalFromPercentiles} for a normal. */
    public static Normal normalFromPercentiles(double pLow, double xLow, double pHigh, double xHigh) {
        checkPercentiles("normal", pLow, xLow, pHigh, xHigh);
        double zLow = NormalMath.inversePhi(pLow);
        double zHigh = NormalMath.inversePhi(pHigh);
        double sigma = (xHigh - xLow) / (zHigh - zLow);
        return Normal.of(xLow - sigma * zLow, sigma);
    }

    private static void checkPercentiles(String family, double pLow, double xLow, double pHigh, double xHigh) {
        Checks.finite(family + " lower percentile value", xLow);
        Checks.finite(family + " upper percentile value", xHigh);
        if (!(pLow > 0 && pLow < pHigh && pHigh < 1)) {
            throw new IllegalArgumentException(family + " percentile levels must satisfy 0 < pLow < pHigh < 1, got "
                    + pLow + " and " + pHigh);
        }
        if (!(xLow < xHigh)) {
            throw new IllegalArgumentException(family + " percentiles must increase: P" + Specs.num(100 * pLow)
                    + " = " + Specs.num(xLow) + " must be < P" + Specs.num(100 * pHigh) + " = " + Specs.num(xHigh));
        }
    }

    /**
     * "P10/P50/P90": the triangular whose 10th, 50th and 90th percentiles are these.
     *
     * <p>Not always feasible: a triangular's skew is bounded, so the ratio
     * r = (P50 − P10)/(P90 − P10) must lie in [0.382, 0.618] (exactly [1 − 1/φ, 1/φ], φ the golden
     * ratio, reached with the mode at max or min). A wider skew is rejected with the feasible P50
     * range; use a lognormal or PERT for such inputs. Within the range the mode is found by
     * bisection on r (monotone in the standardised mode).
     *
     * @throws IllegalArgumentException unless p10 &lt; p50 &lt; p90 and the skew is feasible
     */
    public static Triangular triangularFromP10P50P90(double p10, double p50, double p90) {
        Checks.finite("tri P10", p10);
        Checks.finite("tri P50", p50);
        Checks.finite("tri P90", p90);
        if (!(p10 < p50 && p50 < p90)) {
            throw new IllegalArgumentException("tri percentiles must increase, P10 < P50 < P90, got P10="
                    + Specs.num(p10) + ", P50=" + Specs.num(p50) + ", P90=" + Specs.num(p90));
        }
        double r = (p50 - p10) / (p90 - p10);
        double rMax = 1 - TRI_RATIO_MIN;
        if (r < TRI_RATIO_MIN - 1e-12 || r > rMax + 1e-12) {
            throw new IllegalArgumentException("no triangular has P10=" + Specs.num(p10) + ", P50=" + Specs.num(p50)
                    + ", P90=" + Specs.num(p90) + ": with these P10 and P90 the P50 must lie in ["
                    + Specs.num(p10 + TRI_RATIO_MIN * (p90 - p10)) + ", " + Specs.num(p10 + rMax * (p90 - p10))
                    + "] (a triangular cannot be more skewed); use lognormal or pert instead");
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200 && hi - lo > 1e-17; i++) {
            double c = 0.5 * (lo + hi);
            if (ratio(c) < r) {
                lo = c;
            } else {
                hi = c;
            }
        }
        double c = 0.5 * (lo + hi);
        double q10 = unitTriQuantile(c, 0.1);
        double q90 = unitTriQuantile(c, 0.9);
        double width = (p90 - p10) / (q90 - q10);
        double min = p10 - width * q10;
        double max = min + width;
        double mode = Math.max(min, Math.min(max, min + c * width));
        return Triangular.of(min, mode, max);
    }

    private static double unitTriQuantile(double c, double p) {
        return p < c ? Math.sqrt(p * c) : 1 - Math.sqrt((1 - p) * (1 - c));
    }

    private static double ratio(double c) {
        double q10 = unitTriQuantile(c, 0.1);
        return (unitTriQuantile(c, 0.5) - q10) / (unitTriQuantile(c, 0.9) - q10);
    }
}
