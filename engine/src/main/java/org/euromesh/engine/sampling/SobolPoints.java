package org.euromesh.engine.sampling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Scrambled Sobol points with 52-bit integer arithmetic.
 *
 * <p><b>Sequence.</b> Direction numbers of Joe &amp; Kuo (2008, file {@code new-joe-kuo-6.21201},
 * read from hipparchus-core's classpath resource as Hipparchus' {@code SobolSequenceGenerator}
 * does; dimension 1 is van der Corput). Point n is the XOR of the direction numbers selected by
 * the bits of its Gray code n ^ (n &gt;&gt; 1): the first point of block k (global index
 * k·blockSize) is computed directly, then each next point costs one XOR per dimension
 * (x(n+1) = x(n) ^ v[ctz(n+1)]). Over the whole run the points are the first N of one sequence.
 *
 * <p><b>Randomisation.</b> Matoušek's random linear matrix scramble plus a digital shift, per
 * dimension, from the stream (seed, SOBOL_SCRAMBLE, 0, j) — the seed only, never the block, so
 * the run is one randomised QMC sequence. Output digit i (weight 2^-i) is its own input digit
 * XOR a random combination of the more significant input digits (a lower-triangular matrix with
 * unit diagonal), which keeps the (t, m, s)-net structure. The scramble is linear, so it is
 * applied once to the direction numbers; the shift is XORed on output. A point is
 * (x + 0.5)·2^-52, strictly inside (0, 1).
 */
final class SobolPoints implements PointCursor {

    static final int BITS = 52;
    private static final long MASK = (1L << BITS) - 1;
    private static final String RESOURCE = "/assets/org/hipparchus/random/new-joe-kuo-6.21201";
    private static final int MAX_DIMENSION = 21201;

    /** Scrambled direction numbers and shifts of one run: immutable, shared by cursors. */
    static final class Tables {
        final int d;
        /** v[b * d + j]: scrambled direction number of bit b, dimension j. */
        final long[] v;
        final long[] shift;

        Tables(int d, long[] v, long[] shift) {
            this.d = d;
            this.v = v;
            this.shift = shift;
        }
    }

    private final Tables t;
    private final long blockSize;
    private final long[] x;
    private long index;
    private long end;

    SobolPoints(Tables t, int blockSize) {
        this.t = t;
        this.blockSize = blockSize;
        this.x = new long[t.d];
    }

    @Override
    public int dimension() {
        return t.d;
    }

    @Override
    public void start(long block, int length) {
        index = block * blockSize;
        end = index + length;
        long gray = index ^ (index >>> 1);
        int d = t.d;
        java.util.Arrays.fill(x, 0L);
        for (int b = 0; gray != 0; b++, gray >>>= 1) {
            if ((gray & 1) != 0) {
                int off = b * d;
                for (int j = 0; j < d; j++) {
                    x[j] ^= t.v[off + j];
                }
            }
        }
    }

    @Override
    public void next(double[] u) {
        if (index >= end) {
            throw new IllegalStateException("past the end of the block");
        }
        int d = t.d;
        long[] s = t.shift;
        for (int j = 0; j < d; j++) {
            u[j] = ((x[j] ^ s[j]) + 0.5) * 0x1.0p-52;
        }
        index++;
        int off = Long.numberOfTrailingZeros(index) * d;
        if (off < BITS * d) {
            for (int j = 0; j < d; j++) {
                x[j] ^= t.v[off + j];
            }
        }
    }

    /** Reads d dimensions of direction numbers and scrambles them with streams of {@code seed}. */
    static Tables tables(long seed, int d) {
        if (d > MAX_DIMENSION) {
            throw new IllegalArgumentException("SOBOL supports at most " + MAX_DIMENSION + " inputs, got " + d);
        }
        long[][] dir = directions(d);
        long[] v = new long[BITS * d];
        long[] shift = new long[d];
        long[] rows = new long[BITS];
        for (int j = 0; j < d; j++) {
            UniformRandomProvider rng = Streams.stream(seed, Streams.TAG_SOBOL_SCRAMBLE, 0L, j);
            // Row p (output bit position p; bit 51 is the first binary digit): bit p set, random
            // bits above p (more significant digits), none below.
            for (int p = 0; p < BITS; p++) {
                long above = p == BITS - 1 ? 0L : (MASK & ~((1L << (p + 1)) - 1));
                rows[p] = (1L << p) | (rng.nextLong() & above);
            }
            shift[j] = rng.nextLong() & MASK;
            for (int b = 0; b < BITS; b++) {
                v[b * d + j] = multiply(rows, dir[j][b]);
            }
        }
        return new Tables(d, v, shift);
    }

    /** L·x over GF(2): output bit p is the parity of row p AND x. */
    static long multiply(long[] rows, long x) {
        long y = 0;
        for (int p = 0; p < BITS; p++) {
            y |= (long) (Long.bitCount(rows[p] & x) & 1) << p;
        }
        return y;
    }

    /** Unscrambled direction numbers dir[j][b] (b = 0 for the first bit), 52-bit. */
    static long[][] directions(int d) {
        long[][] dir = new long[d][BITS];
        if (d == 0) {
            return dir;
        }
        for (int b = 0; b < BITS; b++) {
            dir[0][b] = 1L << (BITS - 1 - b);
        }
        if (d == 1) {
            return dir;
        }
        try (InputStream in = SobolPoints.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Sobol direction numbers not found on the classpath: " + RESOURCE
                        + " (hipparchus-core)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            r.readLine(); // header: d s a m_i
            int j = 1;
            String line;
            while (j < d && (line = r.readLine()) != null) {
                String[] tok = line.trim().split("\\s+");
                int s = Integer.parseInt(tok[1]);
                int a = Integer.parseInt(tok[2]);
                long[] v = dir[j];
                for (int i = 0; i < s && i < BITS; i++) {
                    v[i] = Long.parseLong(tok[3 + i]) << (BITS - 1 - i);
                }
                for (int i = s; i < BITS; i++) {
                    long w = v[i - s] ^ (v[i - s] >>> s);
                    for (int k = 1; k < s; k++) {
                        w ^= ((a >>> (s - 1 - k)) & 1) * v[i - k];
                    }
                    v[i] = w;
                }
                j++;
            }
            if (j < d) {
                throw new IllegalStateException("Sobol direction file ended at dimension " + j);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
