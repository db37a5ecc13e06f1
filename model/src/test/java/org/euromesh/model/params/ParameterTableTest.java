package org.euromesh.model.params;

import org.euromesh.params.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterTableTest {

    private static final ParameterSet SET = ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA);

    @Test
    void oneRowPerParameter() {
        List<ParameterRow> rows = ParameterTable.rows(SET);
        assertEquals(38 + 7 * 5, rows.size());
        assertEquals("horizon_years", rows.get(0).name());
        assertEquals("region.italy.carbon", rows.get(rows.size() - 1).name());
        for (ParameterRow r : rows) {
            assertTrue(r.p5() <= r.p50() && r.p50() <= r.p95(), r.name());
            assertFalse(r.source().isBlank(), r.name());
        }
    }

    @Test
    void rowContents() {
        ParameterRow alpha0 = ParameterTable.rows(SET).stream().filter(r -> r.name().equals("alpha0")).findFirst().orElseThrow();
        assertEquals(1.10, alpha0.central(), 0);
        assertEquals("pert(1.00, 1.10, 1.35)", alpha0.spec());
        assertEquals("-", alpha0.unit());
        assertEquals("medium", alpha0.confidence());
        assertFalse(alpha0.isEstimate());
        assertTrue(alpha0.p5() > 1.0 && alpha0.p95() < 1.35 && alpha0.p5() < alpha0.p95());
        // PERT(1, 1.1, 1.35) mean = (1 + 4.4 + 1.35) / 6 = 1.125
        assertEquals(1.125, alpha0.mean(), 1e-12);

        ParameterRow fixed = ParameterTable.row(SET.scalar("h"));
        assertEquals(500, fixed.p5(), 0);
        assertEquals(500, fixed.p95(), 0);
    }

    @Test
    void estimatesAreListed() {
        List<String> names = ParameterTable.estimates(SET).stream().map(ParameterRow::name).toList();
        assertTrue(names.containsAll(List.of("k_h", "k_n", "t_coord", "n_pub", "ramp_years",
                "region.france.accessible_mw")), names.toString());
        assertFalse(names.contains("alpha0"));
    }
}
