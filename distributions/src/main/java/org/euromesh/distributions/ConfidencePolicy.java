package org.euromesh.distributions;

/**
 * Turns a value published only as a central estimate into a distribution, by its confidence tag
 * (docs/MODEL.md §0): PERT(c·(1-w), c, c·(1+w)) with half-width w = 0.10 / 0.25 / 0.50 / 0.75 for
 * high / medium / low / estimate, clipped at the physical bounds of the quantity.
 *
 * @param high     relative half-width for {@link Confidence#HIGH}
 * @param medium   relative half-width for {@link Confidence#MEDIUM}
 * @param low      relative half-width for {@link Confidence#LOW}
 * @param estimate relative half-width for {@link Confidence#ESTIMATE}
 */
public record ConfidencePolicy(double high, double medium, double low, double estimate) {

    public ConfidencePolicy {
        for (double w : new double[] {high, medium, low, estimate}) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("confidence policy half-widths must be finite and >= 0, got " + w);
            }
        }
    }

    /** The policy of docs/MODEL.md §0. */
    public static ConfidencePolicy standard() {
        return new ConfidencePolicy(0.10, 0.25, 0.50, 0.75);
    }

    public double halfWidth(Confidence confidence) {
        return switch (confidence) {
            case HIGH -> high;
            case MEDIUM -> medium;
            case LOW -> low;
            case ESTIMATE -> estimate;
        };
    }

    /**
     * The distribution of a bare central value {@code c} with the given tag, as PERT(lo, c, hi)
     * with {@code lo = max(lowerBound, c - w|c|)} and {@code hi = min(upperBound, c + w|c|)}.
     *
     * @param lowerBound physical lower bound (0 for non-negative quantities, -inf if none)
     * @param upperBound physical upper bound (1 for fractions, +inf if none)
     */
    public Distribution apply(double c, Confidence confidence, double lowerBound, double upperBound) {
        if (!(c >= lowerBound && c <= upperBound)) {
            throw new IllegalArgumentException("central value " + c + " is outside its physical bounds ["
                    + lowerBound + ", " + upperBound + "]");
        }
        double w = halfWidth(confidence) * Math.abs(c);
        return Pert.of(Math.max(lowerBound, c - w), c, Math.min(upperBound, c + w));
    }
}
