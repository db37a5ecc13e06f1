package org.euromesh.engine.sensitivity;

import java.util.List;

/**
 * The tornado of one output.
 *
 * @param output          output name
 * @param central         the output with every input at its central value (clipped to the horizon if censored)
 * @param centralCensored true when the central value was censored
 * @param bars            one bar per non-fixed input, by decreasing absolute swing (ties in input order)
 * @param fixedInputs     inputs skipped because their low and high quantiles coincide
 */
public record TornadoChart(String output, double central, boolean centralCensored, List<TornadoBar> bars,
                           List<String> fixedInputs) {

    public TornadoChart {
        bars = List.copyOf(bars);
        fixedInputs = List.copyOf(fixedInputs);
    }

    /** The first {@code k} bars (fewer if there are fewer). */
    public List<TornadoBar> top(int k) {
        return bars.subList(0, Math.min(k, bars.size()));
    }

    /** Names of the first {@code k} inputs. */
    public List<String> topInputs(int k) {
        return top(k).stream().map(TornadoBar::input).toList();
    }
}
