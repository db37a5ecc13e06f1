package org.euromesh.engine.api;

/** How an output is summarised. */
public enum OutputKind {
    /**
     * A date in years from 2026-01-01. Histogram over [0, horizon] at a resolution of at most one
     * day; values above the horizon, +infinity or NaN are censored, counted, never dropped.
     */
    TIME,
    /** 0 or 1: reported as a probability with a 95% Wilson interval. */
    INDICATOR,
    /** Any real value: moments and a histogram over the declared range (under/overflow counted). */
    VALUE
}
