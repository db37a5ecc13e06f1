package org.euromesh.reports.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version} and written into every report. */
public final class Version implements IVersionProvider {

    /** Kept in step with the Maven project version. */
    public static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"euromesh " + VERSION};
    }
}
