package org.euromesh.reports.cli;

import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A count option's value: {@code 1000000}, {@code 1_000_000}, {@code 1,000,000} or {@code 1e6}
 * (what people type for a million). It must be a whole number: {@code 1.5e3} is 1500, {@code 1e-3}
 * or {@code 2.5} is refused, and so is anything beyond a long. A negative count is passed on, so
 * that the option's own bounds check names its range.
 */
final class CountConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String text) {
        return parse(text);
    }

    static long parse(String text) {
        String t = text.trim().replace("_", "").replace(",", "");
        try {
            return new BigDecimal(t).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TypeConversionException("'" + text + "' is not a whole count; expected e.g. 1000000, 1_000_000 or 1e6");
        }
    }
}
