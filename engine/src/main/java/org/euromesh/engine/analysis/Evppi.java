package org.euromesh.engine.analysis;

import java.util.List;
import org.euromesh.engine.sensitivity.Interval;

/**
 * The expected value of partial perfect information of one group of inputs.
 *
 * @param group     group name
 * @param inputs    the group's inputs that vary in the sample (fixed ones carry no information)
 * @param value     EVPPI, in the loss's unit: the expected loss avoided by learning the group's
 *                  inputs exactly before deciding
 * @param ci        95% bootstrap percentile interval
 * @param rSquared  share of the variance of the incremental loss the regression on the group
 *                  explains (a check on the fit, not a sensitivity index)
 * @param columns   regression columns used (intercept included), or cells of the cell means
 * @param estimator {@link #SPLINES} or {@link #CELL_MEANS}: the regression used for this group
 */
public record Evppi(String group, List<String> inputs, double value, Interval ci, double rSquared, int columns,
                    String estimator) {

    public static final String SPLINES = "splines";
    public static final String CELL_MEANS = "cell means";

    public Evppi {
        inputs = List.copyOf(inputs);
    }
}
