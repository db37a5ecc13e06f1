package org.euromesh.cluster;

import java.io.PrintWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.euromesh.reports.cli.EuroMeshCli;

/**
 * {@code spark-submit --class org.euromesh.cluster.SparkMain euromesh-spark.jar run ...}: any
 * {@code euromesh} command line, with {@code run}'s blocks computed on the Spark cluster that
 * spark-submit names ({@code --master}). Same options, same report, same bytes as a local run.
 *
 * <p>Tuning (spark-submit {@code --conf}): {@code spark.euromesh.tasksPerWave} (default
 * {@value SparkRunExecutor#DEFAULT_TASKS_PER_CORE} × the context's default parallelism) and
 * {@code spark.euromesh.blocksPerTask} (default {@value SparkRunExecutor#DEFAULT_BLOCKS_PER_TASK}).
 * Neither changes a result.
 */
public final class SparkMain {

    private SparkMain() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("euromesh").setIfMissing("spark.ui.showConsoleProgress", "false");
        int code;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            int tasks = conf.getInt("spark.euromesh.tasksPerWave",
                    SparkRunExecutor.DEFAULT_TASKS_PER_CORE * sc.defaultParallelism());
            int blocks = conf.getInt("spark.euromesh.blocksPerTask", SparkRunExecutor.DEFAULT_BLOCKS_PER_TASK);
            code = EuroMeshCli.execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                    new SparkRunExecutor(sc, tasks, blocks));
        }
        System.exit(code);
    }
}
