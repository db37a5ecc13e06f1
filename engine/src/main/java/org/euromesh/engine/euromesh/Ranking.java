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
        for (int i = 0; i < n; i++) {
            int below = 0;
            int equal = 0;
            for (int j = 0; j < n; j++) {
                if (values[j] < values[i]) {
                    below++;
                } else if (values[j] == values[i]) {
                    equal++;
                }
            }
            ranks[i] = below + (equal + 1) * 0.5;
        }
    }
}
