package org.euromesh.reports.cli;

import org.euromesh.engine.ProgressListener;

import org.euromesh.reports.io.AtomicFiles;
import org.euromesh.reports.format.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.DistributionSampler;
import org.euromesh.distributions.ImpliedSummary;
import org.euromesh.distributions.SpecParser;
import org.euromesh.distributions.Usable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code euromesh distribution "<spec>"}: what a spec means, and draws from it. */
@Command(name = "distribution", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a distribution's quantiles, or write draws from it.")
final class DistributionCommand implements Callable<Integer> {

    @Mixin
    QuietOption quiet;


    private static final double[] DEFAULT_LEVELS = {0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99};

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "e.g. \"pert(2, 8.4, 10)\", \"lognormal(p5=1.03, p95=2.0)\"")
    String text;

    @Option(names = "--quantiles", description = "Print quantiles (default when --samples is not given).")
    boolean quantiles;

    @Option(names = "--samples", paramLabel = "N", converter = CountConverter.class,
            description = "Number of draws to write to --out, 1 to 10^8; 1e6 is accepted.")
    Long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20260601", description = "Seed of the draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Where the draws go, one per line: a new file, or a draws file written before; never a file "
                    + "of a parameter folder.")
    Path out;

    @Override
    public Integer call() {
        if (samples != null) {
            Bounds.draws(samples);
            if (out == null) {
                throw new IllegalArgumentException("--samples needs --out FILE.csv");
            }
            DrawsFile.check(out);
        } else if (out != null) {
            throw new IllegalArgumentException("--out needs --samples N");
        }
        Distribution d = Usable.check(SpecParser.parse(text));
        PrintWriter w = spec.commandLine().getOut();
        if (quantiles || samples == null) {
            printQuantiles(w, d);
        }
        if (samples != null) {
            try (ProgressBar.Progress progress = quiet.progress()) {
                writeSamples(d, progress.sampling("writing draws", samples));
            }
            w.printf(Locale.ROOT, "wrote %d draws (seed %d) to %s%n", samples, seed, out);
        }
        return 0;
    }

    private static void printQuantiles(PrintWriter w, Distribution d) {
        ImpliedSummary s = d.implied();
        w.printf(Locale.ROOT, "%s%n  mean %s   sd %s   support [%s, %s]%n", d.spec(), Numbers.format(s.mean()),
                Numbers.format(Math.sqrt(d.variance())), Numbers.format(d.lowerBound()), Numbers.format(d.upperBound()));
        for (double p : DEFAULT_LEVELS) {
            w.printf(Locale.ROOT, "  P%-3s %s%n", Numbers.percentLabel(p), Numbers.format(d.quantile(p)));
        }
    }

    /** Progress every {@link #PROGRESS_EVERY} draws: never per draw. */
    private static final long PROGRESS_EVERY = 1L << 16;

    private void writeSamples(Distribution d, ProgressListener progress) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        DistributionSampler sampler = d.createSampler(rng);
        // Streamed: 10^8 draws are about 2 GB of text, more than a default heap holds.
        AtomicFiles.writeText(out, w -> {
            for (long i = 0; i < samples; i++) {
                w.write(Double.toString(sampler.sample()));
                w.write('\n');
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    progress.onProgress(i + 1, samples);
                }
            }
            progress.onProgress(samples, samples);
        });
    }
}
