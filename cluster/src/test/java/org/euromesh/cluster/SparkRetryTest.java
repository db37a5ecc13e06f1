package org.euromesh.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.euromesh.reports.run.RunExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that is lost (here: fails on its first attempt) is recomputed by Spark, and the run's
 * summary is byte-identical to the local run's: a block's draws depend on (seed, block) only,
 * never on which attempt or executor ran it.
 */
class SparkRetryTest {

    static final String[] RUN = {"run", "--samples", "20000", "--block-size", "2000", "--seed", "13", "--quiet",
        "--no-sensitivity", "--no-decision"};

    static JavaSparkContext sc;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        // local[2, 4]: two threads, and a task may fail up to 3 times before the job fails.
        sc = LocalSpark.start("local[2,4]", "SparkRetryTest");
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    @Test
    void aFailedTaskIsRecomputedAndChangesNothing() throws IOException {
        Path attempts = Files.createDirectories(dir.resolve("attempts"));
        BlockTask flaky = failingFirstAttemptOf(1, attempts.toString());
        Path spark = dir.resolve("spark");
        Cli.ok(new SparkRunExecutor(sc, 3, 100, flaky), RUN, "--out", spark.toString());
        assertTrue(Files.exists(attempts.resolve("partition-1-attempt-0-failed")), "the first attempt failed");
        assertTrue(Files.exists(attempts.resolve("partition-1-attempt-1")), "Spark ran it again");
        Path local = dir.resolve("local");
        Cli.ok(RunExecutor.LOCAL, RUN, "--threads", "2", "--out", local.toString());
        assertArrayEquals(Cli.summary(local), Cli.summary(spark));
    }

    /** The default task, except that partition {@code p}'s first attempt throws after doing its work. */
    static BlockTask failingFirstAttemptOf(int p, String attemptDir) {
        return (config, span) -> {
            var partial = BlockTask.SAMPLER.run(config, span);
            TaskContext tc = TaskContext.get();
            String name = "partition-" + tc.partitionId() + "-attempt-" + tc.attemptNumber();
            boolean fail = tc.partitionId() == p && tc.attemptNumber() == 0;
            try {
                Files.createFile(Path.of(attemptDir, name + (fail ? "-failed" : "")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (fail) {
                throw new IllegalStateException("simulated loss of partition " + p + " (attempt 0)");
            }
            return partial;
        };
    }
}
