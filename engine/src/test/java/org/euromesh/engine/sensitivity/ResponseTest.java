package org.euromesh.engine.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.euromesh.distributions.Uniform;
import org.euromesh.engine.ToyModel;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.OutputSpec;
import org.junit.jupiter.api.Test;

/** Hand-worked clipping: the analyses must see a censored lead as t_a − horizon, not as −∞ clipped to the range. */
class ResponseTest {

    private static final ToyModel MODEL = new ToyModel(InputSpace.independent(ToyModel.inputs(List.of(Uniform.of(0, 1)))),
            List.of(OutputSpec.time("a", 10), OutputSpec.time("b", 12),
                    OutputSpec.difference("lead", "years", "a", "b", -20, 20, 40), OutputSpec.value("v", "-", -5, 5, 10)),
            (x, y) -> { });

    @Test
    void aCensoredSideIsClippedToItsOwnHorizon() {
        Response lead = Response.resolve(MODEL, "lead");
        // b never happens: the model writes lead = a − ∞; the analyses use 7 − 12.
        double[] y = {7, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0};
        assertEquals(-5.0, lead.value(y));
        assertTrue(lead.censored(y));
        double[] both = {3, 4, -1, 0};
        assertEquals(-1.0, lead.value(both));
        assertFalse(lead.censored(both));
        assertEquals(10.0, Response.resolve(MODEL, "a").value(new double[] {11, 0, 0, 0}));
        assertEquals(5.0, Response.resolve(MODEL, "v").value(new double[] {0, 0, 0, Double.POSITIVE_INFINITY}));
        assertThrows(IllegalStateException.class, () -> Response.resolve(MODEL, "v").value(new double[] {0, 0, 0, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Response.resolve(MODEL, "nope"));
    }
}
