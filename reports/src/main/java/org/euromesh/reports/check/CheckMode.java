package org.euromesh.reports.check;

import java.util.Locale;

/** How a rerun is compared with its baseline. */
public enum CheckMode {
    /** Same seed and N: every number must be bit-identical. */
    EXACT,
    /** Another seed or N: each percentile and probability within k combined standard errors. */
    STATISTICAL;

    public static CheckMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--mode must be exact or statistical, got '" + text + "'", e);
        }
    }
}
