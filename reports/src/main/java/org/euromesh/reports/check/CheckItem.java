package org.euromesh.reports.check;

/**
 * One compared number (or field): what the baseline says, what the rerun gave, what was allowed.
 *
 * @param name     e.g. {@code 405B.t_fed.P50}, {@code 405B.win.p}, {@code input.tau_mega.spec}
 * @param baseline the baseline's value, as printed
 * @param current  the rerun's value, as printed
 * @param band     the allowed values: "= baseline" or "[lo, hi]"
 * @param status   pass, fail, or skip (standard error 0 on both sides and equal values)
 */
public record CheckItem(String name, String baseline, String current, String band, Status status) {

    public enum Status { PASS, FAIL, SKIP }

    public boolean failed() {
        return status == Status.FAIL;
    }
}
