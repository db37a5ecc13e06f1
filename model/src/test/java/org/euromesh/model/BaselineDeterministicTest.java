package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.euromesh.params.ParameterLoader;
import org.euromesh.params.ParameterSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped baseline at its central values, against arithmetic done by hand from docs/MODEL.md's
 * numbers, and against the reference study's years (docs/MODEL.md §6).
 */
class BaselineDeterministicTest {

    private static final double YEAR = 3.15576e7;

    @Test
    void mediumSitesOnly405BByHand() {
        ParameterSet set = ParameterLoader.scenario(ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA), "medium-sites-only");
        EuroMeshModel model = EuroMeshModel.of(set);
        double[] out = model.evaluateCentral();
        // Fastest region: nordics, lead 2.5 y + site_commission 0.5 y -> first site trains at t = 3.0.
        // One site: floor(40 000 / 1.4) = 28 571 GPUs * 9.89e14 * MFU 0.35 * u 0.93 / alpha.
        // alpha(n = 1, N = 4.05e11) = 1.10 * (1 + 0.05 * log10(40.5)) = 1.10 * 1.08037275 = 1.18841003.
        double rate = 28_571 * 9.89e14 * 0.35 * 0.93 / (1.10 * (1 + 0.05 * Math.log10(40.5)));
        // C = 6 * 4.05e11 * 8.1e12 = 1.9683e25 (docs/MODEL.md rounds it to 1.968e25).
        double c = 6 * 4.05e11 * 8.1e12;
        // C / rate = 0.0806 y < 0.25 y, before the second nordic site: t_fed = 3 + C / rate.
        double tFed = 3.0 + c / rate / YEAR;
        assertEquals(tFed, out[model.outputIndex("405B.t_fed")], 1e-9);
        // Campus: tau_mega 7.6 + fit-out 0.75 + C / (714 285 GPUs * 9.89e14 * 0.42).
        double tCampus = 7.6 + 0.75 + c / (714_285 * 9.89e14 * 0.42) / YEAR;
        assertEquals(tCampus, out[model.outputIndex("405B.t_campus")], 1e-9);
        // The study: mesh Oct 2028 (t = 2.75), campus Feb 2033 (t = 7.08): same years ±1,
        // mesh ahead by years. Differences are commissioning (+0.5 y) and fit-out (+0.75 y).
        assertTrue(Math.abs(tFed - 2.75) < 1.0 && Math.abs(tCampus - 7.08) < 1.5, tFed + " " + tCampus);
        assertEquals(1.0, out[model.outputIndex("405B.win")]);
    }

    @Test
    void baselineSitesPerRegionFollowTheBudgetSplit() {
        EuroMeshModel model = EuroMeshModel.of(ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA));
        double[] out = model.evaluateCentral();
        // accessible MW: 2000, 1200, 1000, 240, 320, 1200, 700 (sum 6660); budget 1000 MW, 40 MW sites:
        // quotas 1000 * acc / 6660 / 40 = 7.508, 4.505, 3.754, 0.901, 1.201, 4.505, 2.628; floors
        // 7, 4, 3, 0, 1, 4, 2 = 21 of 25 sites; the 4 left go to the largest remainders: Ireland .901,
        // Germany .754, Italy .628, Nordics .508 (France and Great Britain tie at .505 below them)
        // -> 8, 4, 4, 1, 1, 4, 3 = 25 sites = 1000 MW (rounding each half up bought 27 = 1,080 MW).
        String[] regions = {"nordics_no_se_fi", "france", "germany", "ireland", "netherlands", "great_britain", "italy"};
        double[] expected = {8, 4, 4, 1, 1, 4, 3};
        for (int i = 0; i < regions.length; i++) {
            assertEquals(expected[i], out[model.outputIndex(Outputs.region(regions[i], "sites"))], regions[i]);
        }
    }

    @Test
    void theHorizonComesFromTheParameterFileAndAnyPositiveOneWorks() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("horizon");
        org.euromesh.params.ParameterFiles.copyBuiltInTo(dir);
        java.nio.file.Path yaml = dir.resolve("parameters.yaml");
        String text = java.nio.file.Files.readString(yaml);
        int at = text.indexOf("horizon_years:");
        int fixed = text.indexOf("fixed", at);
        // Change the horizon's central 24 to 30 (and its fixed spec with it).
        String edited = text.substring(0, at) + text.substring(at, fixed + 20).replace("24", "30") + text.substring(fixed + 20);
        java.nio.file.Files.writeString(yaml, edited);
        EuroMeshModel model = EuroMeshModel.of(ParameterLoader.load(dir, EuroMeshInputs.SCHEMA));
        assertEquals(30.0, model.horizon());
        for (org.euromesh.engine.api.OutputSpec o : model.outputs()) {
            if (o.kind() == org.euromesh.engine.api.OutputKind.TIME) {
                assertEquals(30.0, o.horizon(), o.name());
                assertEquals(30 * org.euromesh.engine.api.OutputSpec.TIME_BINS_PER_YEAR, o.bins(), o.name());
            }
        }
        // A horizon that is not fixed is refused at load, naming the file and the parameter.
        java.nio.file.Files.writeString(yaml, text.substring(0, at) + text.substring(at, fixed + 20)
                .replace("distribution: fixed", "distribution: pert(20, 24, 30)") + text.substring(fixed + 20));
        org.euromesh.params.ParameterException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.euromesh.params.ParameterException.class, () -> ParameterLoader.load(dir, EuroMeshInputs.SCHEMA));
        assertTrue(e.getMessage().contains("horizon_years") && e.getMessage().contains("parameters.yaml")
                && e.getMessage().contains("fixed"), e.getMessage());
    }
}
