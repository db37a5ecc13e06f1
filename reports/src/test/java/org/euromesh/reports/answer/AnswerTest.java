package org.euromesh.reports.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.euromesh.model.Outputs;
import org.euromesh.reports.TestRuns;
import org.euromesh.reports.format.DisplayNames;
import org.euromesh.reports.summary.Probability;
import org.euromesh.reports.summary.Summary;
import org.junit.jupiter.api.Test;

/** The first screen's sentences on the shared 20,000-path run (seed 20260601, fixed). */
class AnswerTest {

    @Test
    void theContestedRaceComesFirstAndTheCertainOnesAreCounts() {
        Summary s = TestRuns.small();
        // frontier-2028 is the only target whose 95% interval is not above 0.99 (P ≈ 0.66 on the shipped
        // model); 8B, 70B and 405B win on every path; gpt45-class on all but a few.
        assertEquals(List.of("frontier-2028"), Answer.contestedTargets(s));
        assertEquals("frontier-2028", Answer.leadTarget(s));
        for (String t : List.of("8B", "70B", "405B")) {
            Probability p = s.output(Outputs.win(t)).probability();
            assertEquals(p.n(), p.successes(), t + " wins on every path in this run");
            assertFalse(Answer.contested(s, t), t);
        }
        List<String> sentences = Answer.sentences(s);
        assertTrue(sentences.get(0).startsWith("frontier-2028 (1e28 FLOP): the federation trains it before the campus "
                + "with probability 0."), sentences.get(0));
        assertTrue(sentences.get(0).contains(" of 20,000 paths"), sentences.get(0));
        assertTrue(sentences.stream().anyMatch(x -> x.startsWith("8B, 70B and 405B: the federation trains each before "
                + "the campus on all 20,000 paths")), sentences.toString());
        // No probability is printed as 1.0000 or with more digits than its interval supports.
        assertFalse(String.join(" ", sentences).matches("(?s).*1\\.0000.*"), sentences.toString());
    }

    @Test
    void driversNeedSensitivityData() {
        assertTrue(Answer.drivers(TestRuns.small(), "frontier-2028").isEmpty(), "no sensitivity in this summary");
    }

    @Test
    void displayNamesAreWordsAndUnknownIdsStayVisible() {
        assertEquals("Nordics (NO, SE, FI)", DisplayNames.region("nordics_no_se_fi"));
        assertEquals("atlantis", DisplayNames.region("atlantis"));
        assertEquals("campus grid wait τ_mega", DisplayNames.input("tau_mega"));
        assertEquals("France: medium-site lead time", DisplayNames.input("region.france.lead_medium"));
        assertEquals("Nordics: accessible MW", DisplayNames.inputShort("region.nordics_no_se_fi.accessible_mw"));
        assertEquals("new_input", DisplayNames.input("new_input"));
        assertEquals("campus grid wait τ_mega (tau_mega)", DisplayNames.inputWithId("tau_mega"));
        assertEquals("frontier-2028 (1e28 FLOP)", DisplayNames.target("frontier-2028", 1e28));
        assertEquals("405B (2e25 FLOP)", DisplayNames.target("405B", 1.968e25));
    }
}
