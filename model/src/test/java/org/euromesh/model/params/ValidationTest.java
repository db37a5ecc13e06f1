package org.euromesh.model.params;

import org.euromesh.params.*;

import static org.euromesh.model.params.TestFolders.assertLoadError;
import static org.euromesh.model.params.TestFolders.assertMessage;
import static org.euromesh.model.params.TestFolders.lineOf;
import static org.euromesh.model.params.TestFolders.lineStarting;
import static org.euromesh.model.params.TestFolders.replace;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input is rejected with file, line, parameter and what was expected. Every
 * test edits one thing in an exported copy of the baseline.
 */
class ValidationTest {

    /** A spec fitted from percentiles with P5 above P95 (SpecParser's percentile form). */
    private static final String P5_ABOVE_P95 = "lognormal(p5=3.0, p95=0.5)";

    @TempDir
    Path dir;
    Path yaml;
    Path csv;

    @BeforeEach
    void export() throws IOException {
        TestFolders.export(dir);
        yaml = dir.resolve("parameters.yaml");
        csv = dir.resolve("regions.csv");
    }

    @Test
    void missingFile() throws IOException {
        Files.delete(csv);
        assertLoadError(dir, csv, 0, null, "missing file", "--export");
    }

    @Test
    void notAFolder() {
        assertLoadError(dir.resolve("nope"), dir.resolve("nope"), 0, null, "not a folder");
    }

    @Test
    void unknownKey() throws IOException {
        replace(yaml, "    central: 1.10\n", "    central: 1.10\n    colour: blue\n");
        assertLoadError(dir, yaml, lineOf(yaml, "colour: blue"), "alpha0", "unknown key 'colour'");
    }

    @Test
    void unknownParameter() throws IOException {
        replace(yaml, "  alpha0:\n", "  alpha9:\n    unit: \"-\"\n    central: 1\n  alpha0:\n");
        assertLoadError(dir, yaml, lineOf(yaml, "alpha9:"), "alpha9", "unknown parameter");
    }

    @Test
    void unknownSection() throws IOException {
        Files.writeString(yaml, Files.readString(yaml) + "\nextras:\n  a: 1\n");
        assertLoadError(dir, yaml, lineOf(yaml, "extras:"), "extras", "unknown key 'extras'");
    }

    @Test
    void missingKey() throws IOException {
        replace(yaml, "    source: \"estimate anchored to arXiv 2311.08455 (H up to 1000 = +3%)\"\n", "");
        assertLoadError(dir, yaml, lineOf(yaml, "  k_h:"), "k_h", "missing key 'source'");
    }

    @Test
    void missingConfidence() throws IOException {
        replace(yaml, "    source: \"one site per region per quarter\"\n    confidence: estimate\n",
                "    source: \"one site per region per quarter\"\n");
        assertLoadError(dir, yaml, lineOf(yaml, "  ramp_years:"), "ramp_years", "missing key 'confidence'");
    }

    @Test
    void emptySource() throws IOException {
        replace(yaml, "    source: \"one site per region per quarter\"\n", "    source: \"\"\n");
        assertLoadError(dir, yaml, lineOf(yaml, "source: \"\""), "ramp_years", "'source' is empty");
    }

    @Test
    void badConfidenceTag() throws IOException {
        replace(yaml, "    source: \"one site per region per quarter\"\n    confidence: estimate\n",
                "    source: \"one site per region per quarter\"\n    confidence: sure\n");
        assertLoadError(dir, yaml, lineOf(yaml, "confidence: sure"), "ramp_years", "high, medium, low, estimate");
    }

    @Test
    void missingParameter() throws IOException {
        replace(yaml, "  n_pub:\n    unit: systems\n    central: 8\n", "  n_pub_x_removed:\n    unit: systems\n    central: 8\n");
        assertLoadError(dir, yaml, lineOf(yaml, "n_pub_x_removed"), "n_pub_x_removed", "unknown parameter");
        replace(yaml, "  n_pub_x_removed:\n    unit: systems\n    central: 8\n    distribution: fixed\n"
                + "    source: \"the AI-optimised flagships and largest AI Factories\"\n    confidence: estimate\n", "");
        assertLoadError(dir, yaml, lineStarting(yaml, "scalars:"), "n_pub", "missing parameter");
    }

    @Test
    void wrongUnit() throws IOException {
        replace(yaml, "    unit: kW\n", "    unit: W\n");
        assertLoadError(dir, yaml, lineOf(yaml, "  gpu_power_kw:"), "gpu_power_kw", "unit must be 'kW'", "'W'");
    }

    @Test
    void missingUnit() throws IOException {
        replace(yaml, "    unit: FLOP/s\n", "");
        assertLoadError(dir, yaml, lineOf(yaml, "  gpu_flops:"), "gpu_flops", "missing key 'unit'");
    }

    @Test
    void negativeLeadTime() throws IOException {
        replace(csv, "france,2.0,3.5,6.0,", "france,-1,3.5,6.0,");
        assertLoadError(dir, csv, lineOf(csv, "france,"), "region.france.lead_medium", "negative lead time");
    }

    @Test
    void negativeDuration() throws IOException {
        replace(yaml, "    distribution: pert(0.25, 0.5, 1.0)\n", "    distribution: pert(-0.25, 0.5, 1.0)\n");
        assertLoadError(dir, yaml, lineOf(yaml, "  site_commission:"), "site_commission", ">= 0");
    }

    @Test
    void minAboveMax() throws IOException {
        replace(yaml, "    distribution: pert(1.00, 1.10, 1.35)", "    distribution: pert(1.35, 1.10, 1.00)");
        assertLoadError(dir, yaml, lineOf(yaml, "  alpha0:"), "alpha0", "invalid distribution");
    }

    @Test
    void regionLowAboveHigh() throws IOException {
        replace(csv, "germany,3.0,5.0,8.0,", "germany,9.0,5.0,8.0,");
        assertLoadError(dir, csv, lineOf(csv, "germany,"), "region.germany.lead_medium", "low 9 > high 8");
    }

    @Test
    void regionCentralOutsideRange() throws IOException {
        replace(csv, "italy,2.0,3.5,6.0,", "italy,2.0,7.5,6.0,");
        assertLoadError(dir, csv, lineOf(csv, "italy,"), "region.italy.lead_medium", "outside [low, high]");
    }

    @Test
    void meanOutsideRange() throws IOException {
        replace(yaml, "    distribution: pert(min=2, max=10, mean=7.6)", "    distribution: pert(min=2, max=10, mean=11)");
        assertLoadError(dir, yaml, lineOf(yaml, "  tau_mega:"), "tau_mega", "invalid distribution");
    }

    @Test
    void p5AboveP95() throws IOException {
        replace(yaml, "    distribution: pert(0.5, 1.25, 3.0)\n", "    distribution: " + P5_ABOVE_P95 + "\n");
        assertLoadError(dir, yaml, lineOf(yaml, "  t_coord:"), "t_coord", "invalid distribution");
    }

    @Test
    void centralOutsideSupport() throws IOException {
        replace(yaml, "    central: 1.10\n", "    central: 1.5\n");
        assertLoadError(dir, yaml, lineOf(yaml, "  alpha0:"), "alpha0", "outside the support");
    }

    @Test
    void fractionAboveOne() throws IOException {
        replace(yaml, "    central: 0.93\n    distribution: tri(0.83, 0.93, 0.98)\n",
                "    central: 1.2\n    distribution: tri(0.83, 0.93, 0.98)\n");
        assertLoadError(dir, yaml, lineOf(yaml, "  u:"), "u", "fraction in [0, 1]");
    }

    @Test
    void fractionDistributionAboveOne() throws IOException {
        replace(yaml, "tri(0.25, 0.35, 0.45)", "tri(0.25, 0.35, 1.2)");
        assertLoadError(dir, yaml, lineOf(yaml, "  mfu_local:"), "mfu_local", "fraction in [0, 1]");
    }

    @Test
    void nonPositivePower() throws IOException {
        replace(yaml, "    central: 1.4\n    distribution: pert(1.2, 1.4, 1.7)\n", "    central: 0\n    distribution: fixed\n");
        assertLoadError(dir, yaml, lineOf(yaml, "  gpu_power_kw:"), "gpu_power_kw", "> 0");
    }

    @Test
    void nonPositiveCount() throws IOException {
        replace(yaml, "    unit: systems\n    central: 8\n", "    unit: systems\n    central: -2\n");
        assertLoadError(dir, yaml, lineOf(yaml, "  n_pub:"), "n_pub", "> 0");
    }

    @Test
    void nonPositiveMeshBudget() throws IOException {
        replace(yaml, "    central: 1000          # or `unbounded`", "    central: 0   # zero budget");
        assertLoadError(dir, yaml, lineOf(yaml, "# zero budget"), "mesh_budget_mw", "'unbounded'");
    }

    @Test
    void correlationNotPositiveDefinite() throws IOException {
        // rho(nordics, france) = -0.9 while both correlate 0.5 with the others: no such joint law.
        replace(yaml, "    - [1.0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.3]", "    - [1.0, -0.9, 0.5, 0.5, 0.5, 0.5, 0.5, 0.3]");
        replace(yaml, "    - [0.5, 1.0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.3]", "    - [-0.9, 1.0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.3]");
        assertLoadError(dir, yaml, lineStarting(yaml, "  spearman:"), "correlation", "invalid correlation matrix");
    }

    @Test
    void correlationNotSymmetric() throws IOException {
        replace(yaml, "    - [0.5, 0.5, 1.0, 0.5, 0.5, 0.5, 0.5, 0.3]", "    - [0.5, 0.4, 1.0, 0.5, 0.5, 0.5, 0.5, 0.3]");
        assertLoadError(dir, yaml, lineOf(yaml, "[0.5, 0.4, 1.0"), "region.germany.lead_medium", "symmetric");
    }

    @Test
    void correlationOfUnknownParameter() throws IOException {
        replace(yaml, "    - region.italy.lead_medium\n", "    - region.italia.lead_medium\n");
        assertLoadError(dir, yaml, lineOf(yaml, "region.italia"), "region.italia.lead_medium", "unknown parameter");
    }

    @Test
    void csvWrongColumnCount() throws IOException {
        replace(csv, "ireland,4.0,6.0,9.0,", "ireland,4.0,6.0,");
        assertLoadError(dir, csv, lineOf(csv, "ireland,"), null, "expected 20 columns, found 19");
    }

    @Test
    void csvNotANumber() throws IOException {
        replace(csv, ",1200,analyst estimate,estimate,121,", ",1200,analyst estimate,estimate,12l,");
        assertLoadError(dir, csv, lineOf(csv, "france,"), "region.france.price", "price_eur_per_mwh", "'12l'");
    }

    @Test
    void csvMissingSource() throws IOException {
        replace(csv, "ireland,4.0,6.0,9.0,EirGrid/CRU Dublin constraint to 2028,", "ireland,4.0,6.0,9.0,,");
        assertLoadError(dir, csv, lineOf(csv, "ireland,"), "region.ireland.lead_medium", "lead_medium_source");
    }

    @Test
    void csvUnknownColumn() throws IOException {
        replace(csv, "region,lead_medium_low,", "regio,lead_medium_low,");
        assertLoadError(dir, csv, lineOf(csv, "regio,lead_medium_low"), "regio", "unknown column");
    }

    @Test
    void csvDuplicateRegion() throws IOException {
        String row = Files.readAllLines(csv).stream().filter(l -> l.startsWith("italy,")).findFirst().orElseThrow();
        Files.writeString(csv, Files.readString(csv) + row.replace("italy,2.0,", "italy,2.5,") + "\n");
        assertLoadError(dir, csv, lineOf(csv, "italy,2.5,"), "region.italy", "duplicate region");
    }

    @Test
    void weightsNotSummingToOne() throws IOException {
        replace(yaml, "  time: 0.4\n", "  time: 0.5\n");
        assertLoadError(dir, yaml, lineStarting(yaml, "scorecard_weights:"), "scorecard_weights", "sum to 1");
    }

    @Test
    void duplicateKeyInEntry() throws IOException {
        replace(yaml, "    central: 1.10\n", "    central: 1.10\n    central: 1.20\n");
        assertLoadError(dir, yaml, lineOf(yaml, "central: 1.20"), "alpha0", "duplicate key 'central'");
    }

    @Test
    void duplicateParameter() throws IOException {
        replace(yaml, "  h_ref:\n", "  h:   # again\n    unit: steps\n    central: 1\n  h_ref:\n");
        assertLoadError(dir, yaml, lineOf(yaml, "# again"), "h", "duplicate key 'h'");
    }

    @Test
    void notYaml() throws IOException {
        replace(yaml, "  alpha0:\n", "  alpha0: [unclosed\n");
        int line = lineOf(yaml, "[unclosed");
        ParameterException e = assertThrows(ParameterException.class,
                () -> ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA));
        // snakeyaml reports where it noticed the problem: this line or the next
        assertTrue(e.location().line() == line || e.location().line() == line + 1,
                e.getMessage());
        assertMessage(e, yaml, e.location().line(), null, "not valid YAML");
    }

    @Test
    void targetWithoutSize() throws IOException {
        replace(yaml, "    compute_flop: 3e26\n", "");
        assertLoadError(dir, yaml, lineOf(yaml, "- name: gpt45-class"), "target gpt45-class", "compute_flop");
    }

    @Test
    void targetNonPositive() throws IOException {
        replace(yaml, "    n_params: 7e10\n", "    n_params: -7e10\n");
        assertLoadError(dir, yaml, lineOf(yaml, "n_params: -7e10"), "target 70B", "> 0");
    }

    @Test
    void policyHalfWidthNegative() throws IOException {
        replace(yaml, "  medium: 0.25\n", "  medium: -0.25\n");
        assertLoadError(dir, yaml, lineStarting(yaml, "confidence_policy:"), "confidence_policy", ">= 0");
    }
}
