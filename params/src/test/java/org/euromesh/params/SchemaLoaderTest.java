package org.euromesh.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader knows no model: it checks a folder against whatever schema it is handed. A two-input
 * toy schema and a folder written here (not the shipped EuroMesh files, which the model module
 * tests against its own schema).
 */
class SchemaLoaderTest {

    private static final ParameterSchema.Builder B = ParameterSchema.builder();
    private static final int SPEED = B.sampled("speed", "m/s", Quantity.POSITIVE);
    private static final int SHARE = B.sampled("share", "-", Quantity.FRACTION);
    private static final int LEAD = B.sampledRegionColumn("lead_medium", "years", Quantity.NON_NEGATIVE);
    private static final ParameterSchema SCHEMA = B
            .setting("horizon", "years", Quantity.POSITIVE)
            .loadedRegionColumn("lead_1gw", "years", Quantity.NON_NEGATIVE)
            .loadedRegionColumn("accessible_mw", "MW", Quantity.POSITIVE)
            .loadedRegionColumn("price", "EUR/MWh", Quantity.NON_NEGATIVE)
            .loadedRegionColumn("carbon", "gCO2e/kWh", Quantity.NON_NEGATIVE)
            .build();

    @TempDir
    Path dir;

    private static String yaml(String scalars) {
        return "confidence_policy:\n  source: \"test\"\n  high: 0.1\n  medium: 0.25\n  low: 0.5\n  estimate: 0.75\n"
                + "framing:\n  mesh_budget_mw:\n    unit: MW\n    central: 100\n    source: \"test\"\n"
                + "    confidence: high\n  public_substrate: true\n"
                + "scalars:\n" + scalars
                + "targets:\n  - name: t\n    compute_flop: 1e20\n    source: \"test\"\n    confidence: high\n"
                + "correlation:\n  source: \"test\"\n  confidence: estimate\n  names: []\n  spearman: []\n"
                + "scorecard_weights:\n  source: \"test\"\n  time: 0.4\n  cost: 0.2\n  carbon: 0.2\n  feasibility: 0.2\n";
    }

    private static final String SPEED_YAML = "  speed:\n    unit: m/s\n    central: 3\n    distribution: tri(1, 3, 4)\n"
            + "    source: \"s\"\n    confidence: low\n";
    private static final String SHARE_YAML = "  share:\n    unit: \"-\"\n    central: 0.2\n    source: \"s\"\n"
            + "    confidence: estimate\n";
    private static final String HORIZON_YAML = "  horizon:\n    unit: years\n    central: 10\n    distribution: fixed\n"
            + "    source: \"s\"\n    confidence: high\n";

    private void write(String scalars) throws IOException {
        Files.writeString(dir.resolve(ParameterFiles.PARAMETERS), yaml(scalars));
        Files.writeString(dir.resolve(ParameterFiles.REGIONS), String.join(",", List.of("region",
                "lead_medium_low", "lead_medium_central", "lead_medium_high", "lead_medium_source", "lead_medium_confidence",
                "lead_1gw_low", "lead_1gw_central", "lead_1gw_high", "lead_1gw_source", "lead_1gw_confidence",
                "accessible_mw", "accessible_mw_source", "accessible_mw_confidence",
                "price_eur_per_mwh", "price_source", "price_confidence",
                "carbon_g_per_kwh", "carbon_source", "carbon_confidence"))
                + "\nnorth,1,2,3,s,medium,4,5,6,s,low,100,s,estimate,50,s,high,10,s,high\n");
    }

    @Test
    void aFolderMatchingTheSchemaLoadsWithTheSchemasSlots() throws IOException {
        write(SPEED_YAML + SHARE_YAML + HORIZON_YAML);
        ParameterSet set = ParameterLoader.load(dir, SCHEMA);
        assertEquals(List.of("speed", "share"), SCHEMA.sampledScalars());
        assertEquals(0, SPEED);
        assertEquals(1, SHARE);
        assertEquals(List.of("lead_medium"), SCHEMA.sampledRegionColumns());
        assertEquals(0, LEAD);
        assertEquals(3.0, set.scalar("speed").central());
        // share has no distribution: the estimate policy, PERT(0.25c, c, 1.75c), clipped to [0, 1]
        assertEquals(0.05, set.scalar("share").distribution().lowerBound(), 1e-12);
        assertEquals(0.35, set.scalar("share").distribution().upperBound(), 1e-12);
        assertEquals(SCHEMA, set.schema());
    }

    @Test
    void aNameTheModelDoesNotReadIsRefusedWithItsLine() throws IOException {
        write(SPEED_YAML + SHARE_YAML + HORIZON_YAML + "  spead:\n    unit: m/s\n    central: 1\n    source: \"s\"\n"
                + "    confidence: low\n");
        ParameterException e = assertThrows(ParameterException.class, () -> ParameterLoader.load(dir, SCHEMA));
        assertTrue(e.getMessage().contains("parameters.yaml:") && e.getMessage().contains("'spead'")
                && e.getMessage().contains("unknown parameter"), e.getMessage());
    }

    @Test
    void aNameTheModelReadsMustBeThere() throws IOException {
        write(SPEED_YAML + HORIZON_YAML);
        ParameterException e = assertThrows(ParameterException.class, () -> ParameterLoader.load(dir, SCHEMA));
        assertTrue(e.getMessage().contains("'share'") && e.getMessage().contains("missing parameter"), e.getMessage());
    }

    @Test
    void theUnitAndRangeComeFromTheSchema() throws IOException {
        write(SPEED_YAML.replace("m/s", "km/h") + SHARE_YAML + HORIZON_YAML);
        ParameterException unit = assertThrows(ParameterException.class, () -> ParameterLoader.load(dir, SCHEMA));
        assertTrue(unit.getMessage().contains("unit must be 'm/s'"), unit.getMessage());
        write(SPEED_YAML + SHARE_YAML.replace("central: 0.2", "central: 1.2") + HORIZON_YAML);
        ParameterException range = assertThrows(ParameterException.class, () -> ParameterLoader.load(dir, SCHEMA));
        assertTrue(range.getMessage().contains("'share'") && range.getMessage().contains("fraction"),
                range.getMessage());
    }

    @Test
    void aSettingMustBeFixed() throws IOException {
        write(SPEED_YAML + SHARE_YAML + HORIZON_YAML.replace("distribution: fixed", "distribution: tri(5, 10, 20)"));
        ParameterException e = assertThrows(ParameterException.class, () -> ParameterLoader.load(dir, SCHEMA));
        assertTrue(e.getMessage().contains("'horizon'") && e.getMessage().contains("must be fixed"), e.getMessage());
    }

    @Test
    void aSchemaDeclaresEachNameOnceAndEveryRegionColumn() {
        ParameterSchema.Builder b = ParameterSchema.builder();
        b.sampled("x", "-", Quantity.FRACTION);
        assertThrows(IllegalArgumentException.class, () -> b.sampled("x", "-", Quantity.FRACTION));
        assertThrows(IllegalArgumentException.class, () -> b.sampledRegionColumn("altitude", "m", Quantity.POSITIVE));
        assertThrows(IllegalArgumentException.class, b::build); // no region columns declared
    }
}
