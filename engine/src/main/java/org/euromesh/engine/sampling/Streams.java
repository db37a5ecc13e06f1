package org.euromesh.engine.sampling;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.Philox4x64;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * Where every random number of a run comes from.
 *
 * <p><b>Points of MC and LHS</b> come from the faster {@link #pointStream} (see there). Everything
 * else (the Sobol scramble, bootstrap resampling) uses {@link #stream}:
 *
 * <p><b>Generator.</b> commons-rng's {@link Philox4x64} (Salmon et al., SC'11), a counter-based
 * generator: output block c is a keyed bijection of a 256-bit counter, so a stream is fully
 * determined by its key and starting counter, and any stream can be created directly (no
 * sequential jumping) — exactly what per-block streams need.
 *
 * <p><b>Layout.</b> {@code new Philox4x64(long[] {key0, key1, c0, c1, c2, c3})} (verified against
 * 1.7: the counter is the last four words, c0 the lowest, incremented once per four outputs).
 * A stream for purpose {@code tag}, block {@code k} and dimension key {@code h} is
 * <pre>
 *   key     = (seed, tag)
 *   counter = (0, 0, k, h)
 * </pre>
 * Within a stream only c0 (and, after 2^66 outputs, c1) ever changes. Two streams of the same
 * seed and tag with different (k, h) therefore walk <em>disjoint</em> counter ranges of one keyed
 * bijection: they cannot overlap unless one of them draws 2^130 numbers. Different tags use
 * different keys (different bijections). Nothing depends on the thread that runs the block.
 *
 * <p>Dimension keys are 64-bit hashes of the input <em>names</em> ({@link #nameKey}), so input
 * {@code x} of sample j gets the same uniforms in any model that has an input called {@code x}
 * (common random numbers across scenarios), wherever it sits in the input list.
 */
public final class Streams {

    /** Tag of the per-(block, input) streams of MC and LHS. */
    public static final long TAG_POINTS = 0x5EED_B10C_0000_0001L;
    /** Tag of the Sobol scramble (one stream per dimension, block = 0). */
    public static final long TAG_SOBOL_SCRAMBLE = 0x5EED_B10C_0000_0002L;

    /** Smallest uniform ever produced: 2^-53. */
    public static final double U_MIN = 0x1.0p-53;
    /** Largest uniform ever produced: 1 − 2^-53. */
    public static final double U_MAX = 1.0 - 0x1.0p-53;

    private Streams() {
    }

    /** The stream of (seed, tag, block, dimension key). */
    public static UniformRandomProvider stream(long seed, long tag, long block, long dimensionKey) {
        return new Philox4x64(new long[] {seed, tag, 0L, 0L, block, dimensionKey});
    }

    /**
     * The fast stream of (seed, tag, block, dimension key), used for the points of MC and LHS (the
     * hot loop draws one number per input per sample). commons-rng's {@link XoRoShiRo128PlusPlus}
     * (Blackman &amp; Vigna; period 2^128 − 1, passes BigCrush and PractRand), about 3x cheaper per
     * number than {@link Philox4x64}.
     *
     * <p><b>Stream derivation.</b> Its 128-bit state is two SplitMix64 hash chains over
     * (seed, tag, block, key) with different start constants, {@link #pointState}: a function of
     * those four values only, never of the thread. Streams are not provably disjoint as Philox's
     * counter ranges are, but non-overlapping in practice: S streams of L numbers each, started at
     * effectively random points of one cycle of length 2^128, overlap with probability at most
     * S²·L / 2^128. A run of 10^9 samples with 100 inputs has S ≈ 1.5·10^6 streams of
     * L = 65,536: below 10^-21. Two different (seed, tag, block, key) get the same start state with
     * probability about 2^-128 per pair.
     */
    public static XoRoShiRo128PlusPlus pointStream(long seed, long tag, long block, long dimensionKey) {
        return new XoRoShiRo128PlusPlus(pointState(seed, tag, block, dimensionKey, 0x9E3779B97F4A7C15L),
                pointState(seed, tag, block, dimensionKey, 0xD1B54A32D192ED03L));
    }

    /**
     * One 64-bit word of a point stream's start state: a chain of SplitMix64 finalisers, each
     * absorbing one of (seed, tag, block, key) after a Weyl increment, so every input bit
     * avalanches into the result. Never all-zero in practice; a zero word is replaced (xoroshiro
     * only needs the 128-bit state to be non-zero).
     */
    static long pointState(long seed, long tag, long block, long dimensionKey, long start) {
        long z = mix(start ^ seed);
        z = mix(z + 0x9E3779B97F4A7C15L ^ tag);
        z = mix(z + 0x9E3779B97F4A7C15L ^ block);
        z = mix(z + 0x9E3779B97F4A7C15L ^ dimensionKey);
        return z == 0 ? start : z;
    }

    /**
     * A uniform strictly inside (0, 1) from 64 random bits: the top 52 bits plus one half,
     * times 2^-52, i.e. the centre of one of 2^52 equal cells; in [2^-53, 1 − 2^-53], exact.
     */
    public static double toUnit(long bits) {
        return ((bits >>> 12) + 0.5) * 0x1.0p-52;
    }

    /** Clamps into [{@link #U_MIN}, {@link #U_MAX}] so an inverse cdf never sees 0 or 1. */
    public static double clamp(double u) {
        return u < U_MIN ? U_MIN : u > U_MAX ? U_MAX : u;
    }

    /**
     * A stable 64-bit key of a name: FNV-1a over its UTF-8 bytes, finished with the SplitMix64
     * mixer. Not {@link String#hashCode()}: 32 bits collide too easily.
     */
    public static long nameKey(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser (Stafford variant 13). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
