package org.euromesh.model;

/** Unit conversions of docs/MODEL.md §0 and §4. */
final class Units {

    /** A year is 365.25 days. */
    static final double SECONDS_PER_YEAR = 3.15576e7;
    /** kW·s per MWh. */
    static final double KWS_PER_MWH = 3.6e6;
    /** The public substrate is quoted in EFLOP/s. */
    static final double FLOPS_PER_EFLOPS = 1e18;

    private Units() {
    }
}
