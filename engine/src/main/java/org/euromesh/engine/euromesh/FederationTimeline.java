package org.euromesh.engine.euromesh;

import java.util.Arrays;

/**
 * Layer 2 (MODEL.md §3) for the federation: its members' rates are piecewise constant between
 * events (t_coord, the substrate steps at t = 1 and 3, every medium site's start), so the
 * cumulative effective compute E(t) is piecewise linear and the delivery time of a target is
 * solved exactly on its segments, not by monthly stepping.
 *
 * <p>The segments are built once per path ({@link #build}); each target then sweeps them with
 * its own α, because α depends on the target's parameter count. One instance per evaluator: it
 * owns scratch arrays and allocates only if a path has more sites than ever seen before.
 *
 * <p>Decision (MODEL.md says "n = members training at that moment ... plus every energised
 * medium site"): a site counts in n from the moment it trains (energisation + commissioning),
 * the moment it starts contributing FLOP, so α and the rate change at the same events.
 */
final class FederationTimeline {

    /** Start of the substrate's second and third plateaus, years (MODEL.md §3). */
    static final double SUBSTRATE_STEP_1 = 1.0;
    static final double SUBSTRATE_STEP_2 = 3.0;

    private double[] events = new double[64];
    private double[] segStart = new double[64];
    private double[] segEnd = new double[64];
    /** Substrate rate before α and the site rate before α, FLOP/s. */
    private double[] segRawPublic = new double[64];
    private double[] segRawSites = new double[64];
    /** n, members training in the segment, and max(1, alpha0 + k_H·log10(H/H_ref) + k_N·log2 n). */
    private double[] segMembers = new double[64];
    private double[] segAlphaBase = new double[64];
    private int segments;

    // Last solve's split of the federation's FLOP at delivery (or at the horizon if censored).
    private double lastPublicFlop;
    private double lastSitesFlop;

    /**
     * Builds the segments of one path.
     *
     * @param siteStarts       training start of every medium site, ideally ascending (the model merges
     *                         its regions' sorted runs); sorted in place if not
     * @param siteCount        number of valid entries in {@code siteStarts}
     * @param siteRawRate      one site's rate before α: g · gpu_flops · MFU_local · u
     * @param publicSubstrate  whether member A trains at all
     * @param tCoord           when member A starts training
     * @param publicRawPerEflops member A's rate before α per EFLOP/s of substrate: f_addr · 1e18 · MFU_local · u
     * @param sNow             substrate for 0 ≤ t &lt; 1, EFLOP/s
     * @param s2026            substrate for 1 ≤ t &lt; 3
     * @param s2028            substrate for t ≥ 3
     * @param nPub             members counted for the substrate
     * @param alphaOffset      alpha0 + k_H·log10(H/H_ref), the part of α's base that does not depend on n
     * @param kN               α's increase per doubling of n
     * @param horizon          end of the last segment, years
     */
    void build(double[] siteStarts, int siteCount, double siteRawRate, boolean publicSubstrate, double tCoord,
               double publicRawPerEflops, double sNow, double s2026, double s2028, double nPub,
               double alphaOffset, double kN, double horizon) {
        if (!sorted(siteStarts, siteCount)) {
            Arrays.sort(siteStarts, 0, siteCount);
        }
        ensureEvents(siteCount + 3);
        int m;
        if (publicSubstrate && tCoord == tCoord) {
            // Merge the (sorted) site starts with the three substrate events, themselves sorted.
            double a = tCoord;
            double b = SUBSTRATE_STEP_1;
            double c = SUBSTRATE_STEP_2;
            if (b < a) {
                double tmp = a;
                a = b;
                b = tmp;
            }
            if (c < b) {
                double tmp = b;
                b = c;
                c = tmp;
                if (b < a) {
                    tmp = a;
                    a = b;
                    b = tmp;
                }
            }
            m = 0;
            int i = 0;
            int e = 0;
            int total = siteCount + 3;
            while (m < total) {
                double ev = e == 0 ? a : e == 1 ? b : e == 2 ? c : Double.NaN;
                if (e < 3 && (i >= siteCount || !(siteStarts[i] < ev))) {
                    events[m++] = ev;
                    e++;
                } else {
                    events[m++] = siteStarts[i++];
                }
            }
        } else {
            m = 0;
            if (publicSubstrate) {
                events[m++] = tCoord;
                events[m++] = SUBSTRATE_STEP_1;
                events[m++] = SUBSTRATE_STEP_2;
            }
            System.arraycopy(siteStarts, 0, events, m, siteCount);
            m += siteCount;
            if (publicSubstrate) {
                Arrays.sort(events, 0, m);
            }
        }
        ensureSegments(m + 1);

        segments = 0;
        double t = 0.0;
        int nextSite = 0;
        int nextEvent = 0;
        while (t < horizon) {
            while (nextEvent < m && events[nextEvent] <= t) {
                nextEvent++;
            }
            double end = nextEvent < m ? Math.min(events[nextEvent], horizon) : horizon;
            while (nextSite < siteCount && siteStarts[nextSite] <= t) {
                nextSite++;
            }
            boolean publicOn = publicSubstrate && t >= tCoord;
            double substrate = t < SUBSTRATE_STEP_1 ? sNow : t < SUBSTRATE_STEP_2 ? s2026 : s2028;
            segStart[segments] = t;
            segEnd[segments] = end;
            segRawPublic[segments] = publicOn ? publicRawPerEflops * substrate : 0.0;
            segRawSites[segments] = nextSite * siteRawRate;
            double members = (publicOn ? nPub : 0.0) + nextSite;
            segMembers[segments] = members;
            segAlphaBase[segments] = members > 0
                    ? Math.max(1.0, alphaOffset + kN * Efficiency.log2(members)) : 1.0;
            segments++;
            t = end;
        }
    }

    /**
     * The first t with E(t) ≥ {@code computeFlop}, or +infinity if not reached by the horizon.
     *
     * @param sizeFactor 1 + s_scale·max(0, log10(N/1e10)) for this target's N
     * @param alphaCap   α's ceiling
     */
    double deliveryTime(double computeFlop, double sizeFactor, double alphaCap) {
        double done = 0.0;
        double publicFlop = 0.0;
        double sitesFlop = 0.0;
        for (int i = 0; i < segments; i++) {
            if (segMembers[i] <= 0) {
                continue;
            }
            // One division per segment (this loop runs for every target on every path).
            double inv = 1.0 / Math.min(alphaCap, segAlphaBase[i] * sizeFactor);
            double ratePublic = segRawPublic[i] * inv;
            double rateSites = segRawSites[i] * inv;
            double rate = ratePublic + rateSites;
            if (rate <= 0) {
                continue;
            }
            double seconds = (segEnd[i] - segStart[i]) * Units.SECONDS_PER_YEAR;
            if (done + rate * seconds >= computeFlop) {
                double needed = (computeFlop - done) / rate;
                lastPublicFlop = publicFlop + ratePublic * needed;
                lastSitesFlop = sitesFlop + rateSites * needed;
                return segStart[i] + needed / Units.SECONDS_PER_YEAR;
            }
            done += rate * seconds;
            publicFlop += ratePublic * seconds;
            sitesFlop += rateSites * seconds;
        }
        lastPublicFlop = publicFlop;
        lastSitesFlop = sitesFlop;
        return Double.POSITIVE_INFINITY;
    }

    /** After {@link #deliveryTime}: true if the medium sites supplied more FLOP than the public substrate. */
    boolean sitesSuppliedMost() {
        return lastSitesFlop > lastPublicFlop;
    }

    int segmentCount() {
        return segments;
    }

    private static boolean sorted(double[] v, int n) {
        for (int i = 1; i < n; i++) {
            if (v[i] < v[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private void ensureEvents(int n) {
        if (events.length < n) {
            events = new double[Math.max(n, 2 * events.length)];
        }
    }

    private void ensureSegments(int n) {
        if (segStart.length < n) {
            int len = Math.max(n, 2 * segStart.length);
            segStart = new double[len];
            segEnd = new double[len];
            segRawPublic = new double[len];
            segRawSites = new double[len];
            segMembers = new double[len];
            segAlphaBase = new double[len];
        }
    }
}
