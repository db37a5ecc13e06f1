package org.euromesh.model.params;

import org.euromesh.params.*;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.euromesh.distributions.Confidence;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.GaussianCopula;
import org.junit.jupiter.api.Test;

/** The shipped baseline carries every docs/MODEL.md number (typed in here from docs/MODEL.md, not computed). */
class BaselineTest {

    private static final double EPS = 1e-9;
    private static final ParameterSet SET = ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA);

    /** central, min, mode-or-central, max, confidence; min == max for fixed values. */
    private static void assertPert(String name, double central, double min, double mode, double max, Confidence c) {
        Parameter p = SET.scalar(name);
        assertEquals(central, p.central(), EPS, name);
        assertRange(p.distribution(), min, mode, max, (min + 4 * mode + max) / 6, name);
        assertEquals(c, p.confidence(), name);
        assertFalse(p.source().isBlank(), name);
    }

    private static void assertTri(String name, double min, double mode, double max, Confidence c) {
        Parameter p = SET.scalar(name);
        assertEquals(mode, p.central(), EPS, name);
        assertRange(p.distribution(), min, mode, max, (min + mode + max) / 3, name);
        assertEquals(c, p.confidence(), name);
    }

    private static void assertFixed(String name, double value, Confidence c) {
        Parameter p = SET.scalar(name);
        assertEquals(value, p.central(), EPS * Math.abs(value), name);
        assertTrue(p.isFixed(), name);
        assertEquals(value, p.distribution().mean(), EPS * Math.abs(value), name);
        assertEquals(c, p.confidence(), name);
    }

    private static void assertRange(Distribution d, double min, double mode, double max, double mean, String name) {
        double tol = EPS * Math.max(1, Math.abs(max));
        assertEquals(min, d.lowerBound(), tol, name + " min");
        assertEquals(max, d.upperBound(), tol, name + " max");
        assertEquals(mean, d.mean(), 1e-9 * Math.max(1, Math.abs(mean)), name + " mean");
    }

    @Test
    void layer1() {
        assertFixed("h", 500, Confidence.HIGH);
        assertFixed("h_ref", 500, Confidence.HIGH);
        assertPert("alpha0", 1.10, 1.00, 1.10, 1.35, Confidence.MEDIUM);
        assertPert("k_h", 0.12, 0.05, 0.12, 0.25, Confidence.ESTIMATE);
        assertPert("k_n", 0.04, 0.02, 0.04, 0.12, Confidence.ESTIMATE);
        assertPert("s_scale", 0.05, 0, 0.05, 0.40, Confidence.LOW);
        assertFixed("alpha_cap", 2.0, Confidence.LOW);
        assertTri("u", 0.83, 0.93, 0.98, Confidence.HIGH);
        assertTri("mfu_local", 0.25, 0.35, 0.45, Confidence.LOW);
        assertTri("mfu_central", 0.35, 0.42, 0.55, Confidence.LOW);
    }

    @Test
    void hardwareAndPublicSubstrate() {
        assertFixed("gpu_flops", 9.89e14, Confidence.HIGH);
        assertPert("gpu_power_kw", 1.4, 1.2, 1.4, 1.7, Confidence.MEDIUM);
        assertPert("pue", 1.2, 1.1, 1.2, 1.5, Confidence.MEDIUM);
        assertPert("s_now", 37.3, 35, 37.3, 39, Confidence.HIGH);
        // S_2026: central 62 is docs/MODEL.md's central; the triangular mode is 60 (mean 63).
        Parameter s2026 = SET.scalar("s_2026");
        assertEquals(62, s2026.central(), EPS);
        assertRange(s2026.distribution(), 44, 60, 85, (44 + 60 + 85) / 3.0, "s_2026");
        assertEquals(Confidence.LOW, s2026.confidence());
        assertTri("s_2028", 90, 150, 230, Confidence.LOW);
        assertTri("f_addr", 0.05, 0.15, 0.35, Confidence.LOW);
        assertPert("t_coord", 1.25, 0.5, 1.25, 3.0, Confidence.ESTIMATE);
        assertFixed("n_pub", 8, Confidence.ESTIMATE);
    }

    @Test
    void sitesAndCampus() {
        assertFixed("site_mw", 40, Confidence.HIGH);
        assertFixed("ramp_years", 0.25, Confidence.ESTIMATE);
        assertPert("site_commission", 0.5, 0.25, 0.5, 1.0, Confidence.MEDIUM);
        // tau_mega = PERT(2, 8.4, 10), mean 7.6; the central is the published mean.
        assertPert("tau_mega", 7.6, 2.0, 8.4, 10.0, Confidence.MEDIUM);
        assertEquals("pert(min=2, max=10, mean=7.6)", SET.scalar("tau_mega").specText());
        assertPert("campus_fitout", 0.75, 0.5, 0.75, 1.25, Confidence.LOW);
        assertFixed("campus_mw", 1000, Confidence.HIGH);
        assertEquals(1000, SET.meshBudgetMw(), 0);
        assertTrue(SET.publicSubstrate());
        assertFixed("horizon_years", 24, Confidence.HIGH);
        // 714,285 GPUs at 1.4 kW (docs/MODEL.md framing)
        assertEquals(714_285, Math.floor(SET.scalar("campus_mw").central() * 1000 / SET.scalar("gpu_power_kw").central()));
    }

    @Test
    void layer3UsesTheConfidencePolicy() {
        // capex 1.2e7 low -> PERT(0.6e7, 1.2e7, 1.8e7); asset life 6 medium -> PERT(4.5, 6, 7.5)
        assertPert("capex_eur_per_mw", 1.2e7, 0.6e7, 1.2e7, 1.8e7, Confidence.LOW);
        assertEquals("policy(low)", SET.scalar("capex_eur_per_mw").specText());
        assertPert("asset_life_years", 6, 4.5, 6, 7.5, Confidence.MEDIUM);
        ScorecardWeights w = SET.weights();
        assertEquals(0.4, w.time(), 0);
        assertEquals(0.2, w.cost(), 0);
        assertEquals(0.2, w.carbon(), 0);
        assertEquals(0.2, w.feasibility(), 0);
        assertEquals(0.10, SET.policy().high(), 0);
        assertEquals(0.25, SET.policy().medium(), 0);
        assertEquals(0.50, SET.policy().low(), 0);
        assertEquals(0.75, SET.policy().estimate(), 0);
    }

    @Test
    void everyModelParameterIsPresentAndNothingElse() {
        assertEquals(List.of("horizon_years", "h", "h_ref", "alpha0", "k_h", "k_n", "s_scale", "alpha_cap", "u",
                "mfu_local", "mfu_central", "gpu_flops", "gpu_power_kw", "pue", "s_now", "s_2026", "s_2028", "f_addr",
                "t_coord", "n_pub", "site_mw", "ramp_years", "site_commission", "tau_mega", "campus_fitout",
                "campus_mw", "f_inst", "t_inst", "d_inst", "inst_period", "inst_rounds", "p_mobilise", "allocation_u",
                "q_slope", "diloco_fails_u", "s_max", "capex_eur_per_mw", "asset_life_years"),
                List.copyOf(SET.scalars().keySet()));
        for (Parameter p : SET.allParameters()) {
            assertFalse(p.source().isBlank(), p.name());
            assertTrue(p.origin().file().startsWith("<built-in>/"), p.name());
            assertTrue(p.origin().line() > 0, p.name());
        }
    }

    @Test
    void regions() {
        // name, lead_medium low/c/high, lead_1gw low/c/high, accessible_mw, price, carbon (docs/MODEL.md §3)
        double[][] table = {
            {1.5, 2.5, 4.5, 4.5, 6.5, 10.0, 2000, 69, 52},
            {2.0, 3.5, 6.0, 3.5, 5.5, 8.5, 1200, 121, 44},
            {3.0, 5.0, 8.0, 6.0, 9.0, 13.0, 1000, 192, 311},
            {4.0, 6.0, 9.0, 8.0, 11.0, 15.0, 240, 219, 292},
            {3.0, 5.5, 9.0, 7.0, 10.0, 14.0, 320, 181, 270},
            {3.0, 5.0, 9.0, 5.0, 8.0, 12.0, 1200, 288, 200},
            {2.0, 3.5, 6.0, 5.0, 7.0, 10.0, 700, 195, 265}};
        List<String> names = List.of("nordics_no_se_fi", "france", "germany", "ireland", "netherlands",
                "great_britain", "italy");
        assertEquals(names, SET.regions().stream().map(Region::name).toList());
        for (int i = 0; i < names.size(); i++) {
            Region r = SET.regions().get(i);
            double[] t = table[i];
            assertEquals(t[1], r.leadMedium().central(), EPS);
            assertRange(r.leadMedium().distribution(), t[0], t[1], t[2], (t[0] + 4 * t[1] + t[2]) / 6, r.name());
            assertEquals(Confidence.MEDIUM, r.leadMedium().confidence());
            assertEquals(t[4], r.lead1gw().central(), EPS);
            assertRange(r.lead1gw().distribution(), t[3], t[4], t[5], (t[3] + 4 * t[4] + t[5]) / 6, r.name());
            assertEquals(Confidence.LOW, r.lead1gw().confidence());
            // accessible_mw: estimate -> PERT(0.25c, c, 1.75c)
            assertEquals(t[6], r.accessibleMw().central(), EPS);
            assertRange(r.accessibleMw().distribution(), 0.25 * t[6], t[6], 1.75 * t[6], t[6], r.name());
            assertEquals(Confidence.ESTIMATE, r.accessibleMw().confidence());
            assertEquals(t[7], r.priceEurPerMwh().central(), EPS);
            assertEquals(t[8], r.carbonGPerKwh().central(), EPS);
            assertEquals("region." + r.name() + ".lead_medium", r.leadMedium().name());
            assertEquals("region." + r.name() + ".carbon", r.carbonGPerKwh().name());
        }
        // price: high for France -> PERT(108.9, 121, 133.1); medium for GB -> PERT(216, 288, 360)
        assertRange(SET.region("france").priceEurPerMwh().distribution(), 108.9, 121, 133.1, 121, "price fr");
        assertEquals(Confidence.MEDIUM, SET.region("great_britain").priceEurPerMwh().confidence());
        assertRange(SET.region("great_britain").priceEurPerMwh().distribution(), 216, 288, 360, 288, "price gb");
        assertEquals(Confidence.MEDIUM, SET.region("nordics_no_se_fi").priceEurPerMwh().confidence());
        assertEquals(Confidence.HIGH, SET.region("germany").carbonGPerKwh().confidence());
        assertEquals(Confidence.MEDIUM, SET.region("italy").carbonGPerKwh().confidence());
    }

    @Test
    void targets() {
        assertEquals(List.of("8B", "70B", "405B", "gpt45-class", "frontier-2028"),
                SET.targets().stream().map(Target::name).toList());
        assertEquals(7.68e21, SET.target("8B").computeFlop(), 7.68e21 * 1e-12);
        assertEquals(5.88e23, SET.target("70B").computeFlop(), 5.88e23 * 1e-12);
        // docs/MODEL.md rounds 6 · 4.05e11 · 8.1e12 = 1.9683e25 to 1.968e25
        assertEquals(1.968e25, SET.target("405B").computeFlop(), 1.968e25 * 1e-3);
        assertEquals(3e26, SET.target("gpt45-class").computeFlop(), 0);
        assertEquals(1e28, SET.target("frontier-2028").computeFlop(), 0);
        assertEquals(4.05e11, SET.target("405B").nParams(), 0);
        assertEquals(8.1e12, SET.target("405B").dTokens(), 0);
        // N = sqrt(C/120): 1e28 -> 9.128709e12
        assertEquals(9.128709e12, SET.target("frontier-2028").nParams(), 1e6);
    }

    @Test
    void correlationIsTheEightByEightOfModelMd() {
        Correlation c = SET.correlation();
        assertEquals(List.of("region.nordics_no_se_fi.lead_medium", "region.france.lead_medium",
                "region.germany.lead_medium", "region.ireland.lead_medium", "region.netherlands.lead_medium",
                "region.great_britain.lead_medium", "region.italy.lead_medium", "tau_mega"), c.names());
        double[][] rho = c.spearman();
        assertEquals(8, rho.length);
        for (int i = 0; i < 8; i++) {
            assertEquals(8, rho[i].length);
            for (int j = 0; j < 8; j++) {
                double expected = i == j ? 1.0 : (i == 7 || j == 7) ? 0.3 : 0.5;
                assertEquals(expected, rho[i][j], 0, i + "," + j);
            }
        }
        assertDoesNotThrow(() -> GaussianCopula.ofSpearman(rho)); // positive definite
    }
}
