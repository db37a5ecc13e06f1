package org.euromesh.params;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the public substrate is allocated to the federation (docs/MODEL.md §3.2, the
 * {@code framing.allocation} setting): Europe decides to mobilise it, it is reached only through
 * institutional Grand-Challenge-style calls, or each Monte Carlo path draws one of the two.
 */
public enum Allocation {
    /** A share {@code f_addr} from {@code t_coord} on, for as long as needed (the baseline). */
    MOBILISED,
    /** A share {@code f_inst} during {@code inst_rounds} calls of {@code d_inst} years each. */
    INSTITUTIONAL,
    /** Per path, mobilised when {@code allocation_u < p_mobilise}, else institutional. */
    MIXTURE;

    /** The word the files use: {@code mobilised}, {@code institutional}, {@code mixture}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The allocation a file names, or a one-line error at {@code at}. */
    static Allocation parse(String text, SourceLocation at) {
        for (Allocation a : values()) {
            if (a.word().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new ParameterException(at, "allocation", "expected one of "
                + Arrays.stream(values()).map(Allocation::word).toList() + ", got '" + text.trim() + "'");
    }
}
