package org.euromesh.distributions;

import java.util.Locale;

/** How much a source supports a value (docs/MODEL.md §0); drives the default spread of a bare central. */
public enum Confidence {
    HIGH, MEDIUM, LOW, ESTIMATE;

    /** Parses {@code high|medium|low|estimate} (case-insensitive). */
    public static Confidence parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("confidence must be one of high, medium, low, estimate; got '" + text + "'", e);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
