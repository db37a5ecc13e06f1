package org.euromesh.params;

/**
 * Bad input in a parameter folder. The message names file, line (when the format has lines)
 * and parameter, and says what was expected; the CLI maps it to exit code 2.
 */
public final class ParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final SourceLocation location;
    private final String parameter;

    public ParameterException(SourceLocation location, String parameter, String message) {
        super(location + (parameter == null ? "" : ": parameter '" + parameter + "'") + ": " + message);
        this.location = location;
        this.parameter = parameter;
    }

    public SourceLocation location() {
        return location;
    }

    public String parameter() {
        return parameter;
    }
}
