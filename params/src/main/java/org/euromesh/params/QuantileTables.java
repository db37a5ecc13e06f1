package org.euromesh.params;

import java.util.List;
import java.util.Objects;
import org.euromesh.distributions.Usable;

/**
 * Builds every parameter's Monte Carlo quantile table when a set is loaded, in parallel, so a
 * distribution whose table cannot be computed fails at load with its file, line and parameter,
 * never in the middle of a run. The tables are cached in the distributions, which the model
 * then uses as they are: a run builds none twice.
 */
final class QuantileTables {

    private QuantileTables() {
    }

    /** {@code set}, every table built; the first failing parameter in file order is reported. */
    static ParameterSet build(ParameterSet set) {
        List<Parameter> all = set.allParameters();
        List<String> failures = all.parallelStream().map(QuantileTables::failure).toList();
        for (int i = 0; i < all.size(); i++) {
            if (failures.get(i) != null) {
                Parameter p = all.get(i);
                throw new ParameterException(p.origin(), p.name(), failures.get(i));
            }
        }
        return set;
    }

    private static String failure(Parameter p) {
        try {
            Usable.checkTable(Objects.requireNonNull(p.distribution(), "distribution"));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
