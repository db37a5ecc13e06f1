package org.euromesh.params;

/** Where a value was read: file (as given to the loader) and 1-based line, 0 when unknown. */
public record SourceLocation(String file, int line) {

    public static SourceLocation builtIn() {
        return new SourceLocation("<built-in>", 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
