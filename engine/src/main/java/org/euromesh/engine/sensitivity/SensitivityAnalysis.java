package org.euromesh.engine.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.sampling.SamplingMethod;

/**
 * Facade: tornado, rank correlations and Sobol indices of one model in one call, as an immutable
 * {@link SensitivityResult}. The result is a pure function of (model, centrals, outputs, groups,
 * {@link SensitivitySettings}); the thread count only changes the speed.
 *
 * <pre>{@code
 * SensitivityResult r = SensitivityAnalysis.of(model, centrals)
 *         .withSobolOutputs(List.of("y")).withSeed(42).run();
 * }</pre>
 */
public final class SensitivityAnalysis {

    private final Model model;
    private final double[] centrals;
    private final List<String> tornadoOutputs;
    private final List<String> rankOutputs;
    private final List<String> sobolOutputs;
    private final List<InputGroup> groups;
    private final SensitivitySettings settings;
    private final int threads;

    private SensitivityAnalysis(Model model, double[] centrals, List<String> tornadoOutputs, List<String> rankOutputs,
                                List<String> sobolOutputs, List<InputGroup> groups, SensitivitySettings settings,
                                int threads) {
        this.model = model;
        this.centrals = centrals;
        this.tornadoOutputs = List.copyOf(tornadoOutputs);
        this.rankOutputs = List.copyOf(rankOutputs);
        this.sobolOutputs = List.copyOf(sobolOutputs);
        this.groups = List.copyOf(groups);
        this.settings = settings;
        this.threads = threads;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (settings.rankSamples() < 0 || settings.sobolSamples() < 0) {
            throw new IllegalArgumentException("sample sizes must be >= 0");
        }
    }

    /** Defaults for the settings: seed 1, N = 20,000 MC rank sample, N = 2^12 Sobol design, B = 300. */
    public static SensitivitySettings defaultSettings() {
        return new SensitivitySettings(1L, RankCorrelation.DEFAULT_SAMPLES, SamplingMethod.MC,
                SobolIndices.DEFAULT_SAMPLES, SamplingMethod.SOBOL, SobolIndices.DEFAULT_BOOTSTRAP,
                Tornado.DEFAULT_LOW, Tornado.DEFAULT_HIGH, RankCorrelation.DEFAULT_BLOCK_SIZE,
                SobolIndices.DEFAULT_BLOCK_SIZE);
    }

    /**
     * Any model. Every output is analysed by all three methods until restricted with
     * {@link #withTornadoOutputs}, {@link #withRankOutputs}, {@link #withSobolOutputs}.
     *
     * @param centrals the deterministic input vector (one value per input, input order) for the tornado
     */
    public static SensitivityAnalysis of(Model model, double[] centrals) {
        Objects.requireNonNull(model, "model");
        Tornado.of(model, centrals); // validates
        List<String> all = model.outputs().stream().map(o -> o.name()).toList();
        return new SensitivityAnalysis(model, centrals.clone(), all, all, all, List.of(), defaultSettings(),
                Runtime.getRuntime().availableProcessors());
    }

    private SensitivityAnalysis with(SensitivitySettings s) {
        return new SensitivityAnalysis(model, centrals, tornadoOutputs, rankOutputs, sobolOutputs, groups, s, threads);
    }

    public SensitivityAnalysis withSettings(SensitivitySettings s) {
        return with(Objects.requireNonNull(s, "settings"));
    }

    public SensitivityAnalysis withSeed(long seed) {
        SensitivitySettings s = settings;
        return with(new SensitivitySettings(seed, s.rankSamples(), s.rankMethod(), s.sobolSamples(), s.sobolMethod(),
                s.bootstrap(), s.tornadoLow(), s.tornadoHigh(), s.blockSize(), s.sobolBlockSize()));
    }

    /** N of the rank-correlation sample; 0 skips rank correlations. */
    public SensitivityAnalysis withRankSamples(int n) {
        SensitivitySettings s = settings;
        return with(new SensitivitySettings(s.seed(), n, s.rankMethod(), s.sobolSamples(), s.sobolMethod(),
                s.bootstrap(), s.tornadoLow(), s.tornadoHigh(), s.blockSize(), s.sobolBlockSize()));
    }

    /** N of the Sobol design; 0 skips Sobol indices. */
    public SensitivityAnalysis withSobolSamples(int n) {
        SensitivitySettings s = settings;
        return with(new SensitivitySettings(s.seed(), s.rankSamples(), s.rankMethod(), n, s.sobolMethod(),
                s.bootstrap(), s.tornadoLow(), s.tornadoHigh(), s.blockSize(), s.sobolBlockSize()));
    }

    public SensitivityAnalysis withSobolMethod(SamplingMethod m) {
        SensitivitySettings s = settings;
        return with(new SensitivitySettings(s.seed(), s.rankSamples(), s.rankMethod(), s.sobolSamples(), m,
                s.bootstrap(), s.tornadoLow(), s.tornadoHigh(), s.blockSize(), s.sobolBlockSize()));
    }

    public SensitivityAnalysis withBootstrap(int b) {
        SensitivitySettings s = settings;
        return with(new SensitivitySettings(s.seed(), s.rankSamples(), s.rankMethod(), s.sobolSamples(),
                s.sobolMethod(), b, s.tornadoLow(), s.tornadoHigh(), s.blockSize(), s.sobolBlockSize()));
    }

    /** Worker threads; never changes the result. */
    public SensitivityAnalysis withThreads(int t) {
        return new SensitivityAnalysis(model, centrals, tornadoOutputs, rankOutputs, sobolOutputs, groups, settings, t);
    }

    public SensitivityAnalysis withTornadoOutputs(List<String> outputs) {
        return new SensitivityAnalysis(model, centrals, outputs, rankOutputs, sobolOutputs, groups, settings, threads);
    }

    public SensitivityAnalysis withRankOutputs(List<String> outputs) {
        return new SensitivityAnalysis(model, centrals, tornadoOutputs, outputs, sobolOutputs, groups, settings, threads);
    }

    public SensitivityAnalysis withSobolOutputs(List<String> outputs) {
        return new SensitivityAnalysis(model, centrals, tornadoOutputs, rankOutputs, outputs, groups, settings, threads);
    }

    /** Restricts every method to the given outputs. */
    public SensitivityAnalysis withOutputs(List<String> outputs) {
        return new SensitivityAnalysis(model, centrals, outputs, outputs, outputs, groups, settings, threads);
    }

    public SensitivityAnalysis withGroups(List<InputGroup> g) {
        return new SensitivityAnalysis(model, centrals, tornadoOutputs, rankOutputs, sobolOutputs, g, settings, threads);
    }

    public SensitivitySettings settings() {
        return settings;
    }

    public SensitivityResult run() {
        return run(ProgressListener.NONE);
    }

    /**
     * {@link #run()}, telling {@code progress} of each stage ("tornado", then those of
     * {@link RankCorrelation#run(List, ProgressListener)} and {@link SobolIndices#run(List, ProgressListener)})
     * and of each block or replicate within it.
     */
    public SensitivityResult run(ProgressListener progress) {
        Objects.requireNonNull(progress, "progress");
        SensitivitySettings s = settings;
        if (!tornadoOutputs.isEmpty()) {
            progress.onStage("tornado");
        }
        List<TornadoChart> tornado = tornadoOutputs.isEmpty() ? List.of()
                : Tornado.of(model, centrals).withQuantiles(s.tornadoLow(), s.tornadoHigh()).run(tornadoOutputs, progress);
        RankCorrelationResult rank = null;
        if (s.rankSamples() > 0 && !rankOutputs.isEmpty()) {
            rank = RankCorrelation.of(model).withSeed(s.seed()).withSamples(s.rankSamples())
                    .withMethod(s.rankMethod()).withBootstrap(s.bootstrap()).withBlockSize(s.blockSize())
                    .withThreads(threads).run(rankOutputs, progress);
        }
        SobolResult sobol = null;
        if (s.sobolSamples() > 0 && !sobolOutputs.isEmpty()) {
            sobol = SobolIndices.of(model).withSeed(s.seed()).withSamples(s.sobolSamples())
                    .withMethod(s.sobolMethod()).withBootstrap(s.bootstrap()).withBlockSize(s.sobolBlockSize())
                    .withGroups(groups).withThreads(threads).run(sobolOutputs, progress);
        }
        LinkedHashSet<String> warnings = new LinkedHashSet<>();
        if (sobol != null) {
            warnings.addAll(sobol.warnings());
        }
        if (rank != null) {
            warnings.addAll(rank.warnings());
        }
        for (TornadoChart t : tornado) {
            if (t.centralCensored() || t.bars().stream().anyMatch(TornadoBar::censored)) {
                warnings.add("tornado of '" + t.output() + "': some ends are censored (after the horizon) and clipped"
                        + " to it; their swings are lower bounds");
            }
        }
        return new SensitivityResult(s, tornado, rank, sobol, new ArrayList<>(warnings));
    }
}
