package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code euromesh} launcher's start-up choices (JIT and class data sharing), read from the
 * java command it prints with {@code EUROMESH_DRY_RUN=1}. The script runs from a copy in a
 * temporary folder beside an empty stand-in jar, so nothing of the build is touched.
 */
class LauncherTest {

    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path home;
    private Path jar;
    private Path jsa;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        Path script = Path.of("..", "euromesh").toAbsolutePath().normalize();
        Files.copy(script, home.resolve("euromesh"));
        Files.createDirectories(home.resolve("reports/target"));
        jar = Files.writeString(home.resolve("reports/target/euromesh.jar"), "stand-in");
        jsa = home.resolve("reports/target/euromesh.jsa");
    }

    private record Launch(int exit, String out, String err) {
    }

    private Launch launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", home.resolve("euromesh").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("EUROMESH_JAVA_OPTS");
        pb.environment().remove("EUROMESH_JIT");
        pb.environment().remove("EUROMESH_CDS");
        pb.environment().put("EUROMESH_DRY_RUN", "1");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Launch(p.waitFor(), out, err);
    }

    private String javaCommand(String... args) throws IOException, InterruptedException {
        Launch l = launch(Map.of("EUROMESH_CDS", "off"), args);
        assertEquals(0, l.exit(), l.err());
        return l.out();
    }

    /** Hand-picked: C2 pays back after about 1.5 million sampled paths (BENCHMARKS.md). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "run --samples 65536; quick",
        "run; quick",                                  // the default 1,000,000 paths
        "run --samples 1_500_000; quick",
        "run --samples 1500001; full",
        "run --samples=2e6 --no-sensitivity; full",
        "run --samples 1.5e6; quick",
        "run --out run --samples 1e7; full",           // a folder named like a command is not the command
        "run --precision 0.01; full",                  // unknown N, up to --max-samples
        "run --samples lots; full",                    // the CLI reports the error; nothing to guess
        "compare --scenario a --scenario b --samples 500000; quick",
        "compare --scenario a --scenario b; full",     // two runs of 1,000,000
        "merge a.partial b.partial; quick",
        "report summary.json; quick",
        "params; quick",
        "--version; quick",
        "sensitivity; full",
        "voi --samples 1000; full",
        "check --baseline b.json; full"})
    void jitFollowsTheSampledPaths(String args, String expected) throws IOException, InterruptedException {
        String cmd = javaCommand(args.trim().split(" +"));
        assertEquals("quick".equals(expected), cmd.contains(QUICK), cmd);
        assertTrue(cmd.trim().endsWith("-jar " + jar + " " + args.trim().replaceAll(" +", " ")), cmd);
    }

    @Test
    void environmentOverridesTheJitAndJavaOptionsComeLast() throws IOException, InterruptedException {
        Launch full = launch(Map.of("EUROMESH_CDS", "off", "EUROMESH_JIT", "full"), "run", "--samples", "100");
        assertFalse(full.out().contains(QUICK), full.out());
        Launch quick = launch(Map.of("EUROMESH_CDS", "off", "EUROMESH_JIT", "quick"), "sensitivity");
        assertTrue(quick.out().contains(QUICK), quick.out());
        Launch opts = launch(Map.of("EUROMESH_CDS", "off", "EUROMESH_JAVA_OPTS", "-Xmx3g -XX:TieredStopAtLevel=4"),
                "run");
        assertTrue(opts.out().indexOf("-XX:TieredStopAtLevel=4") > opts.out().indexOf(QUICK), opts.out());
        assertTrue(opts.out().contains("-Xmx3g"), opts.out());
        Launch bad = launch(Map.of("EUROMESH_JIT", "fast"), "run");
        assertEquals(2, bad.exit());
        assertEquals("euromesh: EUROMESH_JIT must be auto, quick or full, got 'fast'\n", bad.err());
        assertEquals("", bad.out());
    }

    @Test
    void classDataIsRecordedByTheFirstRunThenUsedUntilTheJarChanges() throws IOException, InterruptedException {
        String first = launch(Map.of(), "run", "--samples", "1000").out();
        assertTrue(first.contains("-XX:ArchiveClassesAtExit=" + jsa + "."), "records under a temporary name: " + first);
        assertFalse(first.contains("SharedArchiveFile"), first);
        // Only 'run' records: a first 'report' or '--version' would record too few classes.
        for (String[] other : new String[][] {{"report", "s.json"}, {"--version"}, {"sensitivity"}}) {
            String cmd = launch(Map.of(), other).out();
            assertFalse(cmd.contains("Archive") || cmd.contains("SharedArchive"), cmd);
        }
        assertEquals(List.of("euromesh.jar"), files(), "a dry run writes nothing");

        Files.writeString(jsa, "recorded");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(jsa, FileTime.fromMillis(1_000_000_100_000L));
        for (String[] any : new String[][] {{"run"}, {"report", "s.json"}, {"sensitivity"}}) {
            String cmd = launch(Map.of(), any).out();
            assertTrue(cmd.contains("-XX:SharedArchiveFile=" + jsa + " "), cmd);
            assertTrue(cmd.contains("-Xlog:cds=off"), "a stale or foreign archive is not a user's problem: " + cmd);
        }
        // A rebuilt jar makes the archive stale: the next run records it again.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_200_000L));
        String again = launch(Map.of(), "run").out();
        assertTrue(again.contains("-XX:ArchiveClassesAtExit="), again);
        assertFalse(again.contains("SharedArchiveFile"), again);

        String off = launch(Map.of("EUROMESH_CDS", "off"), "run").out();
        assertFalse(off.contains("Archive"), off);
    }

    @Test
    void aReadOnlyBuildFolderIsUsedWithoutRecording() throws IOException, InterruptedException {
        Path target = home.resolve("reports/target");
        assertTrue(target.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(target),
                    "running as root, for whom no folder is read-only: skipped");
            String cmd = launch(Map.of(), "run").out();
            assertFalse(cmd.contains("Archive"), cmd);
        } finally {
            target.toFile().setWritable(true, false);
        }
    }

    @Test
    void withoutTheJarItSaysHowToBuildItAndExitsTwo() throws IOException, InterruptedException {
        Files.delete(jar);
        Launch l = launch(Map.of(), "run");
        assertEquals(2, l.exit());
        assertTrue(l.err().contains("not found; build it first: mvn -B -ntp -q package -DskipTests"), l.err());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(home.resolve("reports/target"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
