package org.euromesh.engine.sensitivity;

/**
 * One bar of a tornado chart: one input moved alone from its low to its high quantile, every
 * other input at its central value.
 *
 * @param input        input name
 * @param lowValue     the input at its low quantile (P10 by default)
 * @param highValue    the input at its high quantile (P90 by default)
 * @param outputAtLow  the output with the input at {@code lowValue} (censored times clipped to the horizon)
 * @param outputAtHigh the output with the input at {@code highValue}
 * @param swing        {@code outputAtHigh - outputAtLow} (signed; bars are sorted by its absolute value)
 * @param censored     true when either end was censored and clipped to the output's horizon, so
 *                     the swing is a lower bound
 */
public record TornadoBar(String input, double lowValue, double highValue, double outputAtLow, double outputAtHigh,
                         double swing, boolean censored) {
}
