package org.euromesh.distributions;

import java.util.function.Supplier;

/**
 * A distribution's {@link FastQuantile} table, built on first use (thousands of exact quantiles)
 * and then shared. Two threads may both build it; that race is harmless because the builds are
 * equal and a FastQuantile is immutable.
 */
final class LazyQuantileTable {

    private volatile FastQuantile table;

    FastQuantile get(Supplier<FastQuantile> build) {
        FastQuantile f = table;
        if (f == null) {
            f = build.get();
            table = f;
        }
        return f;
    }
}
