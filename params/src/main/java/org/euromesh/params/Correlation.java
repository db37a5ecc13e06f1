package org.euromesh.params;

import java.util.List;

/**
 * Rank correlation between named parameters (Spearman ρ), applied through a Gaussian copula.
 * {@code spearman[i][j]} refers to {@code names.get(i)} and {@code names.get(j)}; the loader
 * has already checked that the matrix is symmetric, within [-1, 1] and positive definite.
 */
public record Correlation(List<String> names, double[][] spearman, String source) {

    public Correlation {
        names = List.copyOf(names);
        double[][] copy = new double[spearman.length][];
        for (int i = 0; i < spearman.length; i++) {
            copy[i] = spearman[i].clone();
        }
        spearman = copy;
    }

    public static Correlation none() {
        return new Correlation(List.of(), new double[0][0], "none");
    }

    /** A defensive copy: records expose arrays, so callers never share the loader's matrix. */
    @Override
    public double[][] spearman() {
        double[][] copy = new double[spearman.length][];
        for (int i = 0; i < spearman.length; i++) {
            copy[i] = spearman[i].clone();
        }
        return copy;
    }
}
