package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BadArgumentsTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static void rejects(Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage() != null && !x.getMessage().isEmpty());
    }

    @Test
    void everyFactoryValidates() {
        rejects(() -> Fixed.of(NAN));
        rejects(() -> Fixed.of(INF));
        rejects(() -> Uniform.of(2, 1));
        rejects(() -> Uniform.of(NAN, 1));
        rejects(() -> Triangular.of(0, 2, 1));
        rejects(() -> Triangular.of(2, 1, 3));
        rejects(() -> Triangular.of(0, NAN, 1));
        rejects(() -> Pert.of(3, 2, 1));
        rejects(() -> Pert.of(0, 1, NAN));
        rejects(() -> Pert.of(0, 1, 2, 0));
        rejects(() -> Pert.of(0, 1, 2, -1));
        rejects(() -> Pert.of(0, 1, INF));
        rejects(() -> Normal.of(0, -1));
        rejects(() -> Normal.of(0, 0));
        rejects(() -> Normal.of(NAN, 1));
        rejects(() -> TruncatedNormal.of(0, 1, 2, 1));
        rejects(() -> TruncatedNormal.of(0, 1, 1, 1));
        rejects(() -> TruncatedNormal.of(0, -1, 0, 1));
        rejects(() -> TruncatedNormal.of(0, 1, 50, 60)); // probability underflows
        rejects(() -> LogNormal.of(0, -0.1));
        rejects(() -> LogNormal.of(INF, 1));
        rejects(() -> Beta.of(0, 1));
        rejects(() -> Beta.of(1, -1));
        rejects(() -> Beta.of(1, 1, 2, 2));
        rejects(() -> Gamma.of(0, 1));
        rejects(() -> Gamma.of(1, NAN));
        rejects(() -> Bernoulli.of(1.1));
        rejects(() -> Bernoulli.of(NAN));
        rejects(() -> Categorical.of(new double[] {1, 2}, new double[] {0, 0}));
        rejects(() -> Categorical.of(new double[] {1, 2}, new double[] {1, -1}));
        rejects(() -> Categorical.of(new double[] {1, 2}, new double[] {1}));
        rejects(() -> Categorical.of(new double[0], new double[0]));
        rejects(() -> Categorical.of(new double[] {NAN}, new double[] {1}));
        rejects(() -> Empirical.of(new double[0]));
        rejects(() -> Empirical.of(new double[] {1, NAN}));
    }

    @Test
    void quantileRejectsProbabilitiesOutsideTheUnitInterval() {
        for (Distribution d : List.of(Fixed.of(1), Uniform.of(0, 1), Triangular.of(0, 1, 2), Pert.of(0, 1, 2),
                Normal.of(0, 1), TruncatedNormal.of(0, 1, 0, 1), LogNormal.of(0, 1), Beta.of(2, 2), Gamma.of(2, 2),
                Bernoulli.of(0.5), Categorical.of(new double[] {1}, new double[] {1}), Empirical.of(new double[] {1}))) {
            rejects(() -> d.quantile(-0.1));
            rejects(() -> d.quantile(1.1));
            rejects(() -> d.quantile(NAN));
        }
    }
}
