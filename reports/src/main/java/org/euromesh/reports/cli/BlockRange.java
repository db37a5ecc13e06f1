package org.euromesh.reports.cli;

/**
 * {@code --blocks FROM:TO}: blocks FROM (inclusive) to TO (exclusive) of a run, counted from 0.
 *
 * @param from first block
 * @param to   one past the last block
 */
record BlockRange(long from, long to) {

    BlockRange {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("--blocks " + from + ":" + to
                    + ": expected FROM:TO with 0 <= FROM < TO (TO exclusive)");
        }
    }

    /** Parses {@code FROM:TO}. */
    static BlockRange parse(String text) {
        String[] parts = text.trim().split(":", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--blocks '" + text + "': expected FROM:TO, e.g. 0:8");
        }
        try {
            return new BlockRange(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--blocks '" + text + "': expected FROM:TO with whole numbers, e.g. 0:8", e);
        }
    }

    /** Checks the range against a run of {@code blocks} blocks of {@code blockSize} samples. */
    BlockRange within(long blocks, long samples, int blockSize) {
        if (to > blocks) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "--blocks %d:%d: the run has %d blocks (%,d samples in blocks of %,d); TO must be at most %d",
                    from, to, blocks, samples, blockSize, blocks));
        }
        return this;
    }
}
