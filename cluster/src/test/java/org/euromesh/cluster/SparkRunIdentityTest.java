package org.euromesh.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.euromesh.reports.run.RunExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same {@code euromesh run} on Spark {@code local[2]} (4 and 7 partitions, one wave and
 * several), as a job array of 3 partials, and on the local runner at 1 and 2 threads writes a
 * byte-identical {@code summary.json}. 20,000 samples in 10 blocks keep each run well under a
 * second: identity does not depend on size, and 10 blocks make 7 uneven partitions.
 */
class SparkRunIdentityTest {

    static final String[] RUN = {"run", "--samples", "20000", "--block-size", "2000", "--seed", "11", "--quiet",
        "--no-sensitivity", "--no-decision"};

    static JavaSparkContext sc;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        sc = LocalSpark.start("local[2]", "SparkRunIdentityTest");
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    @Test
    void sparkJobArrayAndLocalRunsWriteTheSameSummary() throws IOException {
        Path local1 = out("local-1");
        Cli.ok(RunExecutor.LOCAL, RUN, "--threads", "1", "--out", local1.toString());
        Path local2 = out("local-2");
        Cli.ok(RunExecutor.LOCAL, RUN, "--threads", "2", "--out", local2.toString());
        Path spark4 = out("spark-4");
        // One wave: 10 blocks in 4 partitions of 3, 3, 2 and 2 blocks.
        String said = Cli.ok(new SparkRunExecutor(sc, 4, 100), RUN, "--out", spark4.toString());
        assertTrue(said.contains("Spark local[2], waves of 4 tasks"), said);
        Path spark7 = out("spark-7");
        // Waves of 7 one-block tasks: [0, 7) then [7, 10) in 3 partitions.
        Cli.ok(new SparkRunExecutor(sc, 7, 1), RUN, "--out", spark7.toString());
        String[] ranges = {"0:3", "3:8", "8:10"};
        String[] parts = new String[3];
        for (int i = 0; i < 3; i++) {
            parts[i] = dir.resolve("task-" + i + ".part").toString();
            Cli.ok(RunExecutor.LOCAL, RUN, "--blocks", ranges[i], "--partial", parts[i]);
        }
        Path merged = out("merged");
        Cli.ok(RunExecutor.LOCAL, new String[] {"merge", parts[1], parts[2], parts[0]}, "--out", merged.toString());

        byte[] expected = Cli.summary(local1);
        assertArrayEquals(expected, Cli.summary(local2), "local, 2 threads");
        assertArrayEquals(expected, Cli.summary(spark4), "Spark local[2], 4 partitions");
        assertArrayEquals(expected, Cli.summary(spark7), "Spark local[2], 7 partitions, 2 waves");
        assertArrayEquals(expected, Cli.summary(merged), "job array of 3 partials");
    }

    @Test
    void aPrecisionRunStopsAtTheSameBlockOnSparkAsLocally() throws IOException {
        // P(win) of frontier-2028 is about 0.92: a 95% half-width of 0.01 needs about 2,900 paths,
        // so the run stops inside the first Spark wave (7 blocks of 500), which is then re-run up to there.
        String[] precise = {"run", "--target", "frontier-2028", "--precision", "0.01", "--max-samples", "20000",
            "--block-size", "500", "--seed", "11", "--quiet", "--no-sensitivity", "--no-decision"};
        Path local = out("precise-local");
        Cli.ok(RunExecutor.LOCAL, precise, "--threads", "2", "--out", local.toString());
        Path spark = out("precise-spark");
        Cli.ok(new SparkRunExecutor(sc, 7, 1), precise, "--out", spark.toString());
        String summary = new String(Cli.summary(local), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(summary.contains("\"precisionMet\" : true"), summary.substring(0, 600));
        assertArrayEquals(Cli.summary(local), Cli.summary(spark));
    }

    @Test
    void blockSpansCoverTheRangeInOrderWithLengthsWithinOne() {
        var spans = BlockSpan.split(3, 13, 4);
        assertTrue(spans.equals(java.util.List.of(new BlockSpan(3, 5), new BlockSpan(5, 8), new BlockSpan(8, 10),
                new BlockSpan(10, 13))), spans.toString());
        assertTrue(BlockSpan.split(0, 2, 7).equals(java.util.List.of(new BlockSpan(0, 1), new BlockSpan(1, 2))));
    }

    private static Path out(String name) {
        return dir.resolve(name);
    }
}
