package org.euromesh.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks {@code [from, to)} of a run: what one Spark task computes.
 *
 * @param from first block
 * @param to   one past the last block
 */
public record BlockSpan(long from, long to) implements Serializable {

    public BlockSpan {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("block span [" + from + ", " + to + ") must be non-empty, from >= 0");
        }
    }

    /**
     * {@code [from, to)} cut into {@code min(parts, to - from)} contiguous spans, in block order,
     * whose lengths differ by at most one.
     */
    public static List<BlockSpan> split(long from, long to, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be >= 1, got " + parts);
        }
        long n = to - from;
        if (n <= 0) {
            throw new IllegalArgumentException("no blocks in [" + from + ", " + to + ")");
        }
        int k = (int) Math.min(parts, n);
        List<BlockSpan> spans = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            spans.add(new BlockSpan(from + n * i / k, from + n * (i + 1) / k));
        }
        return spans;
    }
}
