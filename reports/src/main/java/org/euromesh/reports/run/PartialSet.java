package org.euromesh.reports.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.euromesh.engine.Partial;
import org.euromesh.engine.RunSpec;

/**
 * Partial files checked to be the whole of one run: the same canonical configuration and model,
 * block ranges that are contiguous from block 0 to the run's last block, none twice, none
 * missing. Sorted in block order, ready to merge.
 *
 * @param configuration the run's canonical configuration
 * @param files         the partial files, in block order
 */
public record PartialSet(String configuration, List<PartialFile> files) {

    public PartialSet {
        Objects.requireNonNull(configuration, "configuration");
        files = List.copyOf(files);
    }

    /**
     * Checks that {@code files} are exactly the blocks of one run.
     *
     * @throws IllegalArgumentException naming the files and what does not fit
     */
    public static PartialSet of(List<PartialFile> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no partial files to merge");
        }
        PartialFile first = files.get(0);
        for (PartialFile f : files.subList(1, files.size())) {
            if (!f.configuration().equals(first.configuration())) {
                throw new IllegalArgumentException(f.file() + " and " + first.file() + " are partials of different runs: "
                        + difference(first.configuration(), f.configuration()));
            }
            if (!f.partial().sameRun(first.partial())) {
                throw new IllegalArgumentException(f.file() + " and " + first.file()
                        + " are partials of different models (same options, different model fingerprint)");
            }
        }
        List<PartialFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparingLong((PartialFile f) -> f.partial().fromBlock())
                .thenComparingLong(f -> f.partial().toBlock()));
        RunSpec spec = first.partial().spec();
        long expected = 0;
        PartialFile previous = null;
        for (PartialFile f : sorted) {
            Partial p = f.partial();
            if (p.fromBlock() < expected) {
                boolean same = previous != null && previous.partial().fromBlock() == p.fromBlock()
                        && previous.partial().toBlock() == p.toBlock();
                throw new IllegalArgumentException(f.file() + " " + (same ? "duplicates " : "overlaps ") + previous.file()
                        + ": blocks " + range(p) + " and " + range(previous.partial()));
            }
            if (p.fromBlock() > expected) {
                throw new IllegalArgumentException("blocks [" + expected + ", " + p.fromBlock() + ") of the run are missing "
                        + "(no partial holds them; the run has " + spec.blocks() + " blocks)");
            }
            expected = p.toBlock();
            previous = f;
        }
        if (expected != spec.blocks()) {
            throw new IllegalArgumentException("blocks [" + expected + ", " + spec.blocks() + ") of the run are missing "
                    + "(no partial holds them; the run has " + spec.blocks() + " blocks)");
        }
        return new PartialSet(first.configuration(), sorted);
    }

    /** Every block of the run, merged in block order. */
    public Partial merged() {
        return Partial.mergeInOrder(files.stream().map(PartialFile::partial).toList());
    }

    private static String range(Partial p) {
        return "[" + p.fromBlock() + ", " + p.toBlock() + ")";
    }

    /** The first field in which two canonical configurations differ, for the error message. */
    static String difference(String a, String b) {
        Map<String, String> fa = RunConfiguration.parseFields(a);
        Map<String, String> fb = RunConfiguration.parseFields(b);
        for (Map.Entry<String, String> e : fa.entrySet()) {
            String other = fb.get(e.getKey());
            if (!e.getValue().equals(other)) {
                return e.getKey() + " " + e.getValue() + " vs " + (other == null ? "(none)" : other);
            }
        }
        for (String k : fb.keySet()) {
            if (!fa.containsKey(k)) {
                return k + " (none) vs " + fb.get(k);
            }
        }
        return "the configurations differ";
    }
}
