package org.euromesh.engine.euromesh;

/** Ranks of a few values, ties sharing their average rank; allocation-free (caller's arrays). */
final class Ranking {

    private Ranking() {
    }

    /**
     * Writes into {@code ranks[i]} the 1-based rank of {@code values[i]} among {@code values[0..n)},
     * smallest first; tied values share the mean of the ranks they span. O(n²), meant for n ≈ 7.
     */
    static void rankAscending(double[] values, int n, double[] ranks) {
        // Branch-free counting (the comparisons are data-dependent coin flips: branches would
        // mispredict about half the time). Same counts, same ranks as the branchy form.
        for (int i = 0; i < n; i++) {
            final double v = values[i];
            int below = 0;
            int equal = 0;
            for (int j = 0; j < n; j++) {
                final double w = values[j];
                below += w < v ? 1 : 0;
                equal += w == v ? 1 : 0;
            }
            ranks[i] = below + (equal + 1) * 0.5;
        }
    }
}
