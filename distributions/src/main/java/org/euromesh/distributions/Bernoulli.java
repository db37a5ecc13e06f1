package org.euromesh.distributions;

/** 1 with probability p, else 0 (an event happens or not). */
public final class Bernoulli extends DiscreteDistribution {
    private final double p;

    private Bernoulli(double p) {
        super(new DiscreteSupport(new double[] {0, 1}, new double[] {1 - p, p}));
        this.p = p;
    }

    /** @throws IllegalArgumentException unless 0 &lt;= p &lt;= 1 */
    public static Bernoulli of(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("bernoulli p must be in [0, 1], got " + p);
        }
        return new Bernoulli(p);
    }

    public double p() {
        return p;
    }

    @Override
    public double mean() {
        return p;
    }

    @Override
    public double variance() {
        return p * (1 - p);
    }

    @Override
    public String spec() {
        return Specs.call("bernoulli", p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bernoulli b && Double.compare(b.p, p) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(p) + 7;
    }

}
