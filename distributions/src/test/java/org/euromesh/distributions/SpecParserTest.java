package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecParserTest {
    static Stream<Distribution> everyFamily() {
        return Stream.of(Fixed.of(3), Fixed.of(-0.125), Uniform.of(1, 2.5), Triangular.of(0, 0.1, 1e-3 + 1),
                Pert.of(2, 8.4, 10), Pert.of(2, 8.4, 10, 6), Pert.of(3, 3, 3), Normal.of(-1e-3, 2e5),
                TruncatedNormal.of(0, 1, Double.NEGATIVE_INFINITY, 2), TruncatedNormal.of(1, 0.5, 0, 3),
                LogNormal.of(0.1, 0.7), Beta.of(0.5, 0.5), Beta.of(2, 3, -1, 4), Gamma.of(0.3, 1.7),
                Bernoulli.of(0.25), Categorical.of(new double[] {1, 2, 3}, new double[] {0.2, 0.5, 0.3}),
                Empirical.of(new double[] {3.4, 1.2, 5}),
                Fits.pertFromMean(2, 10, 7.6), Fits.lognormalFromPercentiles(0.05, 1.03, 0.95, 2.0),
                Fits.triangularFromP10P50P90(2, 5, 9), Pert.of(1.0 / 3, 0.5, Math.PI));
    }

    @ParameterizedTest
    @MethodSource("everyFamily")
    void specRoundTripsToAnEqualDistribution(Distribution d) {
        Distribution back = SpecParser.parse(d.spec());
        assertEquals(d, back, d.spec());
        assertEquals(d.hashCode(), back.hashCode());
        assertEquals(d.spec(), back.spec());
    }

    @Test
    void acceptsTheDocumentedForms() {
        assertEquals(Fixed.of(3), SpecParser.parse("3"));
        assertEquals(Fixed.of(3), SpecParser.parse(" fixed( 3 ) "));
        assertEquals(Fixed.of(1e-3), SpecParser.parse("1e-3"));
        assertEquals(Uniform.of(-1.5, 2), SpecParser.parse("uniform(-1.5, +2.)"));
        assertEquals(Triangular.of(1, 2, 3), SpecParser.parse("tri(1, 2, 3)"));
        assertEquals(Triangular.of(1, 2, 3), SpecParser.parse("triangular(min=1, mode=2, max=3)"));
        assertEquals(Pert.of(2, 5, 10), SpecParser.parse("pert(2, 5, 10)"));
        assertEquals(Pert.of(2, 5, 10, 6), SpecParser.parse("pert(2, 5, 10, lambda=6)"));
        assertEquals(Pert.of(2, 8.4, 10), SpecParser.parse("pert(min=2, max=10, mean=7.6)"));
        assertEquals(Normal.of(0, 1), SpecParser.parse("normal(0, 1)"));
        assertEquals(TruncatedNormal.of(0, 1, 0, Double.POSITIVE_INFINITY), SpecParser.parse("truncnormal(0, 1, 0, inf)"));
        assertEquals(LogNormal.of(0, 1), SpecParser.parse("lognormal(0, 1)"));
        assertEquals(Fits.lognormalFromPercentiles(0.05, 1.03, 0.95, 2.0), SpecParser.parse("lognormal(p5=1.03, p95=2.0)"));
        assertEquals(Fits.lognormalFromPercentiles(0.1, 1, 0.9, 4), SpecParser.parse("lognormal(p10=1, p90=4)"));
        assertEquals(Fits.normalFromPercentiles(0.05, 1, 0.95, 4), SpecParser.parse("normal(p5=1, p95=4)"));
        assertEquals(Beta.of(2, 3), SpecParser.parse("beta(2, 3)"));
        assertEquals(Gamma.of(2, 3), SpecParser.parse("GAMMA(shape=2, scale=3)"));
        assertEquals(Bernoulli.of(0.2), SpecParser.parse("bernoulli(0.2)"));
        assertEquals(Categorical.of(new double[] {1, 2, 3}, new double[] {0.2, 0.5, 0.3}),
                SpecParser.parse("categorical(values=[1,2,3], weights=[0.2,0.5,0.3])"));
        assertEquals(Empirical.of(new double[] {1.2, 3.4, 2}), SpecParser.parse("empirical([1.2, 3.4, 2])"));
        assertEquals(Fits.triangularFromP10P50P90(2, 5, 9), SpecParser.parse("tri(p10=2, p50=5, p90=9)"));
        assertInstanceOf(Pert.class, SpecParser.parse("pert(2,8.4,10)"));
    }

    private static SpecParseException fails(String text) {
        return assertThrows(SpecParseException.class, () -> SpecParser.parse(text));
    }

    @Test
    void syntaxErrorsGiveTheColumn() {
        SpecParseException e = fails("pert(2, x, 10)");
        assertEquals(8, e.position());
        assertEquals("at column 9 of \"pert(2, x, 10)\": expected a number", e.getMessage());
        assertEquals(13, fails("pert(2, 5, 10").position());
        assertEquals(5, fails("pert 2, 5, 10)").position());
        assertEquals(7, fails("pert(2 5, 10)").position());
        assertEquals(0, fails("").position());
        assertEquals(3, fails("3.5x").position());
        assertEquals(8, fails("uniform(1e, 2)").position());
        assertEquals(14, fails("uniform(1, 2) extra").position());
        assertEquals(0, fails("@").position());
    }

    @Test
    void semanticErrorsArePositionedAndSayWhy() {
        SpecParseException unknown = fails("weibull(1, 2)");
        assertEquals(0, unknown.position());
        assertTrue(unknown.getMessage().contains("unknown distribution 'weibull'; known: fixed, uniform, tri"),
                unknown.getMessage());
        assertTrue(fails("pert(10, 5, 2)").getMessage().contains("min <= mode <= max"));
        assertTrue(fails("uniform(3, 1)").getMessage().contains("min <= max"));
        assertTrue(fails("pert(min=2, max=10, mean=9.9)").getMessage().contains("must lie in"));
        SpecParseException p5 = fails("lognormal(p5=2.0, p95=1.03)");
        assertTrue(p5.getMessage().contains("P5 = 2 must be < P95 = 1.03"), p5.getMessage());
        assertEquals(18, p5.position());
        assertTrue(fails("normal(0, -1)").getMessage().contains("sigma must be finite and > 0"));
        assertTrue(fails("pert(1, 2)").getMessage().contains("missing max"));
        assertTrue(fails("pert(1, 2, 3, 4, 5)").getMessage().contains("at most 4"));
        assertTrue(fails("gamma(2, size=3)").getMessage().contains("no parameter 'size'"));
        assertTrue(fails("categorical(values=1, weights=[1])").getMessage().contains("expected a list"));
        assertTrue(fails("categorical(values=[1, 2], weights=[0, 0])").getMessage().contains("positive finite sum"));
        assertTrue(fails("beta(1, 2, 0)").getMessage().contains("both min and max"));
        assertEquals(25, fails("pert(2, 5, 10, lambda=1, lambda=2)").position());
        assertTrue(fails("empirical([])").getMessage().contains("at least one"));
    }
}
