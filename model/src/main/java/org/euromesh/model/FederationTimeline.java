package org.euromesh.model;


/**
 * Layer 2 (docs/MODEL.md §3) for the federation: its members' rates are piecewise constant between
 * events (t_coord, the substrate steps at t = 1 and 3, every medium site's start), so the
 * cumulative effective compute E(t) is piecewise linear and the delivery time of a target is
 * solved exactly on its segments, not by monthly stepping.
 *
 * <p>The segments are built once per path ({@link #build}, which walks the site starts sorted by
 * {@link SiteRuns#sort}), with running totals of the FLOP delivered before α and
 * after α's base. A target's α is min(α_cap, base·size factor); base only grows with time
 * (members only join), so a target's α is uncapped up to some segment c and capped from there on.
 * Its cumulative compute at a segment boundary is therefore effective(≤ c)/size factor +
 * raw(&gt; c)/α_cap, read from the totals in O(1); {@link #deliveryTime} finds the delivery segment
 * by comparing the totals with a threshold in their own units, with three divisions per target
 * instead of one per segment. Paths where the premise fails (a negative rate, a base that falls
 * with n because k_N &lt; 0) take the sweep ({@link #deliveryTimeBySweep}), which is also the
 * reference the tests compare against. (Measured, the two cost about the same on the baseline —
 * most deliveries come within a few segments — so the totals are kept for their simpler per-target
 * step, not for speed.) One instance per evaluator: it owns scratch arrays and allocates only if a
 * path has more sites than ever seen before.
 *
 * <p>Decision (docs/MODEL.md says "n = members training at that moment ... plus every energised
 * medium site"): a site counts in n from the moment it trains (energisation + commissioning),
 * the moment it starts contributing FLOP, so α and the rate change at the same events.
 */
final class FederationTimeline {

    /** Start of the substrate's second and third plateaus, years (docs/MODEL.md §3). */
    static final double SUBSTRATE_STEP_1 = 1.0;
    static final double SUBSTRATE_STEP_2 = 3.0;

    /** The substrate's events of the current path: plateau steps and window edges, ascending. */
    private double[] events = new double[4];
    /** Start of each segment, years; {@code segStart[segments]} is the end of the last (the horizon). */
    private double[] segStart = new double[64];
    /** Substrate rate before α and the site rate before α, FLOP/s (0 while nobody trains). */
    private double[] segRawPublic = new double[64];
    private double[] segRawSites = new double[64];
    /** α's base for the segment's n members: max(1, alpha0 + k_H·log10(H/H_ref) + k_N·log2 n). */
    private double[] segAlphaBase = new double[64];
    /**
     * The fallback's inputs per segment: the substrate's rate alone (0 if closed) and the number of
     * sites training. From them {@link #buildFallback} derives, only on a path where some target's
     * method fails, the fallback's rate (single fastest member, synchronous), whether the substrate
     * is that member, and the totals {@link #cumFail} and {@link #cumFailPublic}.
     */
    private double[] segFailPublicRate = new double[64];
    private int[] segStarted = new int[64];
    private double[] segFail = new double[64];
    private boolean[] segFailPublic = new boolean[64];
    /** One site's fallback rate on this path, and whether the fallback's arrays are of this path. */
    private double siteFailRate;
    private boolean fallbackBuilt;
    private int segments;
    /**
     * Totals at each segment boundary (index i = start of segment i): FLOP before α, its public
     * part, FLOP divided by α's base (before the size factor), and its public part.
     */
    private double[] cumRaw = new double[65];
    private double[] cumRawPublic = new double[65];
    private double[] cumEffective = new double[65];
    private double[] cumEffectivePublic = new double[65];
    /** The fallback's FLOP at each segment boundary, and the substrate's part of it. */
    private double[] cumFail = new double[65];
    private double[] cumFailPublic = new double[65];
    /** Whether this path's bases ascend and its rates are ≥ 0: {@link #deliveryTime}'s premise. */
    private boolean fast;

    // Last solve's split of the federation's FLOP at delivery (or at the horizon if censored).
    private double lastPublicFlop;
    private double lastSitesFlop;

    /**
     * Builds the segments of one path.
     *
     * @param sites            every medium site's training start, in any order (sorted here)
     * @param siteRawRate      one site's rate before α: g · gpu_flops · MFU_local · u
     * @param windows          when member A trains (none in the medium-sites-only framing)
     * @param publicRawPerEflops member A's rate before α per EFLOP/s of substrate and open window:
     *                         share · 1e18 · MFU_local · u (share = f_addr or f_inst)
     * @param sNow             substrate for 0 ≤ t &lt; 1, EFLOP/s
     * @param s2026            substrate for 1 ≤ t &lt; 3
     * @param s2028            substrate for t ≥ 3
     * @param nPub             members counted for the substrate
     * @param alphaOffset      alpha0 + k_H·log10(H/H_ref), the part of α's base that does not depend on n
     * @param kN               α's increase per doubling of n
     * @param siteFailRate     one site trained alone and synchronously (the method fails, §2.1):
     *                         g · gpu_flops · MFU_local, no α, no u
     * @param publicFailRate   the public share of the largest system per open window, trained alone
     *                         and synchronously: share · S_max · 1e18 · MFU_local
     * @param horizon          end of the last segment, years
     */
    void build(SiteRuns sites, double siteRawRate, PublicWindows windows, double publicRawPerEflops, double sNow,
               double s2026, double s2028, double nPub, double alphaOffset, double kN, double siteFailRate,
               double publicFailRate, double horizon) {
        int siteCount = sites.siteCount();
        // Every site's start, ascending, +inf after the last (a NaN start sorts after it: never reached).
        double[] starts = sites.sort();
        // The substrate's own events, ascending: its windows' edges (a NaN or infinite edge never
        // happens) and its two plateau steps. Without a window only the sites make events.
        int substrateEvents = substrateEvents(windows);
        ensureSegments(siteCount + substrateEvents + 2);

        segments = 0;
        fast = true;
        double t = 0.0;
        int started = 0;
        double nextSite = starts[0];
        int nextEvent = 0;
        double raw = 0.0;
        double rawPublic = 0.0;
        double effective = 0.0;
        double effectivePublic = 0.0;
        double previousBase = 0.0;
        this.siteFailRate = siteFailRate;
        fallbackBuilt = false;
        while (t < horizon) {
            // The substrate's state (open windows, plateau) changes only at its own events, so it
            // is read once per stretch between two of them, not once per segment; within the
            // stretch only the site starts cut segments (most segments: one per site).
            while (nextEvent < substrateEvents && events[nextEvent] <= t) {
                nextEvent++;
            }
            double until = horizon;
            if (nextEvent < substrateEvents && events[nextEvent] < until) {
                until = events[nextEvent];
            }
            int open = windows.openAt(t);
            boolean publicOn = open > 0;
            double substrate = t < SUBSTRATE_STEP_1 ? sNow : t < SUBSTRATE_STEP_2 ? s2026 : s2028;
            double publicMembers = publicOn ? nPub : 0.0;
            double publicRate = open * publicRawPerEflops * substrate;
            // The fallback's substrate rate (see buildFallback).
            double failPublicRate = publicOn ? open * publicFailRate : 0.0;
            do {
                while (nextSite <= t) {
                    nextSite = starts[++started];
                }
                double end = until;
                if (nextSite < end) {
                    end = nextSite;
                }
                double members = publicMembers + started;
                boolean active = members > 0;
                // A segment without members trains nothing (α needs n ≥ 1), whatever its raw rates.
                double ratePublic = active && publicOn ? publicRate : 0.0;
                double rateSites = active ? started * siteRawRate : 0.0;
                double base = active ? Math.max(1.0, alphaOffset + kN * Efficiency.log2(members)) : 1.0;
                int i = segments;
                segStart[i] = t;
                segRawPublic[i] = ratePublic;
                segRawSites[i] = rateSites;
                segAlphaBase[i] = base;
                segFailPublicRate[i] = failPublicRate;
                segStarted[i] = started;
                double seconds = (end - t) * Units.SECONDS_PER_YEAR;
                double inv = 1.0 / base;
                raw += (ratePublic + rateSites) * seconds;
                rawPublic += ratePublic * seconds;
                effective += (ratePublic + rateSites) * inv * seconds;
                effectivePublic += ratePublic * inv * seconds;
                cumRaw[i + 1] = raw;
                cumRawPublic[i + 1] = rawPublic;
                cumEffective[i + 1] = effective;
                cumEffectivePublic[i + 1] = effectivePublic;
                fast &= base >= previousBase & ratePublic >= 0 & rateSites >= 0;
                previousBase = base;
                segments++;
                t = end;
            } while (t < until);
        }
        segStart[segments] = t;
    }

    /** Writes the windows' finite edges and the plateau steps into {@link #events}, ascending; returns how many. */
    private int substrateEvents(PublicWindows windows) {
        int w = windows.count();
        if (w == 0) {
            return 0;
        }
        if (events.length < 2 * w + 2) {
            events = new double[2 * w + 2];
        }
        int n = 0;
        events[n++] = SUBSTRATE_STEP_1;
        events[n++] = SUBSTRATE_STEP_2;
        for (int i = 0; i < w; i++) {
            double a = windows.start(i);
            double b = windows.end(i);
            if (a > Double.NEGATIVE_INFINITY && a < Double.POSITIVE_INFINITY) {
                events[n++] = a;
            }
            if (b > Double.NEGATIVE_INFINITY && b < Double.POSITIVE_INFINITY) {
                events[n++] = b;
            }
        }
        // Three events on a mobilised path, a handful on an institutional one.
        InsertionSort.sort(events, n);
        return n;
    }

    /**
     * The fallback's rates and totals of this path, segment by segment: the single fastest member
     * alone, a tie going to the substrate (as in sites_most). Done on first use, not in
     * {@link #build}, because most paths never need it (their targets' method works); the
     * arithmetic is the build's own, in the same order.
     */
    private void buildFallback() {
        double fail = 0.0;
        double failPublic = 0.0;
        for (int i = 0; i < segments; i++) {
            double failPublicRate = segFailPublicRate[i];
            double failSiteRate = segStarted[i] > 0 ? siteFailRate : 0.0;
            boolean failByPublic = failPublicRate >= failSiteRate;
            double failRate = failByPublic ? failPublicRate : failSiteRate;
            segFail[i] = failRate;
            segFailPublic[i] = failByPublic;
            double seconds = (segStart[i + 1] - segStart[i]) * Units.SECONDS_PER_YEAR;
            fail += failRate * seconds;
            failPublic += failByPublic ? failRate * seconds : 0.0;
            cumFail[i + 1] = fail;
            cumFailPublic[i + 1] = failPublic;
        }
        fallbackBuilt = true;
    }

    /**
     * The first t at which the fallback (docs/MODEL.md §2.1: the method fails at the target's
     * size, so the federation trains on its single fastest member, synchronously) has delivered
     * {@code computeFlop}, or +infinity if not by the horizon. Sets the FLOP split for
     * {@link #sitesSuppliedMost}: each segment's FLOP belongs to the member that trains it.
     */
    double fallbackDeliveryTime(double computeFlop) {
        if (!fallbackBuilt) {
            buildFallback();
        }
        int n = segments;
        if (!(cumFail[n] >= computeFlop)) {
            lastPublicFlop = cumFailPublic[n];
            lastSitesFlop = cumFail[n] - cumFailPublic[n];
            return Double.POSITIVE_INFINITY;
        }
        int i = 0;
        while (cumFail[i + 1] < computeFlop || !(segFail[i] > 0)) {
            i++;
        }
        double needed = Math.max(0.0, (computeFlop - cumFail[i]) / segFail[i]);
        double publicBefore = cumFailPublic[i];
        lastPublicFlop = segFailPublic[i] ? publicBefore + segFail[i] * needed : publicBefore;
        lastSitesFlop = computeFlop - lastPublicFlop;
        return segStart[i] + needed / Units.SECONDS_PER_YEAR;
    }

    /**
     * The first t with E(t) ≥ {@code computeFlop}, or +infinity if not reached by the horizon.
     * Agrees with {@link #deliveryTimeBySweep} up to rounding (the totals are summed once per path
     * rather than once per target).
     *
     * @param sizeFactor 1 + s_scale·max(0, log10(N/1e10)) for this target's N
     * @param alphaCap   α's ceiling
     */
    double deliveryTime(double computeFlop, double sizeFactor, double alphaCap) {
        if (!fast || !(computeFlop > 0) || !(sizeFactor > 0) || !(alphaCap > 0)) {
            return deliveryTimeBySweep(computeFlop, sizeFactor, alphaCap);
        }
        int n = segments;
        // c: the first segment whose α is capped (base·size factor > cap). Bases ascend, so if the
        // last segment is not capped none is (c = n, the common case on the baseline): that one
        // test saves walking every segment for every target.
        int c = n;
        if (n > 0 && segAlphaBase[n - 1] * sizeFactor > alphaCap) {
            c = 0;
            while (!(segAlphaBase[c] * sizeFactor > alphaCap)) {
                c++;
            }
        }
        // The delivery segment i: the first with total(i + 1) ≥ computeFlop, found by comparing
        // the running totals with a threshold in their own units (no division per segment).
        int i;
        double effectiveTarget = computeFlop * sizeFactor;
        if (cumEffective[c] >= effectiveTarget) {
            i = 0;
            while (cumEffective[i + 1] < effectiveTarget) {
                i++;
            }
        } else {
            double rawTarget = cumRaw[c] + (computeFlop - cumEffective[c] / sizeFactor) * alphaCap;
            if (!(cumRaw[n] >= rawTarget)) {
                lastPublicFlop = total(cumEffectivePublic, cumRawPublic, n, c, sizeFactor, alphaCap);
                lastSitesFlop = total(cumEffective, cumRaw, n, c, sizeFactor, alphaCap) - lastPublicFlop;
                return Double.POSITIVE_INFINITY;
            }
            i = c;
            while (cumRaw[i + 1] < rawTarget) {
                i++;
            }
        }
        double alpha = i < c ? segAlphaBase[i] * sizeFactor : alphaCap;
        double ratePublic = segRawPublic[i] / alpha;
        double rate = (segRawPublic[i] + segRawSites[i]) / alpha;
        if (!(rate > 0)) {
            // only if rounding put the threshold exactly on an idle segment's edge
            return deliveryTimeBySweep(computeFlop, sizeFactor, alphaCap);
        }
        double needed = Math.max(0.0, (computeFlop - total(cumEffective, cumRaw, i, c, sizeFactor, alphaCap)) / rate);
        lastPublicFlop = total(cumEffectivePublic, cumRawPublic, i, c, sizeFactor, alphaCap) + ratePublic * needed;
        lastSitesFlop = computeFlop - lastPublicFlop;
        return segStart[i] + needed / Units.SECONDS_PER_YEAR;
    }

    /**
     * A target's FLOP by the start of segment {@code i} ({@code i = segments}: the horizon), from
     * one pair of running totals (all members', or the substrate's): α is base·size factor before
     * the first capped segment {@code c}, α_cap from there on.
     */
    private static double total(double[] effective, double[] raw, int i, int c, double sizeFactor, double alphaCap) {
        return i <= c ? effective[i] / sizeFactor
                : effective[c] / sizeFactor + (raw[i] - raw[c]) / alphaCap;
    }

    /**
     * {@link #deliveryTime} by sweeping the segments with the target's own α, one division per
     * segment: correct for any rates and bases.
     */
    double deliveryTimeBySweep(double computeFlop, double sizeFactor, double alphaCap) {

        double done = 0.0;
        double publicFlop = 0.0;
        double sitesFlop = 0.0;
        for (int i = 0; i < segments; i++) {
            // One division per segment (this loop runs for every target on every path).
            double inv = 1.0 / Math.min(alphaCap, segAlphaBase[i] * sizeFactor);
            double ratePublic = segRawPublic[i] * inv;
            double rateSites = segRawSites[i] * inv;
            double rate = ratePublic + rateSites;
            if (rate <= 0) {
                continue;
            }
            double seconds = (segStart[i + 1] - segStart[i]) * Units.SECONDS_PER_YEAR;
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

    private void ensureSegments(int n) {
        if (segStart.length < n) {
            int len = Math.max(n, 2 * segStart.length);
            segStart = new double[len];
            segRawPublic = new double[len];
            segRawSites = new double[len];
            segAlphaBase = new double[len];
            segFailPublicRate = new double[len];
            segStarted = new int[len];
            segFail = new double[len];
            segFailPublic = new boolean[len];
            cumRaw = new double[len + 1];
            cumRawPublic = new double[len + 1];
            cumEffective = new double[len + 1];
            cumEffectivePublic = new double[len + 1];
            cumFail = new double[len + 1];
            cumFailPublic = new double[len + 1];
        }
    }
}
