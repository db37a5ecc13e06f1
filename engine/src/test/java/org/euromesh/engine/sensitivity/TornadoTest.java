package org.euromesh.engine.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.Fixed;
import org.euromesh.distributions.Normal;
import org.euromesh.distributions.Triangular;
import org.euromesh.distributions.Uniform;
import org.euromesh.engine.ToyModel;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.OutputSpec;
import org.junit.jupiter.api.Test;

class TornadoTest {

    @Test
    void linearModelSwingIsCoefficientTimesP90MinusP10() {
        List<Distribution> d = List.of(Normal.of(0, 1), Uniform.of(0, 10), Triangular.of(1, 2, 6), Fixed.of(4));
        double[] c = {3, -0.5, 2, 7};
        ToyModel m = ToyModel.scalar(d, x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3] * x[3]);
        double[] centrals = {0, 5, 2, 4};
        TornadoChart t = Tornado.of(m, centrals).run("y");
        assertEquals(List.of("x4"), t.fixedInputs());
        assertEquals(3 * 0 - 0.5 * 5 + 2 * 2 + 7 * 4, t.central(), 1e-12);
        assertEquals(3, t.bars().size());
        for (TornadoBar b : t.bars()) {
            int i = Integer.parseInt(b.input().substring(1)) - 1;
            double p10 = d.get(i).quantile(0.1);
            double p90 = d.get(i).quantile(0.9);
            assertEquals(p10, b.lowValue(), 0.0);
            assertEquals(p90, b.highValue(), 0.0);
            // Exact up to the rounding of summing four terms (a few ulps of ~30).
            assertEquals(c[i] * (p90 - p10), b.swing(), 1e-12);
            assertFalse(b.censored());
        }
        // |swing|: x1 3·2.563 = 7.69, x3 2·(P90-P10 of Tri(1,2,6)) ≈ 2·3.2 = 6.4, x2 0.5·8 = 4
        assertEquals(List.of("x1", "x3", "x2"), t.topInputs(3));
        assertTrue(t.bars().get(2).swing() < 0);
    }

    @Test
    void censoredTimesAreClippedToTheHorizonAndFlagged() {
        Distribution u = Uniform.of(0, 1);
        InputSpace space = InputSpace.independent(ToyModel.inputs(List.of(u, u)));
        ToyModel m = new ToyModel(space, List.of(OutputSpec.time("T.t_fed", 24.0), OutputSpec.time("T.t_campus", 24.0),
                OutputSpec.difference("T.lead", "years", "T.t_campus", "T.t_fed", -24, 24, 10)), (x, y) -> {
                    y[0] = x[0] > 0.85 ? Double.POSITIVE_INFINITY : 10 * x[0];
                    y[1] = 5 + x[1];
                    y[2] = y[1] - y[0];
                });
        List<TornadoChart> charts = Tornado.of(m, new double[] {0.5, 0.5}).run(List.of("T.t_fed", "T.lead"));
        TornadoBar fed = charts.get(0).bars().get(0);
        assertEquals("x1", fed.input());
        assertEquals(1.0, fed.outputAtLow(), 1e-12);
        assertEquals(24.0, fed.outputAtHigh(), 0.0);
        assertEquals(23.0, fed.swing(), 1e-12);
        assertTrue(fed.censored());
        TornadoBar lead = charts.get(1).bars().get(0);
        // lead at x1 = P90: min(5.5, 24) - min(+inf, 24) = -18.5; at P10: 5.5 - 1 = 4.5
        assertEquals(-18.5, lead.outputAtHigh(), 1e-12);
        assertEquals(4.5, lead.outputAtLow(), 1e-12);
        assertTrue(Double.isFinite(lead.swing()));
        assertTrue(lead.censored());
        assertFalse(charts.get(1).bars().get(1).censored());
    }

    @Test
    void rejectsWrongCentralVector() {
        ToyModel m = ToyModel.scalar(List.of(Uniform.of(0, 1)), x -> x[0]);
        assertThrows(IllegalArgumentException.class, () -> Tornado.of(m, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> Tornado.of(m, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Tornado.of(m, new double[] {0.5}).run("nope"));
    }
}
