package org.euromesh.engine.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.euromesh.engine.ProgressListener;
import java.util.Objects;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.api.Model;

/**
 * One-at-a-time sensitivity: each input set to its low and high quantile (P10 and P90 by default)
 * with all others at their central values; bars sorted by absolute swing. Deterministic and
 * cheap ({@code 2d + 1} evaluations). Inputs whose low and high quantiles coincide are skipped.
 *
 * <p>A tornado ignores interactions and correlations: it shows what moves the output when one
 * input moves alone, which is what the original deterministic study's claims are about.
 * Censored TIME outputs are clipped to their horizon and flagged (see {@link TornadoBar#censored}).
 *
 * <pre>{@code
 * List<TornadoChart> charts = Tornado.of(model, centrals).run(List.of("lead"));
 * }</pre>
 */
public final class Tornado {

    public static final double DEFAULT_LOW = 0.10;
    public static final double DEFAULT_HIGH = 0.90;

    private final Model model;
    private final double[] centrals;
    private final double pLow;
    private final double pHigh;

    private Tornado(Model model, double[] centrals, double pLow, double pHigh) {
        this.model = model;
        this.centrals = centrals;
        this.pLow = pLow;
        this.pHigh = pHigh;
    }

    /**
     * @param model    the model
     * @param centrals the deterministic input vector, one value per input in {@link org.euromesh.engine.InputSpace} order
     */
    public static Tornado of(Model model, double[] centrals) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(centrals, "centrals");
        int d = model.inputs().dimension();
        if (centrals.length != d) {
            throw new IllegalArgumentException("centrals has " + centrals.length + " values but the model has "
                    + d + " inputs");
        }
        for (int i = 0; i < d; i++) {
            if (!Double.isFinite(centrals[i])) {
                throw new IllegalArgumentException("central value of input '"
                        + model.inputs().inputs().get(i).name() + "' is " + centrals[i]);
            }
        }
        return new Tornado(model, centrals.clone(), DEFAULT_LOW, DEFAULT_HIGH);
    }

    /** Low and high quantile levels, {@code 0 <= pLow < pHigh <= 1}. */
    public Tornado withQuantiles(double low, double high) {
        if (!(low >= 0 && low < high && high <= 1)) {
            throw new IllegalArgumentException("need 0 <= low < high <= 1, got " + low + ", " + high);
        }
        return new Tornado(model, centrals, low, high);
    }

    public double lowQuantile() {
        return pLow;
    }

    public double highQuantile() {
        return pHigh;
    }

    public TornadoChart run(String output) {
        return run(List.of(output)).get(0);
    }

    /** One chart per output, in the order given. */
    public List<TornadoChart> run(List<String> outputNames) {
        return run(outputNames, ProgressListener.NONE);
    }

    /** {@link #run(List)}; progress counts inputs swung, out of the model's inputs. */
    public List<TornadoChart> run(List<String> outputNames, ProgressListener progress) {
        Response[] responses = Response.resolve(model, outputNames);
        List<InputSpec> inputs = model.inputs().inputs();
        int d = inputs.size();
        int m = responses.length;
        Model.Evaluator ev = model.newEvaluator();
        double[] y = new double[model.outputs().size()];
        double[] x = centrals.clone();

        ev.evaluate(x, y);
        double[] central = new double[m];
        boolean[] centralCensored = new boolean[m];
        for (int o = 0; o < m; o++) {
            central[o] = responses[o].value(y);
            centralCensored[o] = responses[o].censored(y);
        }

        List<List<TornadoBar>> bars = new ArrayList<>();
        for (int o = 0; o < m; o++) {
            bars.add(new ArrayList<>());
        }
        List<String> fixed = new ArrayList<>();
        double[] lowOut = new double[m];
        boolean[] lowCens = new boolean[m];
        for (int i = 0; i < d; i++) {
            InputSpec in = inputs.get(i);
            double lo = in.distribution().quantile(pLow);
            double hi = in.distribution().quantile(pHigh);
            if (lo == hi) {
                fixed.add(in.name());
                continue;
            }
            x[i] = lo;
            ev.evaluate(x, y);
            for (int o = 0; o < m; o++) {
                lowOut[o] = responses[o].value(y);
                lowCens[o] = responses[o].censored(y);
            }
            x[i] = hi;
            ev.evaluate(x, y);
            for (int o = 0; o < m; o++) {
                double h = responses[o].value(y);
                boolean c = lowCens[o] || responses[o].censored(y);
                bars.get(o).add(new TornadoBar(in.name(), lo, hi, lowOut[o], h, h - lowOut[o], c));
            }
            x[i] = centrals[i];
            progress.onProgress(i + 1, d);
        }
        progress.onProgress(d, d);
        List<TornadoChart> charts = new ArrayList<>(m);
        for (int o = 0; o < m; o++) {
            List<TornadoBar> b = bars.get(o);
            // Stable sort: equal swings keep input order, so the chart is deterministic.
            b.sort(Comparator.comparingDouble((TornadoBar t) -> Math.abs(t.swing())).reversed());
            charts.add(new TornadoChart(responses[o].name(), central[o], centralCensored[o], b, fixed));
        }
        return List.copyOf(charts);
    }
}
