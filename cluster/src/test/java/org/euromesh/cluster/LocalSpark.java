package org.euromesh.cluster;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** A Spark context on this machine for tests: loopback only, no UI. One per test class. */
final class LocalSpark {

    private LocalSpark() {
    }

    /** {@code master} is e.g. {@code local[2]}, or {@code local[2,4]} to let a failed task be retried. */
    static JavaSparkContext start(String master, String app) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName(app)
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        JavaSparkContext sc = new JavaSparkContext(conf);
        sc.setLogLevel("WARN");
        return sc;
    }
}
