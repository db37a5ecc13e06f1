package org.euromesh.engine.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.euromesh.engine.sampling.SamplingMethod;
import org.hipparchus.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class PointsTest {

    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e");

    @Test
    void philoxLayoutCounterAdvancesByFourOutputs() {
        // Streams relies on commons-rng 1.7's Philox4x64 seed layout {key0, key1, c0, c1, c2, c3}.
        UniformRandomProvider s0 = Streams.stream(9, 1, 0, 0);
        for (int i = 0; i < 4; i++) {
            s0.nextLong();
        }
        UniformRandomProvider s1 = new org.apache.commons.rng.core.source64.Philox4x64(new long[] {9, 1, 1, 0, 0, 0});
        assertEquals(s1.nextLong(), s0.nextLong());
        assertNotEquals(Streams.stream(9, 1, 0, 0).nextLong(), Streams.stream(9, 1, 1, 0).nextLong());
        assertNotEquals(Streams.stream(9, 1, 0, 0).nextLong(), Streams.stream(9, 1, 0, 1).nextLong());
    }

    /**
     * nextColumns (the sampler's path) gives the points next gives, bit for bit, for every method,
     * in chunks that split a block unevenly (MC overrides it; LHS and Sobol use the default).
     */
    @Test
    void columnsAreThePointsOfNextBitForBit() {
        for (SamplingMethod m : SamplingMethod.values()) {
            PointCursor byPoint = PointGenerator.of(m, 99L, 1000, NAMES).newCursor();
            PointCursor byColumn = PointGenerator.of(m, 99L, 1000, NAMES).newCursor();
            double[] u = new double[NAMES.size()];
            double[][] columns = new double[NAMES.size()][300];
            for (long block = 0; block < 3; block++) {
                byPoint.start(block, 1000);
                byColumn.start(block, 1000);
                for (int done = 0; done < 1000; ) {
                    int len = Math.min(1000 - done, 1 + (int) ((done * 7919L + block) % 300));
                    byColumn.nextColumns(columns, len, new double[NAMES.size()]);
                    for (int i = 0; i < len; i++) {
                        byPoint.next(u);
                        for (int j = 0; j < u.length; j++) {
                            assertEquals(Double.doubleToRawLongBits(u[j]), Double.doubleToRawLongBits(columns[j][i]),
                                    m + " block " + block + " point " + (done + i) + " coordinate " + j);
                        }
                    }
                    done += len;
                }
            }
        }
    }

    @Test
    void unitsStayStrictlyInside01() {
        assertEquals(0x1.0p-53, Streams.toUnit(0L));
        assertEquals(1.0 - 0x1.0p-53, Streams.toUnit(-1L));
        assertTrue(Streams.toUnit(-1L) < 1.0);
        assertEquals(Streams.U_MIN, Streams.clamp(0.0));
        assertEquals(Streams.U_MAX, Streams.clamp(1.0));
        assertNotEquals(Streams.nameKey("a"), Streams.nameKey("b"));
    }

    @Test
    void unscrambledSobolMatchesHipparchusGrayCodeSequence() {
        int d = 7;
        long[][] dir = SobolPoints.directions(d);
        long[] v = new long[SobolPoints.BITS * d];
        for (int j = 0; j < d; j++) {
            for (int b = 0; b < SobolPoints.BITS; b++) {
                v[b * d + j] = dir[j][b];
            }
        }
        SobolPoints p = new SobolPoints(new SobolPoints.Tables(d, v, new long[d]), 100);
        SobolSequenceGenerator h = new SobolSequenceGenerator(d);
        double[] u = new double[d];
        for (int block = 0; block < 3; block++) {
            p.start(block, 100);
            for (int i = 0; i < 100; i++) {
                p.next(u);
                double[] e = h.nextVector();
                for (int j = 0; j < d; j++) {
                    assertEquals(e[j] * 0x1.0p52, u[j] * 0x1.0p52 - 0.5, 0.0, "point " + (block * 100 + i) + " dim " + j);
                }
            }
        }
    }

    @Test
    void scrambledSobolIsStillANetInEachPairOfLeadingDimensions() {
        // The first 2^m points of Sobol dimensions 1-2 form a (0, m, 2)-net; a linear matrix scramble
        // and digital shift preserve it: every elementary box 2^-a × 2^-(m-a) holds exactly one point.
        int m = 10;
        int n = 1 << m;
        PointCursor c = PointGenerator.of(SamplingMethod.SOBOL, 12345, 256, NAMES).newCursor();
        double[][] pts = new double[n][];
        for (int k = 0; k < n / 256; k++) {
            c.start(k, 256);
            for (int i = 0; i < 256; i++) {
                pts[k * 256 + i] = new double[NAMES.size()];
                c.next(pts[k * 256 + i]);
            }
        }
        for (int a = 0; a <= m; a++) {
            int[] box = new int[n];
            for (double[] p : pts) {
                int ix = (int) (p[0] * (1 << a));
                int iy = (int) (p[1] * (1 << (m - a)));
                box[(ix << (m - a)) | iy]++;
            }
            for (int b = 0; b < n; b++) {
                assertEquals(1, box[b], "a=" + a + " box " + b);
            }
        }
        // every dimension alone is stratified into 2^m intervals
        for (int j = 0; j < NAMES.size(); j++) {
            int[] cells = new int[n];
            for (double[] p : pts) {
                cells[(int) (p[j] * n)]++;
            }
            for (int cell : cells) {
                assertEquals(1, cell);
            }
        }
        // a different seed scrambles differently
        PointCursor other = PointGenerator.of(SamplingMethod.SOBOL, 54321, 256, NAMES).newCursor();
        other.start(0, 256);
        double[] u = new double[NAMES.size()];
        other.next(u);
        assertNotEquals(pts[0][0], u[0]);
    }

    @Test
    void aBlockStartsWhereTheSequenceIsWhateverTheBlockSize() {
        // Block k of size 100 = points 100k.. of one sequence: compare with one block of 1000.
        PointCursor small = PointGenerator.of(SamplingMethod.SOBOL, 3, 100, NAMES).newCursor();
        PointCursor big = PointGenerator.of(SamplingMethod.SOBOL, 3, 1000, NAMES).newCursor();
        big.start(0, 1000);
        double[] a = new double[5];
        double[] b = new double[5];
        for (int k = 0; k < 10; k++) {
            small.start(k, 100);
            for (int i = 0; i < 100; i++) {
                small.next(a);
                big.next(b);
                assertArrayEquals(b, a);
            }
        }
        assertThrows(IllegalStateException.class, () -> big.next(b));
    }

    @Test
    void lhsBlocksIncludingAPartialOneAreLatinHypercubes() {
        PointCursor c = PointGenerator.of(SamplingMethod.LHS, 17, 512, NAMES).newCursor();
        for (int len : new int[] {512, 77}) {
            c.start(len == 512 ? 0 : 5, len);
            boolean[][] seen = new boolean[NAMES.size()][len];
            double[] u = new double[NAMES.size()];
            for (int i = 0; i < len; i++) {
                c.next(u);
                for (int j = 0; j < u.length; j++) {
                    assertTrue(u[j] > 0 && u[j] < 1);
                    int s = (int) (u[j] * len);
                    assertTrue(!seen[j][s], "stratum used twice");
                    seen[j][s] = true;
                }
            }
        }
    }

    @Test
    void mcBlocksDependOnBlockIndexNotOnHistory() {
        PointCursor c1 = PointGenerator.of(SamplingMethod.MC, 17, 64, NAMES).newCursor();
        PointCursor c2 = PointGenerator.of(SamplingMethod.MC, 17, 64, NAMES).newCursor();
        double[] a = new double[5];
        double[] b = new double[5];
        c1.start(0, 64);
        c1.next(a);
        c1.start(3, 64);
        c1.next(a);
        c2.start(3, 64);
        c2.next(b);
        assertArrayEquals(b, a);
    }

    @Test
    void collidingOrDuplicateNamesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> PointGenerator.of(SamplingMethod.MC, 1, 10, List.of("x", "x")));
    }
}
