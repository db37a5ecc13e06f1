package org.euromesh.distributions;

/** A distribution spec that cannot be read, with the 0-based position of the problem. */
public final class SpecParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String input;
    private final String detail;

    /**
     * @param input    the whole spec text
     * @param position 0-based index of the offending character
     * @param detail   what was expected, e.g. "expected a number"
     */
    public SpecParseException(String input, int position, String detail) {
        this(input, position, detail, null);
    }

    public SpecParseException(String input, int position, String detail, Throwable cause) {
        super("at column " + (position + 1) + " of \"" + input + "\": " + detail, cause);
        this.position = position;
        this.input = input;
        this.detail = detail;
    }

    /** 0-based character index in {@link #input()}. */
    public int position() {
        return position;
    }

    public String input() {
        return input;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail;
    }
}
