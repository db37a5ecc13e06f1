package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Ranking#rankAscending}: hand-computed examples, and a fixed-seed randomized comparison,
 * bit for bit, against a copy of the original O(n²) counting algorithm, on tie-heavy pools with
 * infinities, signed zeros and NaN.
 */
class RankingTest {

    private static final long SEED = 0x5EED_2026_1121L;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    /**
     * An independent oracle, by another algorithm than the code under test (which counts, per
     * value, the values below and equal to it): sort the non-NaN values (−0.0 taken as 0.0, since
     * they compare equal), then a value's rank is the average of the first and last sorted
     * positions holding it, 1-based; NaN gets 0.5 and does not count for the others.
     */
    private static void referenceRank(double[] values, int n, double[] ranks) {
        double[] sorted = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(values[i])) {
                sorted[m++] = values[i] == 0.0 ? 0.0 : values[i];
            }
        }
        Arrays.sort(sorted, 0, m);
        for (int i = 0; i < n; i++) {
            double v = values[i] == 0.0 ? 0.0 : values[i];
            if (Double.isNaN(v)) {
                ranks[i] = 0.5;
                continue;
            }
            int first = 0;
            while (sorted[first] != v) {
                first++;
            }
            int last = first;
            while (last + 1 < m && sorted[last + 1] == v) {
                last++;
            }
            ranks[i] = ((first + 1) + (last + 1)) / 2.0;
        }
    }

    private static double[] rank(double... values) {
        double[] ranks = new double[values.length];
        Ranking.rankAscending(values, values.length, ranks);
        return ranks;
    }

    @Test
    void handComputedExamples() {
        assertArrayEquals(new double[] {}, rank());
        assertArrayEquals(new double[] {1}, rank(42));
        assertArrayEquals(new double[] {3, 1, 2}, rank(3, 1, 2));
        assertArrayEquals(new double[] {2.5, 2.5, 1}, rank(5, 5, 1));
        assertArrayEquals(new double[] {2, 2, 2}, rank(7, 7, 7));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7}, rank(1, 2, 3, 4, 5, 6, 7));
        assertArrayEquals(new double[] {7, 6, 5, 4, 3, 2, 1}, rank(7, 6, 5, 4, 3, 2, 1));
        // Censored first-training times: the two +Inf share ranks 6 and 7.
        assertArrayEquals(new double[] {6.5, 1, 3, 6.5, 2, 4.5, 4.5}, rank(INF, 1.5, 3, INF, 2, 4, 4));
        // 0/1 flags: four 0s share 1..4, three 1s share 5..7.
        assertArrayEquals(new double[] {2.5, 6, 2.5, 6, 2.5, 6, 2.5}, rank(0, 1, 0, 1, 0, 1, 0));
        // -0.0 == 0.0: tied; -Inf is first.
        assertArrayEquals(new double[] {2.5, 2.5, 1, 4}, rank(-0.0, 0.0, -INF, 1));
        // NaN: rank 0.5, the others ranked as if it were absent.
        assertArrayEquals(new double[] {2, 0.5, 1, 0.5}, rank(5, NAN, -3, NAN));
        assertArrayEquals(new double[] {0.5, 0.5}, rank(NAN, NAN));
        // Nine values: the counting path.
        assertArrayEquals(new double[] {9, 1, 4.5, 4.5, 4.5, 4.5, 7, 8, 2},
                rank(10, -1, 3, 3, 3, 3, 5, 6, 0));
        assertArrayEquals(new double[] {8, 0.5, 3.5, 3.5, 3.5, 3.5, 6, 7, 1},
                rank(10, NAN, 3, 3, 3, 3, 5, 6, 0));
    }

    @Test
    void onlyFirstNAreReadAndWritten() {
        double[] values = {3, 1, 2, -5, NAN, 0, 9, 9, 9, 9};
        for (int n = 0; n <= values.length; n++) {
            double[] ranks = new double[values.length];
            Arrays.fill(ranks, -7.25);
            Ranking.rankAscending(values, n, ranks);
            double[] expected = new double[values.length];
            Arrays.fill(expected, -7.25);
            referenceRank(values, n, expected);
            assertBitIdentical(expected, ranks, "n = " + n);
        }
    }

    @Test
    void matchesReferenceBitForBitOnRandomTieHeavyInputs() {
        System.out.println("RankingTest seed = 0x" + Long.toHexString(SEED));
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] pools = {
            {0, 1, 2},
            {0.0, 1.0},
            {0, 1, 2, INF},
            {-0.0, 0.0, 1, -1},
            {INF, -INF, 0, -0.0, 1},
            {0, 1, 2, NAN},
            {INF, -INF, -0.0, 0.0, NAN, 1},
            {NAN},
            {INF, 1e308, -1e308, Double.MIN_VALUE, -Double.MIN_VALUE, 0.0, -0.0, Double.MAX_VALUE},
        };
        double[] values = new double[16];
        double[] expected = new double[16];
        double[] actual = new double[16];
        for (int trial = 0; trial < 200_000; trial++) {
            int n = random.nextInt(13);
            int kind = random.nextInt(pools.length + 2);
            for (int i = 0; i < values.length; i++) {
                if (kind < pools.length) {
                    double[] pool = pools[kind];
                    values[i] = pool[random.nextInt(pool.length)];
                } else if (kind == pools.length) {
                    values[i] = random.nextDouble(); // continuous: no ties
                } else {
                    // mostly continuous, sometimes a special value
                    int r = random.nextInt(20);
                    values[i] = r == 0 ? NAN : r == 1 ? INF : r == 2 ? -0.0 : r == 3 ? 0.0
                            : random.nextInt(4) - 1.5;
                }
            }
            Arrays.fill(expected, 99.0);
            Arrays.fill(actual, 99.0);
            referenceRank(values, n, expected);
            Ranking.rankAscending(values, n, actual);
            final int t = trial;
            assertBitIdentical(expected, actual, "trial " + t + ", n = " + n + ", values = "
                    + Arrays.toString(Arrays.copyOf(values, n)));
        }
    }

    @Test
    void exhaustiveSmallPoolsMatchReference() {
        // Every sequence of length 0..8 (all of the unrolled path) over {NaN, -Inf, -0.0, 0.0, 1, +Inf}.
        double[] pool = {NAN, -INF, -0.0, 0.0, 1, INF};
        double[] values = new double[8];
        double[] expected = new double[8];
        double[] actual = new double[8];
        for (int n = 0; n <= 8; n++) {
            int total = 1;
            for (int i = 0; i < n; i++) {
                total *= pool.length;
            }
            for (int code = 0; code < total; code++) {
                int c = code;
                for (int i = 0; i < n; i++) {
                    values[i] = pool[c % pool.length];
                    c /= pool.length;
                }
                referenceRank(values, n, expected);
                Ranking.rankAscending(values, n, actual);
                for (int i = 0; i < n; i++) {
                    if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                        assertEquals(expected[i], actual[i], "n = " + n + ", values = "
                                + Arrays.toString(Arrays.copyOf(values, n)) + ", i = " + i);
                    }
                }
            }
        }
    }

    @Test
    void sortingNetworkRanksWithoutFallbackWhenNoNaNAndNoNearValues() {
        // The counting fallback would hide a wrong network: check the fast path itself succeeds on
        // every 0/1 input of length 0..8 (the 0-1 principle: the network sorts everything) and on
        // random tie-heavy inputs whose distinct values are far apart, and that it matches.
        double[] values = new double[8];
        double[] expected = new double[8];
        double[] actual = new double[8];
        for (int n = 0; n <= 8; n++) {
            for (int bits = 0; bits < 1 << n; bits++) {
                for (int i = 0; i < n; i++) {
                    values[i] = (bits >> i) & 1;
                }
                referenceRank(values, n, expected);
                assertTrue(Ranking.tryRankSmall(values, n, actual), "n = " + n + ", bits = " + bits);
                assertBitIdentical(Arrays.copyOf(expected, n), Arrays.copyOf(actual, n), "bits = " + bits);
            }
        }
        SplittableRandom random = new SplittableRandom(SEED + 1);
        double[] pool = {-INF, -2.5, -0.0, 0.0, 1, 2, 1e300, INF};
        for (int trial = 0; trial < 50_000; trial++) {
            int n = random.nextInt(9);
            for (int i = 0; i < n; i++) {
                values[i] = random.nextBoolean() ? pool[random.nextInt(pool.length)] : random.nextDouble();
            }
            referenceRank(values, n, expected);
            assertTrue(Ranking.tryRankSmall(values, n, actual),
                    "values = " + Arrays.toString(Arrays.copyOf(values, n)));
            assertBitIdentical(Arrays.copyOf(expected, n), Arrays.copyOf(actual, n), "trial " + trial);
        }
    }

    @Test
    void sortingNetworkDeclinesNaNAndNearValuesWithoutWriting() {
        double[] ranks = {-1, -1, -1, -1};
        assertFalse(Ranking.tryRankSmall(new double[] {NAN}, 1, ranks));
        assertFalse(Ranking.tryRankSmall(new double[] {2, 1, NAN}, 3, ranks));
        // 1 and its successor share a key bucket, and the network sees them in index order.
        assertFalse(Ranking.tryRankSmall(new double[] {Math.nextUp(1.0), 1.0}, 2, ranks));
        // -0.0 and -MIN_VALUE share a bucket too.
        assertFalse(Ranking.tryRankSmall(new double[] {-0.0, -Double.MIN_VALUE}, 2, ranks));
        assertArrayEquals(new double[] {-1, -1, -1, -1}, ranks);
        // ... and the public entry point still ranks them exactly.
        assertArrayEquals(new double[] {2, 1}, rank(Math.nextUp(1.0), 1.0));
        assertArrayEquals(new double[] {2, 1}, rank(-0.0, -Double.MIN_VALUE));
        assertArrayEquals(new double[] {1, 2, 3}, rank(1.0, Math.nextUp(1.0), Math.nextUp(Math.nextUp(1.0))));
    }

    private static void assertBitIdentical(double[] expected, double[] actual, String message) {
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                assertArrayEquals(expected, actual, message + ", first difference at " + i);
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                        message + ", bits differ at " + i);
            }
        }
    }

    /** Zeros and ones ranked by counting zeros: bit for bit what the general ranking gives (fixed seed). */
    @Test
    void zerosAndOnesRankAsTheGeneralRanking() {
        SplittableRandom rng = new SplittableRandom(SEED + 17);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = rng.nextInt(12);
            boolean[] one = new boolean[n];
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                one[i] = rng.nextInt(3) == 0;
                values[i] = one[i] ? 1.0 : 0.0;
            }
            double[] expected = new double[n];
            double[] got = new double[n];
            Ranking.rankAscending(values, n, expected);
            Ranking.rankZerosAndOnes(one, n, got);
            assertArrayEquals(expected, got, "trial " + trial);
        }
        assertArrayEquals(new double[] {2.0, 4.5, 2.0, 2.0, 4.5}, ranksOfZerosAndOnes(false, true, false, false, true));
    }

    private static double[] ranksOfZerosAndOnes(boolean... one) {
        double[] ranks = new double[one.length];
        Ranking.rankZerosAndOnes(one, one.length, ranks);
        return ranks;
    }
}
