package org.euromesh.benchmarks;

import org.euromesh.distributions.Beta;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.Gamma;
import org.euromesh.distributions.LogNormal;
import org.euromesh.distributions.Normal;
import org.euromesh.distributions.Pert;
import org.euromesh.distributions.Triangular;
import org.euromesh.distributions.TruncatedNormal;
import org.euromesh.distributions.Uniform;

/** One representative distribution per continuous family, shaped like the shipped inputs. */
final class Families {

    private Families() {
    }

    /** Names accepted by {@link #of}; used as {@code @Param} values. */
    static Distribution of(String family) {
        return switch (family) {
            case "PERT" -> Pert.of(2, 8.4, 10);
            case "TRIANGULAR" -> Triangular.of(1, 2, 6);
            case "UNIFORM" -> Uniform.of(-2, 2);
            case "NORMAL" -> Normal.of(0, 1);
            case "TRUNCATED_NORMAL" -> TruncatedNormal.of(0, 1, -0.5, 3);
            case "LOGNORMAL" -> LogNormal.of(1, 0.5);
            case "GAMMA" -> Gamma.of(5, 2);
            case "BETA" -> Beta.of(2, 5);
            default -> throw new IllegalArgumentException("unknown family " + family);
        };
    }
}
