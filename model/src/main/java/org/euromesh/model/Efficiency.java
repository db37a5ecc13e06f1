package org.euromesh.model;

/**
 * Layer 1 (docs/MODEL.md §2): the DiLoCo-style compute multiplier α ≥ 1 of low-communication training.
 *
 * <pre>
 * alpha(H, n, N) = min(alpha_cap,
 *                      max(1, alpha0 + k_H·log10(H/H_ref) + k_N·log2(n))
 *                      · (1 + s_scale · max(0, log10(N / 1e10))))
 * </pre>
 */
public final class Efficiency {

    /** Parameter count above which low-communication training is unproven (docs/MODEL.md §2). */
    static final double PROVEN_PARAMS = 1e10;

    private Efficiency() {
    }

    /**
     * @param n       federation members training at that moment (at least 1)
     * @param nParams the target's parameter count N
     */
    public static double alpha(double alpha0, double kH, double kN, double sScale, double alphaCap,
                               double h, double hRef, double n, double nParams) {
        double base = Math.max(1.0, alpha0 + kH * Math.log10(h / hRef) + kN * log2(n));
        return Math.min(alphaCap, base * sizeFactor(sScale, nParams));
    }

    /** The size factor 1 + s_scale·max(0, log10(N/1e10)): α's caveat above ~10B parameters. */
    public static double sizeFactor(double sScale, double nParams) {
        return sizeFactorFromExcess(sScale, sizeExcess(nParams));
    }

    /** max(0, log10(N/1e10)): the part of the size factor that depends on N only (hoisted per target). */
    static double sizeExcess(double nParams) {
        return Math.max(0.0, Math.log10(nParams / PROVEN_PARAMS));
    }

    /** 1 + s_scale·excess; with {@code excess = sizeExcess(N)}, bit-identical to {@link #sizeFactor}. */
    static double sizeFactorFromExcess(double sScale, double excess) {
        return 1.0 + sScale * excess;
    }

    /**
     * q(N) = min(1, max(0, q_slope·log10(N/1e10))): the probability that low-communication
     * training does not work at N parameters (docs/MODEL.md §2.1); 0 up to 10B.
     */
    public static double failureProbability(double qSlope, double nParams) {
        return failureProbabilityFromExcess(qSlope, sizeExcess(nParams));
    }

    /** q(N) from {@code excess = sizeExcess(N)} (≥ 0), hoisted per target like the size factor. */
    static double failureProbabilityFromExcess(double qSlope, double excess) {
        return Math.min(1.0, Math.max(0.0, qSlope * excess));
    }

    /** log2, exact from a table for the small whole numbers n takes in the hot loop. */
    static double log2(double x) {
        int i = (int) x;
        if (i == x && i >= 0 && i < LOG2_TABLE.length) {
            return LOG2_TABLE[i];
        }
        return Math.log(x) * INV_LN2;
    }

    private static final double INV_LN2 = 1.0 / Math.log(2.0);
    private static final double[] LOG2_TABLE = new double[4096];

    static {
        for (int i = 0; i < LOG2_TABLE.length; i++) {
            LOG2_TABLE[i] = Math.log(i) * INV_LN2;
        }
    }
}
