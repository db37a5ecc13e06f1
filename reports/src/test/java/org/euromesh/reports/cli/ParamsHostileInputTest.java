package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.euromesh.params.ParameterFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile parameter folders, through every command that reads one ({@code params},
 * {@code run}, {@code deterministic}, {@code sensitivity}): a spec that validates but cannot be
 * computed, a shape beyond the bounds, a file that is missing, a folder, not UTF-8, or not
 * YAML; each is exit 2 with {@code file:line: parameter 'name'} where the format has lines, and
 * nothing written. And files as users save them (byte-order mark, CRLF) load as the originals.
 */
class ParamsHostileInputTest {

    private static final String TAU = "pert(min=2, max=10, mean=7.6)";

    @TempDir
    static Path root;
    static Path w;

    @BeforeAll
    static void workspace() throws IOException {
        w = Hostile.workspace(root);
        String yaml = ParameterFiles.PARAMETERS;
        String csv = ParameterFiles.REGIONS;
        Hostile.paramsWith(w, "BETA", yaml, t -> t.replace(TAU, "beta(1e300, 1e300, 2, 10)"));
        Hostile.paramsWith(w, "DIVERGES", yaml, t -> t.replace(TAU, "beta(1e-200, 1e-200, 2, 10)"));
        Hostile.paramsWith(w, "LOGN", yaml, t -> t.replace(TAU, "lognormal(0, 50)"));
        Hostile.paramsWith(w, "GAMMA", yaml, t -> t.replace(TAU, "gamma(1e20, 1)"));
        Hostile.paramsWith(w, "LAMBDA", yaml, t -> t.replace(TAU, "pert(2, 8.4, 10, lambda=1e300)"));
        Hostile.paramsWith(w, "EMPTYYAML", yaml, t -> "");
        Hostile.paramsWith(w, "NOTYAML", yaml, t -> "scalars: [unclosed\n");
        Hostile.paramsWith(w, "UNKNOWNCOL", csv, t -> t.replaceFirst("\nregion,", "\nregion,extra,"));
        Path scen = Hostile.paramsWith(w, "SCENBASELINE", yaml, t -> t);
        Files.writeString(scen.resolve("scenarios/baseline.yaml"), Files.readString(scen.resolve(
                "scenarios/optimistic.yaml")));
        Path noRegions = Hostile.paramsWith(w, "NOREGIONS", yaml, t -> t);
        Files.delete(noRegions.resolve(csv));
        Path regionsDir = Hostile.paramsWith(w, "REGIONSDIR", yaml, t -> t);
        Files.delete(regionsDir.resolve(csv));
        Files.createDirectories(regionsDir.resolve(csv));
        Path latin1 = Hostile.paramsWith(w, "LATIN1", yaml, t -> t);
        byte[] b = Files.readAllBytes(latin1.resolve(csv));
        byte[] withE9 = new byte[b.length + 1];
        System.arraycopy(b, 0, withE9, 0, b.length);
        withE9[b.length] = (byte) 0xE9; // "é" in Windows-1252, invalid as UTF-8
        Files.write(latin1.resolve(csv), withE9);
    }

    /** 1-based line of the shipped parameters.yaml that starts with {@code prefix}: the fixtures edit a copy of it. */
    private static int shippedLineOf(String prefix) {
        try (java.io.InputStream in = ParamsHostileInputTest.class.getResourceAsStream(
                "/org/euromesh/params/baseline/parameters.yaml")) {
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith(prefix)) {
                    return i + 1;
                }
            }
            throw new AssertionError("no line starting with '" + prefix + "' in the shipped parameters.yaml");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Hostile.Case> cases() {
        String yamlLine = "parameters.yaml:" + shippedLineOf("  tau_mega:") + ": parameter 'tau_mega'";
        return Stream.of(
                Hostile.of("beta(1e300, 1e300): params (was: Hipparchus trace, exit 1)", 2, yamlLine, "params",
                        "--params", "{BETA}"),
                Hostile.of("beta(1e300, 1e300): run", 2, yamlLine, "run", "--params", "{BETA}", "--samples", "10",
                        "--out", "{NEW}"),
                Hostile.of("beta(1e300, 1e300): deterministic", 2, yamlLine, "deterministic", "--params", "{BETA}"),
                Hostile.of("beta(1e-200, 1e-200): inside the bounds, variance NaN", 2, yamlLine, "params", "--params",
                        "{DIVERGES}"),
                Hostile.of("lognormal(0, 50): infinite mean", 2, "cannot be computed", "params", "--params", "{LOGN}"),
                Hostile.of("lognormal(0, 50): sensitivity", 2, yamlLine, "sensitivity", "--params", "{LOGN}", "--out",
                        "{NEW}"),
                Hostile.of("gamma(1e20, 1) (was: 15 s spin, then a trace)", 2, "at most 10000", "params", "--params",
                        "{GAMMA}"),
                Hostile.of("pert lambda 1e300", 2, "pert lambda must be at most", "params", "--params", "{LAMBDA}"),
                Hostile.of("empty parameters.yaml", 2, "the file is empty", "params", "--params", "{EMPTYYAML}"),
                Hostile.of("parameters.yaml not YAML", 2, "not valid YAML", "params", "--params", "{NOTYAML}"),
                Hostile.of("unknown column in regions.csv", 2, "unknown column 'extra'", "params", "--params",
                        "{UNKNOWNCOL}"),
                Hostile.of("scenarios/baseline.yaml (was: silently ignored)", 2, "would never be applied", "run",
                        "--params", "{SCENBASELINE}", "--out", "{NEW}"),
                Hostile.of("regions.csv missing", 2, "regions.csv: missing file", "params", "--params", "{NOREGIONS}"),
                Hostile.of("regions.csv is a folder", 2, "regions.csv: is a folder", "params", "--params",
                        "{REGIONSDIR}"),
                Hostile.of("regions.csv not UTF-8", 2, "not UTF-8", "deterministic", "--params", "{LATIN1}"),
                Hostile.of("export into the parameter folder", 2, "must be a new or empty folder", "params",
                        "--export", "{P}"),
                Hostile.of("export into a user's folder", 2, "must be a new or empty folder", "params", "--export",
                        "{USER}"),
                Hostile.of("export onto a file", 2, "must be a new or empty folder", "params", "--export", "{FILE}"),
                Hostile.of("deterministic: unknown scenario", 2, "unknown scenario", "deterministic", "--scenario",
                        "nope"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithFileLineAndNothingWritten(Hostile.Case c) {
        Hostile.assertRejected(c, w);
    }

    /** A spreadsheet's UTF-8 byte-order mark and Windows line ends change nothing. */
    @Test
    void byteOrderMarkAndCrlfLoadAsTheOriginal() throws IOException {
        Path saved = w.resolve("SAVED");
        ParameterFiles.copyBuiltInTo(saved);
        for (String f : new String[] {ParameterFiles.PARAMETERS, ParameterFiles.REGIONS}) {
            String text = Files.readString(saved.resolve(f));
            Files.writeString(saved.resolve(f), "\uFEFF" + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        }
        CliHarness original = CliHarness.run("params", "--params", w.resolve("P").toString());
        CliHarness edited = CliHarness.run("params", "--params", saved.toString());
        assertEquals(0, edited.exitCode(), edited.err());
        assertEquals(original.out().replace(w.resolve("P").toString(), "X"), edited.out().replace(saved.toString(), "X"));
    }

    /** Unreadable is not missing (skipped where permissions do not apply, e.g. as root). */
    @Test
    void unreadableFileIsReportedAsUnreadable() throws IOException {
        Path locked = w.resolve("LOCKED");
        ParameterFiles.copyBuiltInTo(locked);
        Path csv = locked.resolve(ParameterFiles.REGIONS);
        try {
            Files.setPosixFilePermissions(csv, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeFalse(true, "no POSIX permissions here");
        }
        assumeFalse(Files.isReadable(csv), "permissions are not enforced for this user");
        CliHarness r = CliHarness.run("params", "--params", locked.toString());
        assertEquals(2, r.exitCode());
        Hostile.assertMessage(r, "regions.csv: unreadable (permission denied)", "unreadable");
    }
}
